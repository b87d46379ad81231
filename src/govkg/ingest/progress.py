"""How a run over many reports shows itself: a progress bar on a terminal (rich), plain
lines otherwise (a log, a pipe, a test), one a file as each is done."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

from govkg.ingest.summary import Outcome

if TYPE_CHECKING:
    from pathlib import Path

__all__ = ["Lines", "Shown", "shown"]


class Shown:
    """What is told as a run goes: ``start`` with the number of files, ``done`` each."""

    def start(self, total: int) -> None:
        """Before the first file."""

    def done(self, outcome: Outcome) -> None:
        """After each file, in the order they are taken."""

    def stop(self) -> None:
        """After the last file, or when interrupted."""


class Lines(Shown):
    """Today's lines, one or more a file: drafts and held texts on stdout, errors and
    notes on stderr."""

    def __init__(self, into: Path) -> None:
        self.into = into

    def done(self, outcome: Outcome) -> None:
        if outcome.status == "refused":
            why = outcome.detail or outcome.reason
            print(f"govkg: error: {outcome.file}: {why}", file=sys.stderr, flush=True)
            return
        if outcome.status == "held":
            print(
                f"{outcome.file}: already in {self.into} as {outcome.document}; nothing changed",
                flush=True,
            )
            return
        assert outcome.done is not None
        for note in outcome.done.notes:
            print(f"govkg: note: {outcome.file}: {note}", file=sys.stderr)
        for path in outcome.done.written:
            print(f"wrote {path}")
        print(
            f"{outcome.document}: {outcome.done.facts} facts extracted, awaiting review "
            f"(govkg validate --seed {self.into})",
            flush=True,
        )


class _Bar(Shown):
    """A rich progress bar on stderr; refusals and notes printed above it as they come."""

    def __init__(self, console) -> None:
        from rich.progress import (
            BarColumn,
            MofNCompleteColumn,
            Progress,
            TextColumn,
            TimeElapsedColumn,
            TimeRemainingColumn,
        )

        self.progress = Progress(
            TextColumn("[progress.description]{task.description}"),
            BarColumn(),
            MofNCompleteColumn(),
            TimeElapsedColumn(),
            TimeRemainingColumn(),
            TextColumn("{task.fields[last]}"),
            console=console,
            transient=False,
        )
        self.task = None

    def start(self, total: int) -> None:
        self.task = self.progress.add_task("ingest", total=total, last="")
        self.progress.start()

    def done(self, outcome: Outcome) -> None:
        say = self.progress.console.print
        if outcome.status == "refused":
            say(f"refused {outcome.file}: {outcome.reason}", markup=False, highlight=False)
        elif outcome.done is not None:
            for note in outcome.done.notes:
                say(f"note: {outcome.file}: {note}", markup=False, highlight=False)
        assert self.task is not None
        self.progress.update(self.task, advance=1, last=outcome.file.name)

    def stop(self) -> None:
        self.progress.stop()


def shown(into: Path, *, bar: bool | None = None) -> Shown:
    """A bar when stderr is a terminal (or ``bar``), else lines."""
    if bar is False or (bar is None and not sys.stderr.isatty()):
        return Lines(into)
    from rich.console import Console  # only when there may be a terminal to draw on

    console = Console(stderr=True)
    return _Bar(console) if bar or console.is_terminal else Lines(into)
