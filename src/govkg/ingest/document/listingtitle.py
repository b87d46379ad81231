"""A page's listing title, 环县图书馆2020年预算公开 alone on its line, and the heading that
writes its unit in full.

A site lists a unit's budget note under a short title, X2020年预算公开 (or X2022年单位预算公开,
X2018年部门预算公开), printed above the note: the report's title, where the note's own heading
is missing or is a template's leftover naming another body (trial 59's 1148: 环县图书馆2020年
预算公开 above 甘肃省财政厅2020年部门预算公开说明, the province's template heading; 1156: 广西
壮族自治区拉浪林场(广西救助服务指导中心)2022年单位预算公开 above its part heading 第二部分
自治区拉浪林场2022年部门预算说明, read as a title naming no unit). ``report`` reads the words
as a budget note's title (alone on their line, as its …预算公开表 and …预算公开说明 are).

Where the note's own heading below names the same unit written more fully, every character of
the listing's name in order and ending on the same word (2018年信阳市政府幼儿园部门预算公开 /
2018年信阳市政府机关幼儿园部门预算公开说明: the corpus's 1064), that heading is the title. A
heading naming another unit (甘肃省财政厅 under 环县图书馆) never replaces the listing's.
"""

from __future__ import annotations

import re

from govkg.ingest.text.namewords import in_order

__all__ = ["is_listing", "writes_in_full"]

_LISTING = re.compile(r"预\s*算\s*公\s*开\s*$")
"""A title's genre words ending on a bare 预算公开 (no 说明, no 表): the site's listing."""


def is_listing(title: str) -> bool:
    """Whether ``title`` (a title's whole match) is a page's listing title, …年预算公开."""
    return bool(_LISTING.search(title))


def writes_in_full(short: str, heading: str) -> bool:
    """Whether ``heading``'s unit words write ``short`` (the listing's) in full: longer, the
    same last two characters (the organisation word), and each of ``short``'s characters in
    order (信阳市政府幼儿园 → 信阳市政府机关幼儿园)."""
    short = re.sub(r"\s+", "", short).removeprefix("度")
    full = re.sub(r"\s+", "", heading).removeprefix("度")
    if len(short) < 4 or len(full) <= len(short) or full[-2:] != short[-2:]:
        return False
    return in_order(short, full)
