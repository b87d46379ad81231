"""How a long command shows it is working: a rich progress display on stderr when stderr is
a terminal (or when asked), and nothing otherwise, so pipes, tests and CI logs read as before.

The work says how far it got through a plain callable, a ``Tick`` given the count done so
far, so the stages that do it (``graph/synth.py``, ``stores/remote.py``) import neither this
module nor rich; or the display asks by itself (``poll``: an export's file size), which costs
the work nothing. Either way the display is redrawn at most ``REFRESH`` times a second, by
rich's own thread, and a Tick is one attribute set.

>>> wanted("none"), wanted("bar")
(False, True)
>>> with meter("synth", unit="triples", total=10, show=False) as tick:
...     tick is None
True
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import IO, Any

__all__ = ["CHOICES", "REFRESH", "Tick", "meter", "wanted"]

CHOICES = ("auto", "bar", "none")
REFRESH = 10  # redraws a second, at most
Tick = Callable[[int], None]


def wanted(choice: str = "auto", stream: IO[str] | None = None) -> bool:
    """Whether to show a display: ``bar`` always, ``none`` never, ``auto`` when ``stream``
    (stderr) is a terminal."""
    if choice in ("bar", "none"):
        return choice == "bar"
    stream = sys.stderr if stream is None else stream
    try:
        return stream.isatty()
    except (AttributeError, ValueError):  # replaced by something without, or closed
        return False


class _Count:
    """What a Tick sets and the display reads when it redraws."""

    def __init__(self) -> None:
        self.done = 0

    def __call__(self, done: int) -> None:
        self.done = done


@contextmanager
def meter(
    what: str,
    *,
    unit: str,
    total: int | None = None,
    poll: Callable[[], int] | None = None,
    show: bool = True,
) -> Iterator[Tick | None]:
    """A display of ``what`` on stderr while the block runs; yields the Tick to call with
    the count done so far (None when nothing is shown: the work need not even call it).

    ``unit`` ``"bytes"`` shows the size written and the rate (with no ``total``, a pulsing
    bar); any other unit shows the count of ``total``, the percentage and the time left.
    With ``poll`` the display reads the count itself and the Tick is not needed.
    """
    if not show:
        yield None
        return
    count = _Count()
    read = poll or (lambda: count.done)
    progress, task = _progress(what, unit, total, read)
    progress.start()
    try:
        yield count
    finally:
        done = read()
        progress.update(task, completed=done, total=max(total or 0, done))  # whole at last
        progress.stop()


def _progress(what: str, unit: str, total: int | None, read: Callable[[], int]) -> tuple:
    """A rich ``Progress`` of one task that takes its count from ``read`` as it redraws."""
    from rich.console import Console  # only when there is something to draw
    from rich.progress import (
        BarColumn,
        DownloadColumn,
        MofNCompleteColumn,
        Progress,
        TaskProgressColumn,
        TextColumn,
        TimeElapsedColumn,
        TimeRemainingColumn,
        TransferSpeedColumn,
    )

    class Polled(Progress):
        task: Any = None  # set once added; rich renders once before, in __init__

        def get_renderables(self) -> Iterator[Any]:
            if self.task is not None:
                self.update(self.task, completed=read())  # in rich's refresh thread
            yield from super().get_renderables()

    if unit == "bytes":
        columns = [DownloadColumn(), TransferSpeedColumn(), TimeElapsedColumn()]
    else:
        columns = [
            MofNCompleteColumn(),
            TextColumn(unit),
            TaskProgressColumn(),
            TimeElapsedColumn(),
            TimeRemainingColumn(),
        ]
    progress = Polled(
        TextColumn("{task.description}", markup=False),
        BarColumn(),
        *columns,
        console=Console(stderr=True),
        refresh_per_second=REFRESH,
        transient=False,
    )
    progress.task = progress.add_task(what, total=total)
    return progress, progress.task
