"""``govkg ingest``: a report file in, its draft seed written next to the others, atomically.

The draft is first written into a staging copy of the seed directory and loaded there with
every check ``govkg validate`` runs; only a draft that passes is moved into place, source
text first, YAML last, each by ``os.replace``. A failure at any point leaves the seed
directory as it was. Ingesting a text already present changes nothing.
"""

from __future__ import annotations

import contextlib
import hashlib
import re
import shutil
import tempfile
import unicodedata
from dataclasses import dataclass
from pathlib import Path

import yaml

from govkg.errors import IngestError, SeedError
from govkg.files import write_atomically
from govkg.ingest.draft import draft_records
from govkg.ingest.extract import extract
from govkg.ingest.reading import read_report
from govkg.ingest.report import Given
from govkg.records import Seed
from govkg.seed import load_seed
from govkg.validity import checked_seed

__all__ = ["Ingested", "ingest"]


@dataclass(frozen=True)
class Ingested:
    """What ``ingest`` did: the document id, the files written (none if already there)."""

    document: str
    written: tuple[Path, ...]
    facts: int
    notes: tuple[str, ...]


def ingest(
    report: Path, into: Path, *, as_new: bool = False, given: Given | None = None
) -> Ingested:
    """Extract ``report`` into a draft seed file in ``into``; IngestError on bad input.

    The same text again changes nothing. The same report in another form (its .pdf after
    its .docx: same title and year, other text) is refused unless ``as_new``.
    """
    _check_target(into)
    text = read_report(report)
    content = _plain_lines(text.text)
    stored = content.encode("utf-8")
    seed = _existing_seed(into)
    digest = hashlib.sha256(stored).hexdigest()
    if seed is not None:
        for document in seed.documents:
            if document.sha256 == digest:
                return Ingested(document.id, (), 0, ())
    found = extract(content, str(report), given)
    if seed is not None and not as_new:
        _refuse_another_form(report, into, seed, found.document)
    source_file = f"sources/{digest[:16]}.txt"
    records = draft_records(found, seed, source_file)
    doc_id = records["documents"][0]["id"]
    rendered = _render(records, report, digest, found.document.notes + text.notes)
    _validate_staged(into, source_file, stored, f"{doc_id}.yaml", rendered)
    written = _move_into_place(into, source_file, stored, f"{doc_id}.yaml", rendered)
    facts = sum(len(v) for k, v in records.items() if k != "documents")
    return Ingested(doc_id, written, facts, found.document.notes + text.notes)


_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x84\x86-\x9f]")


def _plain_lines(text: str) -> str:
    """What is stored and cited: one kind of line break (a .docx's \\r, a NEL, U+2028
    would shift or fold on reading back), no control characters but tab and form feed."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = text.replace("\x85", "\n").replace("\u2028", "\n").replace("\u2029", "\n")
    return _CONTROLS.sub(" ", text)


def _check_target(into: Path) -> None:
    for folder in (into, into / "sources"):
        if folder.exists() and not folder.is_dir():
            raise IngestError(str(folder), "is not a directory; --into names a seed directory")


def _refuse_another_form(report: Path, into: Path, seed: Seed, document) -> None:
    title = _comparable(document.title)
    for known in seed.documents:
        if _comparable(known.title) == title and known.fiscal_year == document.year:
            raise IngestError(
                str(report),
                f"{into} already holds a report with this title and year as {known.id} "
                "(another form or edition of it?); pass --as-new to add it anyway",
            )


def _comparable(title: str) -> str:
    """Titles compared without spaces, full- or half-width: 部门（单位） = 部门(单位)."""
    return "".join(unicodedata.normalize("NFKC", title).split())


def _existing_seed(into: Path) -> Seed | None:
    if not into.exists() or not any(into.glob("*.yaml")):
        return None
    try:
        return load_seed(into)
    except SeedError as error:
        raise IngestError(
            str(into), f"the seed directory does not validate; fix it first:\n{error}"
        ) from None


def _render(records: dict, report: Path, digest: str, notes: tuple[str, ...]) -> str:
    head = [
        f"# Draft seed written by `govkg ingest` from {report.name} (sha256 {digest}).",
        "# Every fact here is `provenance: extracted` with the rule that found it: review each",
        "# one, then delete its provenance and rule lines (a curated record names no rule).",
        *("# NOTE: " + " ".join(note.split()) for note in notes),
    ]
    dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)  # libyaml: the same bytes, faster
    body = yaml.dump(records, Dumper=dumper, allow_unicode=True, sort_keys=False, width=1000)
    return "\n".join(head) + "\n" + body


def _validate_staged(into: Path, source_file: str, stored: bytes, name: str, yml: str) -> None:
    """Load the seed as it would be with the draft added; raise before touching ``into``.

    The staging copy holds what loading reads: the YAML files and the stored texts."""
    with tempfile.TemporaryDirectory(prefix="govkg-ingest-") as staging:
        stage = Path(staging) / "seed"
        try:
            (stage / "sources").mkdir(parents=True)
            for path in (*into.glob("*.yaml"), *into.glob("sources/*")):
                if path.is_file():
                    shutil.copy2(path, stage / path.relative_to(into))
            (stage / source_file).write_bytes(stored)
            (stage / name).write_text(yml, encoding="utf-8")
        except OSError as error:
            raise IngestError(str(into), f"cannot read the seed directory: {error}") from None
        try:
            checked_seed(stage, shapes=False)  # its records: the shapes run on opening
        except SeedError as error:
            raise IngestError(
                name, f"the draft does not validate (an ingest bug):\n{error}"
            ) from None


def _move_into_place(into: Path, source_file: str, stored: bytes, name: str, yml: str):
    """Source text first, YAML last; on failure, remove only what this call created."""
    if (into / name).exists():
        raise IngestError(str(into / name), "already exists; it is not overwritten")
    made = [folder for folder in (into, into / "sources") if not folder.exists()]
    targets = ((into / source_file, stored), (into / name, yml.encode("utf-8")))
    done: list[Path] = []
    try:
        for folder in made:
            folder.mkdir()
        for target, data in targets:
            if target.exists() and target.read_bytes() == data:
                continue  # the same text, stored already (content-addressed)
            write_atomically(target, data)
            done.append(target)
    except OSError as error:
        for target in done:
            target.unlink(missing_ok=True)
        for folder in reversed(made):
            with contextlib.suppress(OSError):
                folder.rmdir()
        raise IngestError(str(into), f"could not write the draft: {error.strerror}") from None
    return tuple(done)
