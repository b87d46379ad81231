"""A form's field read through a mirror's readings: a mirror prints a reading after some
characters (實(shí)施單位 | 麗江市古城區(qū)自然資源局 |), which ``report`` blanks for matching
("实    施单位 | 丽江市古城区    自然资源局 |"), so a field's words and the cell's name are broken
by blanks. Where no field is found otherwise, the blanks a reading left between two
characters are closed up, the field is looked for again, and its span is mapped back onto
the blanked text (the unit is then written as the text writes it, readings and all)."""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["FieldFound", "closed_up", "through_readings"]

_BLANKED = re.compile(r"(?<=[\u4e00-\u9fff]) {3,8}(?=[\u4e00-\u9fff])")
"""The blanks of a reading (shí) between two characters: three to eight spaces."""


@dataclass(frozen=True)
class FieldFound:
    """What a field's match gives its readers: the unit (``found["unit"]``) and the span."""

    unit: str
    start: int
    end: int

    def __getitem__(self, group: str) -> str:
        if group != "unit":
            raise KeyError(group)
        return self.unit

    def span(self) -> tuple[int, int]:
        return self.start, self.end


def closed_up(head: str) -> tuple[str, list[int]] | None:
    """``head`` with the blanks of readings closed up, and for each of its characters its
    place in ``head``; None where ``head`` has no such blanks."""
    kept: list[int] = []
    at = 0
    for blank in _BLANKED.finditer(head):
        kept.extend(range(at, blank.start()))
        at = blank.end()
    if at == 0:
        return None
    kept.extend(range(at, len(head)))
    return "".join(head[i] for i in kept), kept


def through_readings(pattern: re.Pattern, head: str) -> FieldFound | None:
    """The first match of ``pattern`` (groups ``unit`` or ``cell``) in ``head`` with the
    blanks of readings closed up, its span in ``head``; None where there are no such blanks
    or no match."""
    closing = closed_up(head)
    if closing is None:
        return None
    closed, kept = closing
    found = pattern.search(closed)
    if found is None:
        return None
    group = "unit" if found["unit"] else "cell"
    start, end = found.span(group)
    if end <= start:
        return None
    return FieldFound(found[group], kept[found.start()], kept[found.end() - 1] + 1)
