"""Rule ``three-public-title-place``: a 三公 note titled by its area names the area, however
its title words run (thirtieth trial's 385).

A note titled "样例县2031年“三公”经费支出决算说明" or "样例县2032年“三公”经费预算情况说明" is read
by ``report`` as the place's (the title's unit before its year, as 217's 岳阳市). Worded
"样例县2031年“三公”经费决算情况说明", the title's year-first pattern takes the fee itself
(“三公”经费) for the unit before the accounts' words 决算情况说明, the fee is no unit
(``titleunit.is_fund``), and the place was lost: the note was left unnamed. The place alone
heading the title's line before the year (one to three place names, 样例市样例区; nothing else
before the year) is then the title's unit, as in the other wordings. A department's note
(样例县2031年度部门“三公”经费…: 部门 between), a department heading the line (样例县某某局2031年…:
``titleunit.holder``), a title that opens on its year (2031年度样例县…, read as it is) or a
sentence (现将样例县2031年…) is not this. A page flattened from a table may put a cell's border
before the place (| 样例县2031年“三公”经费决算情况说明: thirty-second trial's 412)."""

from __future__ import annotations

import re

from govkg.ingest.threepublic.words import QUOTED

__all__ = ["title_place", "title_place_before_year"]

_PLACE = r"[\u4e00-\u9fff]{1,8}?(?:自治区|自治州|自治县|省|市|县|区|州|旗|盟)"
_PLACE_BEFORE_YEAR = re.compile(
    rf"[ \t\u3000|｜]*(?P<unit>(?:{_PLACE}){{1,3}})[ \t\u3000]*(?=20\d\d[ \t\u3000]*年)"
)
_FEE = re.compile(rf"\s*{QUOTED}\s*")
_NOT_A_PLACE = re.compile(r"^(?:现|就|关于|根据|按照|对|将|经|从|向|由|在|为|与|及)|的")
"""A verb or a link word first (现将样例县…), or 的 inside: a sentence's words, not a place."""


def title_place(head: str, line_start: int, year_start: int, unit_words: str) -> re.Match | None:
    """The place (group ``unit``) alone from ``line_start`` to the title's year at
    ``year_start``, where the title's unit words are the 三公经费 itself; else None."""
    if not _FEE.fullmatch(unit_words):
        return None
    found = _PLACE_BEFORE_YEAR.match(head, line_start)
    if found is None or found.end() != year_start or _NOT_A_PLACE.search(found["unit"]):
        return None
    return found


def title_place_before_year(head: str, line_start: int, year_start: int) -> re.Match | None:
    """The place (group ``unit``) alone from ``line_start`` to the title's year at
    ``year_start``, whatever the title's unit words are; None where anything else is there
    (a unit, a sentence's words)."""
    found = _PLACE_BEFORE_YEAR.match(head, line_start)
    if found is None or found.end() != year_start or _NOT_A_PLACE.search(found["unit"]):
        return None
    return found
