"""A document-sharing site's wrapper around the file it shows (twenty-sixth trial).

Sharing sites open the page on one sentence about the file: "《2022年度项目支出绩效自评总报告
.docx》由会员分享,可在线阅读,更多相关《2022年度项目支出绩效自评总报告.docx(8页珍藏版)》请在
第一文库网上搜索。" The file's name (without its extension) is the report's title; the rest is
the site's furniture, and a phrase of it (更多相关《…) is no unit's name before the title's year.
Only the first name is kept, with the sentence blanked around it; a 《…》 that is no file's name
and no 由会员分享 (a news item quoting a report) is left as it is.
"""

from __future__ import annotations

import re

__all__ = ["without_wrapper"]

_WRAPPER = re.compile(
    r"《(?P<title>[^《》\n]{4,80}?)\.(?:docx?|pdf|wps|xlsx?)》由会员分享[^\n]*?(?:搜索。|$)", re.M
)


def without_wrapper(head: str) -> str:
    """``head`` with the first wrapper sentence blanked but for the file's title (lengths kept)."""
    found = _WRAPPER.search(head)
    if found is None:
        return head
    start, end = found.span("title")
    blank = " " * (start - found.start())
    rest = " " * (found.end() - end)
    return head[: found.start()] + blank + head[start:end] + rest + head[found.end() :]
