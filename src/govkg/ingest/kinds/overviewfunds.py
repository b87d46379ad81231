"""Rule ``overview-funds``: a project's 经费 stated in its overview is what the project is
given, BUDGET (thirteenth trial).

A project report's overview (一、项目基本情况 / (一)项目概况) says what the project is and
what money it has: "项目经费共计30万。主要包括与样例电视台开展合作,经费10万;与样例日报合作,
经费各10万". ``money`` reads 经费 as spending, money used; in the overview, before any
account of its use, it is the money the project is given for the year (its execution is
stated later, under 资金使用 / 支出 headings): BUDGET. Read only where the amount's own
words end on 经费 (…经费, 经费共计, 经费各, 经费为), the nearest heading before it within
``REACH`` characters names the overview (项目概况, 项目基本情况, 项目简介) and none of use,
and the sentence says nothing of use (支出, 使用, 实际, 已, 完成, 拨付, 到位): "经费已支付
10万" under the overview stays spending.
"""

from __future__ import annotations

import re

__all__ = ["overview_funds_kind"]

_OWN_FUNDS = re.compile(r"经费\s*(?:共计|合计|总计|总额|共|各|为|是)?\s*$")
_HEADING = re.compile(
    r"^[ \t\u3000]*(?:[一二三四五六七八九十]+\s*[、.．]|[（(]\s*[一二三四五六七八九十\d]+\s*[）)]"
    r"|\d+\s*[、.．])[^\n]{0,30}$",
    re.M,
)
_OVERVIEW = re.compile(r"项目概况|项目基本情况|项目简介")
_USE = re.compile(r"支出|使用|实际|已|完成|拨付|到位|执行|结余|结转")
_SENTENCE_START = re.compile(r"[。；;\n]")
REACH = 800  # characters back in which the overview's heading is looked for


def overview_funds_kind(text: str, start: int, own: str, kind: str | None) -> str | None:
    """BUDGET for a project's 经费 stated in its overview (see above); else ``kind``."""
    if kind != "SPENDING" or not _OWN_FUNDS.search(own):
        return kind
    headings = list(_HEADING.finditer(text, max(0, start - REACH), start))
    if not headings or not _OVERVIEW.search(headings[-1].group()):
        return kind
    begins = list(_SENTENCE_START.finditer(text, max(0, start - 200), start))
    sentence = text[begins[-1].end() if begins else max(0, start - 200) : start]
    return kind if _USE.search(sentence) else "BUDGET"
