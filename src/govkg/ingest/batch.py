"""``govkg ingest PATH...`` over many reports: the files of folders, read and extracted
in worker processes, drafted and written one by one, in order, by this one.

Extraction needs nothing but its file, so ``jobs`` processes do it side by side; a draft
needs the seed as the drafts before it left it (ids, names to match), so drafting,
checking and writing stay serial in the parent, in the order of the files: ``--jobs 2``
writes the same drafts as ``--jobs 1``. A file that fails is named with its reason and the
run goes on; an interrupted run leaves only whole drafts, and running it again skips what
is held.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import signal
import sys
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path

from govkg.core.errors import GovKGError
from govkg.ingest.document.report import Given
from govkg.ingest.progress import Shown
from govkg.ingest.summary import Outcome, Summary
from govkg.ingest.write import Read, Writer, read

__all__ = ["SUFFIXES", "ingest_all", "report_files"]

WORKER_DIED = (
    "not read: a worker process reading the reports was killed (out of memory?); "
    "the files before it are written; run again (with --jobs 1 to find the file)"
)
SUFFIXES = frozenset({".txt", ".docx", ".pdf", ".html", ".htm"})
"""What a folder's reports are named: the forms ``reading`` reads."""


def report_files(paths: Iterable[Path], left_out: list[Path] | None = None) -> list[Path]:
    """Each path as given if it is not a folder (a missing one is refused by name later);
    a folder's report files, recursively, in the order of their paths; hidden ones (dot
    files, dot folders) left out, and files of other suffixes (added to ``left_out``).
    Each file once.

    >>> report_files([Path("no/such/report.pdf")])
    [PosixPath('no/such/report.pdf')]
    """
    found: list[Path] = []
    for path in paths:
        if not path.is_dir():
            found.append(path)
            continue
        inside = []
        for file in path.rglob("*"):
            parts = file.relative_to(path).parts
            hidden = any(part.startswith(".") for part in parts)
            if hidden or not file.is_file():
                continue
            if file.suffix.lower() in SUFFIXES:
                inside.append(file)
            elif left_out is not None:
                left_out.append(file)
        found += sorted(inside, key=lambda file: file.relative_to(path).parts)
    seen: set[Path] = set()
    unique = []
    for file in found:
        key = file.resolve()
        if key not in seen:
            seen.add(key)
            unique.append(file)
    return unique


def ingest_all(
    paths: Sequence[Path],
    into: Path,
    *,
    jobs: int = 1,
    as_new: bool = False,
    given: Given | None = None,
    shown: Shown | None = None,
) -> Summary:
    """Ingest every report of ``paths`` into ``into``; what happened to each file.

    IngestError before any file if ``into`` cannot take drafts (not a directory, or a seed
    that does not validate). ^C (KeyboardInterrupt) stops the run between two writes: the
    summary says how far it got (``interrupted``, fewer outcomes than files)."""
    left_out: list[Path] = []
    files = report_files(paths, left_out)
    shown = shown or Shown()
    with Writer(into, as_new=as_new) as writer, contextlib.ExitStack() as stack:
        summary = Summary(into=into, files=len(files), left_out=sorted(left_out))
        at_start = frozenset(writer.held.digests)
        # the workers start (fork) before the progress bar's thread does
        readings = _readings(stack, files, given, at_start, jobs)
        shown.start(len(files))
        try:
            for file, done in zip(files, readings, strict=False):
                outcome = _write(writer, file, done, at_start)
                summary.outcomes.append(outcome)
                shown.done(outcome)
        except BrokenProcessPool:  # a worker was killed (the OOM killer, a kill -9)
            for file in files[len(summary.outcomes) :]:
                outcome = Outcome(file, "refused", reason=WORKER_DIED)
                summary.outcomes.append(outcome)
                shown.done(outcome)
        except KeyboardInterrupt:
            summary.interrupted = True
        finally:
            shown.stop()
            summary.documents = len(writer.held.digests)
            summary.awaiting = len(writer.held.awaiting)
    return summary


def _write(writer: Writer, file: Path, done: Read | str, at_start: frozenset[str]) -> Outcome:
    if isinstance(done, str):
        return Outcome(file, "refused", reason=done)
    try:
        ingested = writer.write(done)
    except GovKGError as error:
        return Outcome(file, "refused", reason=_one_line(error), detail=_reason(error))
    if not ingested.written:
        return Outcome(file, "held", ingested.document, before=done.digest in at_start)
    return Outcome(file, "written", ingested.document, done=ingested)


def _reason(error: GovKGError) -> str:
    """The reason without the file (the summary names it)."""
    return getattr(error, "reason", None) or str(error) or type(error).__name__


def _one_line(error: GovKGError) -> str:
    """The reason's first line."""
    return _reason(error).splitlines()[0].rstrip(":")


def _readings(
    stack: contextlib.ExitStack,
    files: list[Path],
    given: Given | None,
    held: frozenset[str],
    jobs: int,
) -> Iterator[Read | str]:
    """Each file's reading (or why it failed), in the order of ``files``: read here, or
    by ``jobs`` worker processes started now, all files handed out at once."""
    if jobs <= 1 or len(files) < 2:
        return (_read_one(file, given, held) for file in files)
    context = multiprocessing.get_context("fork" if sys.platform == "linux" else "spawn")
    pool = ProcessPoolExecutor(
        max_workers=min(jobs, len(files)),
        mp_context=context,
        initializer=_start_worker,
        initargs=(given, held),
    )
    stack.callback(pool.shutdown, wait=True, cancel_futures=True)
    return pool.map(_read_in_worker, files)


_WORKER: dict[str, object] = {}
"""In a worker process: what every file of the run is read with (given, held)."""


def _start_worker(given: Given | None, held: frozenset[str]) -> None:
    """A worker leaves ^C to the parent, which stops the run and says how far it got."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _WORKER.update(given=given, held=held)


def _read_in_worker(file: Path) -> Read | str:
    return _read_one(file, _WORKER["given"], _WORKER["held"])  # type: ignore[arg-type]


def _read_one(file: Path, given: Given | None, held: frozenset[str]) -> Read | str:
    """Read and extract one file, or the one-line reason it failed."""
    try:
        return read(file, given, held)
    except GovKGError as error:
        return _one_line(error)
    except Exception as error:  # a rule's bug on one text: the run goes on, the file is named
        return f"an ingest bug on this file: {type(error).__name__}: {error}"
