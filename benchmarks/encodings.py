"""How well the .txt decoder of ``govkg ingest`` reads real report texts saved in the encodings
people save them in: the hand-written decoder govkg had, charset-normalizer alone, and
charset-normalizer with govkg's GB18030 plausibility check as a veto or as a fallback.

    python benchmarks/encodings.py          # ~2 min; prints Markdown tables

Every report text under tests/fixtures, seed/sources and /work/shared/real-reports (the same
text once) is encoded as UTF-8, UTF-8 with a BOM, GB18030, GBK and UTF-16 with a BOM -- all
to be read back exactly -- and as Big5 (converted to traditional characters, where each has
a Big5 code) and UTF-16 without a BOM, which govkg refuses (tests/test_ingest_reading: "not
UTF-8 or GB18030 text"), as it refuses Latin-1 and noise. Each text is tried whole and as
its first line alone (short inputs are where detectors guess). "Right" is the exact text for
the first kind, an IngestError for the second. Figures, not a test.
"""

from __future__ import annotations

import codecs
import random
import statistics
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import charset_normalizer
import opencc

from govkg.core.errors import IngestError
from govkg.ingest.text import reading

ROOT = Path(__file__).resolve().parent.parent
FOLDERS = [
    ROOT / "tests" / "fixtures",
    ROOT / "seed" / "sources",
    Path("/work/shared/real-reports"),  # copies of some of the fixtures, where present
]
READ = {"UTF-8": "utf-8", "UTF-8 BOM": "utf-8-sig", "GB18030": "gb18030", "GBK": "gbk"}
READ |= {"UTF-16 BOM": "utf-16"}
REFUSE = {"Big5": "big5", "UTF-16 no BOM": "utf-16-le"}
TO_TRADITIONAL = opencc.OpenCC("s2t")
BOM_CODECS = {codecs.BOM_UTF8: "utf-8-sig", **dict.fromkeys(reading.UTF16_BOMS, "utf-16")}
REFUSED = "not UTF-8 or GB18030 text"

Decoder = Callable[[bytes, str], tuple[str, str]]


def texts() -> list[str]:
    """Each report text once: the .txt files of the folders that read as UTF-8 and hold
    Chinese (the fixtures that are meant to be refused do not)."""
    found: dict[str, None] = {}
    for folder in FOLDERS:
        for path in sorted(folder.rglob("*.txt")):
            try:
                text = path.read_text(encoding="utf-8")
            except UnicodeDecodeError:
                continue
            if sum("\u4e00" <= ch <= "\u9fff" for ch in text) >= 20:
                found.setdefault(text)
    return list(found)


def first_line(text: str) -> str:
    """The first line with words in it: what a detector has of a one-line file."""
    return next(line for line in text.splitlines() if line.strip()) + "\n"


def samples(texts: list[str]) -> list[tuple[str, bytes, str | None]]:
    """(encoding, bytes, the text to read back or None: refused) for every text; a text
    refused in Big5 or UTF-16 only if it is not plain ASCII (which any of them reads right)."""
    cases: list[tuple[str, bytes, str | None]] = []
    for text in texts:
        for label, codec in READ.items():
            if data := _encoded(text, codec):
                cases.append((label, data, text))
        for label, codec in REFUSE.items():
            source = TO_TRADITIONAL.convert(text) if label == "Big5" else text
            if not source.isascii() and (data := _encoded(source, codec)):
                cases.append((label, data, None))
    return cases


def negatives() -> list[tuple[str, bytes, None]]:
    """Latin-1 French that GB18030 decodes, and random bytes without NUL, report-sized."""
    latin1 = (ROOT / "tests" / "fixtures" / "formats" / "bad-latin1.txt").read_bytes()
    rng = random.Random(0)
    noise = [bytes(b or 1 for b in rng.randbytes(rng.randrange(200, 20000))) for _ in range(20)]
    return [("Latin-1", latin1, None)] + [("noise", data, None) for data in noise]


def _encoded(text: str, codec: str) -> bytes | None:
    try:
        return text.encode(codec)
    except UnicodeEncodeError:
        return None


def ours(data: bytes, name: str) -> tuple[str, str]:
    """The hand-written decoder govkg had before charset-normalizer: by its BOM; else no NUL,
    UTF-8, else GB18030 if plausible."""
    for bom, codec in BOM_CODECS.items():
        if data.startswith(bom):
            return reading._no_nul(data.decode(codec), name), reading.BOMS[bom]
    if b"\x00" in data:
        raise IngestError(name, "binary data (NUL bytes)")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    return _plausible_or_refused(data, name)


def normalizer(data: bytes, name: str) -> tuple[str, str]:
    """charset-normalizer decides alone: what it guesses, if govkg reads that."""
    codec, label = _guessed(data, name)
    if codec is None:
        raise IngestError(name, REFUSED)
    return data.decode(codec), label


