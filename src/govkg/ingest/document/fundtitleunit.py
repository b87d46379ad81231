"""Where a title names a fund, not its holder: the unit written with another line of the
title (thirty-third trial).

A project's self-evaluation may be titled by its fund alone ("2031年度某某补助资金绩效的自评
报告": ``titleunit.is_fund``, no unit), while the page names the holder in a second place:

- on its own line right above the title, the title written in two lines (青川县某局 /
  关于2031年度某某资金绩效的自评报告);
- in the page's headline, a title of the genre that opens on the unit, for the same year
  (样例县某某局2031年度项目资金绩效自评报告, over the document's own 2031年度某某项目资金…
  title further down).

The line above is a name alone ending on an organisation's word (not a banner, a field, a
sentence); the headline's unit is a name ending on one, not a fund, of the title's year."""

from __future__ import annotations

import re
from collections.abc import Iterable

from govkg.ingest.document.titleunit import UNIT_END, clean_title_unit, is_fund

__all__ = ["headline_unit", "unit_above_title"]

_LINE_ABOVE = re.compile(
    rf"(?:^|\n)[ \t\u3000]*(?P<unit>[\u4e00-\u9fff（）()]{{4,40}}?{UNIT_END})[ \t\u3000]*\n"
    r"[ \t\u3000]*$"
)
"""The unit's name alone on the line right above the title's line."""
_NOT_A_NAME = re.compile(r"^(?:欢迎|您|当前)|网站|政府$|^第[一二三四五六七八九十]+部分")
"""A site's banner (欢迎访问…), a portal's name (…人民政府) or a part heading: no holder."""
_ORGANISATION_END = re.compile(UNIT_END + "$")


def unit_above_title(head: str, line_start: int) -> re.Match | None:
    """The unit alone on the line right above the title's line starting at ``line_start``
    (group ``unit``); None where that line is no name."""
    found = _LINE_ABOVE.search(head, max(0, line_start - 80), line_start)
    if found is None or _NOT_A_NAME.search(found["unit"]):
        return None
    return found


def headline_unit(head: str, titles: Iterable[re.Match], title: re.Match) -> re.Match | None:
    """Another title of the genre (``titles``, each with groups ``unit`` and ``year``) for
    ``title``'s year whose unit is an organisation's name, not a fund; None where none is."""
    for other in titles:
        if other.span() == title.span() or other["year"] != title["year"]:
            continue
        unit = clean_title_unit(other["unit"], head[: other.start()])
        whole = unit == re.sub(r"\s+", "", other["unit"])  # nothing cut: a name as it is
        if whole and _ORGANISATION_END.search(unit) and not is_fund(unit):
            return other
    return None
