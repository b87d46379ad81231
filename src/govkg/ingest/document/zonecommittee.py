"""Rule ``zone-committee``: a development zone's committee named by its zone, the committee in
brackets: X集中区(管委会), X开发区(管理委员会).

A zone's 三公 note titles itself and opens its sentence on the zone with its committee in
brackets: 皖江江南新兴产业集中区(管委会)2024年 / 一般公共预算“三公”经费预算 … 皖江江南新兴产业集中区
(管委会)2024年一般公共预算“三公”经费支出预算为328.7万元 (trial 64's 1338, read unnamed before:
a name's rules end it on an organisation's word, and the bracket stands after the zone's 区; the
zone's name holds no city or county, so it is not placed either). The zone with its bracket is
the unit, as written. Read at a line's or a sentence's start, right before a year; one name only
(two zones read nothing), and never the zone without its committee (a 开发区 is a place).
"""

from __future__ import annotations

import re

__all__ = ["zone_committee"]

_ZONE = re.compile(
    r"(?:^|(?<=[。；;！!\n]))[ \t\u3000]*"
    r"(?P<unit>(?![本我该各全])[\u4e00-\u9fff]{2,20}?"
    r"(?:开发区|集中区|新区|园区|示范区|试验区|合作区|产业园|经济区|工业区|保税区)"
    r"[（(][ \t\u3000]*(?:管委会|管理委员会)[ \t\u3000]*[）)])"
    r"(?=[ \t\u3000]*20\d\d[ \t\u3000]*年)",
    re.M,
)


def zone_committee(head: str) -> tuple[str, tuple[int, int]] | None:
    """The zone with its bracketed committee opening a line or a sentence of ``head`` before a
    year (see above), with its first span; None where none does, or two different ones do."""
    found = list(_ZONE.finditer(head))
    if len({re.sub(r"\s+", "", m["unit"]) for m in found}) != 1:
        return None
    return found[0]["unit"], found[0].span("unit")
