"""A title line that opens on its unit, then the fund's name, then the year (thirty-third
trial's 417).

"样例市某某医院某某服务项目州级补助资金2031年度绩效自评报告": the genre's words take the
fund's money and the year (资金2031年度绩效自评报告), so no title pattern sees a unit before
a year. The words before them are the holder's placed name followed by the fund's
(``titleunit.fund_holder``: a place, then a name ending on an organisation's word). Words
that open on no placed organisation (某某服务项目补助资金…, 样例县某某项目资金…) name none, and
the line must be a title's: nothing after the genre's words but its end."""

from __future__ import annotations

import re

from govkg.ingest.document.titleunit import fund_holder

__all__ = ["fund_line_holder"]

_TITLE_END = re.compile(r"[^\n，,。；;：:]*?报告[ \t\u3000]*(?:\n|$)")
"""The genre's words ending the line: a title, not a sentence naming one."""
_WORDS = re.compile(r"[ \t\u3000]*(?P<words>[\u4e00-\u9fff（）()]{6,60})")


def fund_line_holder(head: str, line_start: int, genre_start: int) -> re.Match | None:
    """The placed unit (group ``unit``) opening the title's line before a fund's words, the
    genre's at ``genre_start``; None where the line opens on no such name."""
    if not _TITLE_END.match(head, genre_start):
        return None
    words = _WORDS.fullmatch(head, line_start, genre_start)
    if words is None:
        return None
    holder = fund_holder(words["words"], head[genre_start : genre_start + 20])
    if not holder:
        return None
    return re.compile(rf"(?P<unit>{re.escape(holder)})").match(head, words.start("words"))
