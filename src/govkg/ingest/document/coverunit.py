"""Rule ``cover-unit``: a cover's unit on the line under a title that names no unit.

A final-accounts cover may put the year and the genre on the title line and the unit alone
on the line under it, then its head and the date (the twenty-eighth trial's 356)::

    2019年度部门决算公开
    样例县妇女联合会
    主要负责人:…
    二〇二〇年八月

The unit is that line where it is a name alone ending in an organisation's word (…局,
…中心, …总工会…); a line that is a heading (目 录, 第一部分), a sentence (with a mark), a
field (主要负责人:…) or a site's link (国务院部门网站) is none; and only under a title line,
one with no sentence's mark (a contact line that names 部门决算公开专栏 is none). Read only
where the title and the fields name no unit."""

from __future__ import annotations

import re

from govkg.ingest.document.titleunit import UNIT_END

__all__ = ["unit_below_title"]

_NAME_LINE = re.compile(
    rf"[ \t\u3000]*(?P<unit>[\u4e00-\u9fff（）()]{{3,40}}?(?:{UNIT_END}|工会|协会|学会|馆|校))"
    r"[ \t\u3000]*(?:\n|$)"
)
_NOT_A_NAME = re.compile(r"^(?:第[一二三四五六七八九十]+部分|目\s*录)|网站$")
_SENTENCE_MARK = re.compile(r"[，,。；;：:（）()]")


def unit_below_title(head: str, title_end: int) -> re.Match | None:
    """The unit's name alone on the line right after the title line ending at ``title_end``
    (its group ``unit``); None where that line is no name."""
    line_start = head.find("\n", title_end)
    if line_start < 0:
        return None
    title_line = head[head.rfind("\n", 0, title_end) + 1 : line_start]
    if _SENTENCE_MARK.search(title_line):
        return None
    found = _NAME_LINE.match(head, line_start + 1)
    if found is None or _NOT_A_NAME.search(found["unit"]):
        return None
    return found