def vetoed(data: bytes, name: str) -> tuple[str, str]:
    """charset-normalizer, its GB18030 guesses kept only if the check finds them plausible."""
    text, label = normalizer(data, name)
    if label == "gb18030" and not reading._plausible(text):
        raise IngestError(name, REFUSED)
    return text, label


def rescued(data: bytes, name: str) -> tuple[str, str]:
    """charset-normalizer; when it guesses what govkg does not read (or nothing), GB18030 if
    the check finds it plausible."""
    codec, label = _guessed(data, name)
    if codec is not None:
        return data.decode(codec), label
    return _plausible_or_refused(data, name)


def _guessed(data: bytes, name: str) -> tuple[str | None, str | None]:
    """charset-normalizer's best guess as govkg's codec and label, after govkg's NUL check."""
    if b"\x00" in data and not data.startswith(reading.UTF16_BOMS):
        raise IngestError(name, "binary data (NUL bytes)")
    best = charset_normalizer.from_bytes(data).best()
    if best and best.encoding in ("ascii", "utf_8"):
        return "utf-8-sig", "utf-8"
    return reading._guess(data)


def _plausible_or_refused(data: bytes, name: str) -> tuple[str, str]:
    if (text := reading._gb18030(data)) is None:
        raise IngestError(name, REFUSED)
    return text, "gb18030"


DECODERS: dict[str, Decoder] = {
    "ours (hand-written, before)": ours,
    "charset-normalizer": normalizer,
    "charset-normalizer + check as a veto": vetoed,
    "charset-normalizer + check as a fallback": rescued,
    "govkg now: strict UTF-8 first, then the row above": reading._decode,
}


def right(decoder: Decoder, data: bytes, expected: str | None) -> tuple[bool, float]:
    """Whether ``decoder`` reads ``data`` back as ``expected`` (None: refuses it), and the
    seconds it took."""
    started = time.perf_counter()
    try:
        text, _ = decoder(data, "sample.txt")
    except IngestError:
        text = None
    return text == expected, time.perf_counter() - started


def table(heading: str, cases: list[tuple[str, bytes, str | None]]) -> None:
    """Right answers per encoding and decoder, and the milliseconds per file."""
    labels = list(dict.fromkeys(label for label, _, _ in cases))
    print(f"\n{heading}\n")
    print("| decoder | " + " | ".join(labels) + " | all | ms per file (median / max) |")
    print("|---|" + "---:|" * (len(labels) + 2))
    for name, decoder in DECODERS.items():
        hits: Counter[str] = Counter()
        seconds = []
        for label, data, expected in cases:
            ok, took = right(decoder, data, expected)
            hits[label] += ok
            seconds.append(took)
        cells = [f"{hits[label]}/{sum(1 for c in cases if c[0] == label)}" for label in labels]
        total = f"**{sum(hits.values())}/{len(cases)}**"
        ms = f"{statistics.median(seconds) * 1e3:.2f} / {max(seconds) * 1e3:.1f}"
        print(f"| {name} | " + " | ".join(cells) + f" | {total} | {ms} |")


def big(text: str) -> None:
    """Seconds per decoder (the fastest of 3 runs) for 5 MiB and nearly 50 MiB (govkg's cap)
    of GB18030 and of noise."""
    print("\nLarge files, seconds (the longest text repeated; noise as above):\n")
    print("| decoder | GB18030 5 MiB | GB18030 50 MiB | noise 5 MiB | noise 50 MiB |")
    print("|---|---:|---:|---:|---:|")
    sizes = (5 * 2**20, reading.MAX_BYTES - 2**16)
    unit = text.encode("gb18030")
    files = [(unit * (size // len(unit) + 1))[:size].rsplit(b"\n", 1)[0] for size in sizes]
    cases = [(data, data.decode("gb18030")) for data in files]
    noise = bytes(b or 1 for b in random.Random(1).randbytes(sizes[1]))
    cases += [(noise[:size], None) for size in sizes]
    for name, decoder in DECODERS.items():
        cells = []
        for data, expected in cases:
            runs = [right(decoder, data, expected) for _ in range(3)]  # the fastest of 3
            ok, took = runs[0][0], min(seconds for _, seconds in runs)
            cells.append(f"{took:.2f}" + ("" if ok else " (wrong)"))
        print(f"| {name} | " + " | ".join(cells) + " |")


def main() -> None:
    found = texts()
    for decoder in DECODERS.values():  # warm-up: imports and charset-normalizer's tables
        right(decoder, found[0].encode("gb18030"), found[0])
    print(f"{len(found)} report texts, {sum(map(len, found)):,} characters")
    table("Whole texts (and Latin-1, noise):", samples(found) + negatives())
    table("First lines alone:", samples([first_line(text) for text in found]))
    big(max(found, key=len))


if __name__ == "__main__":
    main()
