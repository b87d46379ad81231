"""``govkg ingest``: a report file in, its draft seed written next to the others, atomically.

A ``Writer`` loads the seed directory once (every records check ``govkg validate`` runs)
and keeps an index of what it holds (``held``). Each draft is checked on its own, in a
staging folder holding only the draft and its text, with the same checks, its references
and ids looked up in the index: the cost of a report does not grow with the reports before
it. Only a draft that passes is moved into place, source text first, YAML last, each by
``os.replace``; a failure or an interruption at any point leaves only whole drafts.
Ingesting a text already held changes nothing.
"""

from __future__ import annotations

import contextlib
import hashlib
import re
import shutil
import tempfile
from collections import Counter
from collections.abc import Collection
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from govkg.core.errors import IngestError, SeedError
from govkg.core.files import (
    BusyError,
    locked_directory,
    remove_stale_temporaries,
    write_atomically,
)
from govkg.core.records import Seed
from govkg.ingest.document.report import Given
from govkg.ingest.drafts.records import draft_records
from govkg.ingest.drafts.yamltext import draft_yaml
from govkg.ingest.extract import extract
from govkg.ingest.facts import Report
from govkg.ingest.held import Held, comparable, reads_as_heading
from govkg.ingest.text.reading import read_report
from govkg.seed.load import load_seed, seed_files

__all__ = ["Ingested", "Read", "Writer", "ingest", "read"]


@dataclass(frozen=True)
class Ingested:
    """What ``ingest`` did: the document id, the files written (none if already there)."""

    document: str
    written: tuple[Path, ...]
    facts: int
    notes: tuple[str, ...]
    kinds: dict[str, int] = field(default_factory=dict)  # facts by seed section
    money: dict[str, int] = field(default_factory=dict)  # money figures by kind, or unread


@dataclass(frozen=True)
class Read:
    """A report file read and its facts extracted: all of ``ingest`` that needs no seed
    (so it may run in another process)."""

    file: Path
    content: str  # the text as stored and cited
    digest: str  # its sha256
    notes: tuple[str, ...]
    found: Report | None  # None: the text was held already, so not extracted


def read(report: Path, given: Given | None = None, held: Collection[str] = ()) -> Read:
    """Read ``report`` and extract its facts, unless its text's checksum is in ``held``;
    IngestError if it cannot be read or is not a report."""
    text = read_report(report)
    content = _plain_lines(text.text)
    digest = hashlib.sha256(content.encode("utf-8")).hexdigest()
    found = None if digest in held else extract(content, str(report), given)
    return Read(report, content, digest, text.notes, found)


def ingest(
    report: Path, into: Path, *, as_new: bool = False, given: Given | None = None
) -> Ingested:
    """Extract ``report`` into a draft seed file in ``into``; IngestError on bad input.

    The same text again changes nothing. The same report in another form (its .pdf after
    its .docx: same title and year, other text) is refused unless ``as_new``.
    """
    with Writer(into, as_new=as_new) as writer:
        return writer.write(read(report, given, writer.held.digests))


class Writer:
    """Drafts written into one seed directory, each checked against what it holds."""

    def __init__(self, into: Path, *, as_new: bool = False, held: Held | None = None) -> None:
        _check_target(into)
        self.into, self.as_new = into, as_new
        self._lock = _lock(into)
        try:
            self.held = held if held is not None else Held.of(_existing_seed(into))
        except BaseException:
            self._lock.close()
            raise
        self._staging = tempfile.TemporaryDirectory(prefix="govkg-ingest-")
        # named as the seed directory, so a problem names the file as it will be there
        self._stage = Path(self._staging.name) / (into.resolve().name or "seed")

    def __enter__(self) -> Writer:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def close(self) -> None:
        self._staging.cleanup()
        self._lock.close()

    def write(self, done: Read) -> Ingested:
        """Draft ``done`` against what the directory holds, check it, write it; IngestError
        (nothing written) if it is another form of a held report or does not validate."""
        held = self.held.digests.get(done.digest)
        if held is not None:
            return Ingested(held, (), 0, ())
        if done.found is None:  # held when read, gone since: never, the index only grows
            raise IngestError(str(done.file), "read as held, but it is not; ingest it again")
        document = done.found.document
        source_file = f"sources/{done.digest[:16]}.txt"
        records = draft_records(done.found, None, source_file, names=self.held.names)
        if not self.as_new:
            # a title that is a section heading names no report: then only shared amounts
            # make two drafts one report, as where no unit is named
            named = document.unit_named and not reads_as_heading(document.title)
            unit = document.unit if named else None
            amounts = {Decimal(str(f["amount"])) for f in records.get("money_figures", ())} - {0}
            held_titled = self.held.titles.get((comparable(document.title), document.year), ())
            known = next(
                (d for d in held_titled if self.held.another_form_of(d, unit, amounts)), None
            )
            if known is not None:
                raise IngestError(
                    str(done.file),
                    f"{self.into} already holds a report with this title and year as {known} "
                    "(another form or edition of it?); pass --as-new to add it anyway",
                )
        stored = done.content.encode("utf-8")
        doc_id = records["documents"][0]["id"]
        notes = document.notes + done.notes
        rendered = _render(records, done.file, done.digest, notes)
        name = f"{doc_id}.yaml"
        part = self._checked(source_file, stored, name, rendered)
        written = _move_into_place(self.into, source_file, stored, name, rendered)
        self.held.add(part, name)
        kinds = {k: len(v) for k, v in records.items() if k != "documents"}
        money = Counter(
            f["kind"] if f.get("read", True) else "unread" for f in records.get("money_figures", ())
        )
        return Ingested(doc_id, written, sum(kinds.values()), notes, kinds, dict(money))

    def _checked(self, source_file: str, stored: bytes, name: str, yml: str) -> Seed:
        """The draft loaded on its own with every records check, its references and ids
        looked up among what the directory holds; raise before touching ``into``."""
        stage = self._stage
        try:
            shutil.rmtree(stage, ignore_errors=True)
            (stage / "sources").mkdir(parents=True)
            (stage / source_file).write_bytes(stored)
            (stage / name).write_text(yml, encoding="utf-8")
        except OSError as error:
            raise IngestError(str(stage), f"cannot stage the draft: {error}") from None
        try:
            return load_seed(stage, outside=self.held.outside)
        except SeedError as error:
            raise IngestError(
                name, f"the draft does not validate (an ingest bug):\n{error}"
            ) from None


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


LOCK_WAIT = 5.0
"""Seconds an ingest run waits for another writer of the seed (a review batch takes about one)."""


def _lock(into: Path) -> contextlib.ExitStack:
    """Hold the seed directory (or, not made yet, the nearest folder above it) for this run
    alone, and sweep what a killed run's atomic writes left; IngestError if another run or a
    review is writing to it."""
    held = contextlib.ExitStack()
    folder = into
    while not folder.is_dir() and folder != folder.parent:
        folder = folder.parent
    try:
        held.enter_context(locked_directory(folder, LOCK_WAIT))
    except BusyError:
        raise IngestError(
            str(into),
            "another govkg ingest or review is writing to this seed directory; "
            "run again when it has finished",
        ) from None
    for place in (into, into / "sources"):
        if place.is_dir():
            remove_stale_temporaries(place)
    return held


def _existing_seed(into: Path) -> Seed | None:
    if not into.exists() or not seed_files(into):
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
    return "\n".join(head) + "\n" + draft_yaml(records)


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
