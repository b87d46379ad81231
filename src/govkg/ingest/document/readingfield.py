"""A form's field read through a mirror's readings: a mirror prints a reading after some
characters (實(shí)施單位 | 麗江市古城區(qū)自然資源局 |), which ``report`` blanks for matching
("实    施单位 | 丽江市古城区    自然资源局 |"), so a field's words and the cell's name are broken
by blanks. Where no field is found otherwise, the blanks a reading left between two
characters are closed up, the field is looked for again, and its span is mapped back onto
the blanked text (the unit is then written as the text writes it, readings and all).
A field found in the blanked text whose name stops right at a reading's blanks short of an
organisation word (項目單位:岳陽縣農村公路養(yǎng)護中心, read "岳阳县农村公路养": twentieth
trial's 250) was cut by the reading, not by the name's end: it is looked for again the same
way, and the name so read is taken where it ends on an organisation word (``cut_by_reading``,
``whole_name``); a name that ended on one before the blanks was whole."""

from __future__ import annotations

import re
from dataclasses import dataclass

from govkg.ingest.document.titleunit import NAME_END

__all__ = ["FieldFound", "closed_up", "cut_by_reading", "through_readings", "whole_name"]

_BLANKED = re.compile(r"(?<=[\u4e00-\u9fff]) {3,8}(?=[\u4e00-\u9fff])")
"""The blanks of a reading (shí) between two characters: three to eight spaces."""


_READING_AFTER = re.compile(r" {3,8}(?=[\u4e00-\u9fff])")


def cut_by_reading(head: str, found: re.Match) -> bool:
    """Whether the name ``found`` read (group ``unit``) stops at a reading's blanks before
    its organisation word (岳阳县农村公路养|      护中心); a name that ends on one (青岚县林业局
    then blanks and the next field) is whole."""
    if not found["unit"] or NAME_END.search(found["unit"]):
        return False
    return _READING_AFTER.match(head, found.end("unit")) is not None


def whole_name(found: FieldFound | None) -> FieldFound | None:
    """``found`` where the name read through the readings ends on an organisation word."""
    return found if found is not None and NAME_END.search(found.unit) else None


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
