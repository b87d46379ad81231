"""A page's breadcrumb is furniture, never a title or a year (twenty-first trial).

A government page prints where it stands in the site above the report: "当前位置:首页>>政务
公开>>财政信息>>预算决算>>2018年预决算>>2017年部门决算". The sections it names are the
site's: 2018年预决算 is the year the site files the page under (a 2017 部门决算 published in
2018), and 2017年部门决算 is a folder, not the title (遂宁市水务局2017年部门决算编制说明 below).
A line opening on 当前位置 / 您现在的位置 / 您当前所在位置 / 您的位置 (and the like)
with a colon, whose words are split by the site's separators (>, >>, ＞, /, », ›), is
blanked before the title, the genre and the year are looked for. A field naming a place
(项目位置:…, 位置:东区/西区) is not the page's position in its site and stays.
您的位置 with nothing between is one too (trial 51's 822: 您的位置: 首页 >…>详细内容
above 2015晋中市紧急医疗救援中心概况 及决算情况说明): blanked, the title below it is
the first line, and its bare 2015 the year (``years``' masked year), read None before.
"""

from __future__ import annotations

import re

__all__ = ["without_breadcrumb"]

_BREADCRUMB = re.compile(
    r"^[ \t\u3000]*(?:您(?:(?:当前|现在)(?:所在|所处)?|所在)?|(?:当前|现在)(?:所在|所处)?|所在)"
    r"的?位置[ \t\u3000]*[：:]"
    r"(?=[^\n]*[>＞»›/])[^\n]*$",
    re.M,
)


def without_breadcrumb(head: str) -> str:
    """``head`` with each breadcrumb line blanked (spaces: every offset stays)."""
    return _BREADCRUMB.sub(lambda m: " " * len(m.group()), head)
