"""The cells of a table whose borders survived flattening (| after each cell), empty cells
kept: a row's place in its columns is told by counting them, so an empty 因公出国(境)费 cell
must not pull the next row's figure into its column (``threepubliccounted``,
``threepublicemptycells``)."""

from __future__ import annotations

import re

__all__ = ["bordered_cells"]

_CELL = re.compile(r"[^|]*\|")


def bordered_cells(blank: str, start: int, stop: int) -> list[tuple[int, int, str]]:
    """(start, end, words without blanks) of each cell a border closes between ``start``
    and ``stop``, an empty cell at its start with no length."""
    found = []
    for cell in _CELL.finditer(blank, start, stop):
        raw = cell.group()[:-1]
        word = raw.strip()
        at = cell.start() + (raw.index(word) if word else 0)
        found.append((at, at + len(word), re.sub(r"\s+", "", word)))
    return found
