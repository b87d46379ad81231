"""A fund's amount no word names takes the kind its section's heading says (trial 65).

A project report's analysis of its funds has one numbered section for the money that came
in and one for how it was used, each heading saying which, and the sentence right under it
states the fund with no word of its own for the kind:

    (一)项目资金到位情况分析
    该项目2020年度财政资金270.21万元,其中村级办公经费56万元,…
    (二)项目资金使用情况分析
    该项目资金270.21万元全部用于保障村级办公正常运转。

    二、资金使用情况
    2016年水利定向财力转移支付资金主要用于:2015年泵站冬修工程(10.03万元),泵站、水闸出水口
    及河涌湾道维修(38.53万元),…

(trial 65's 1340, a town's self-evaluation, and 1358, a water station's note on a transfer
fund, in traditional characters). Under a heading of funds in place (资金到位情况), a fund
amount in the first sentence is what came in, REVENUE; under a heading of the funds' use
(资金使用情况), an amount the sentence says was used for something, by 用于 right after it
(270.21万元全部用于…) or by a fund's 用于 opening the list it stands in (资金主要用于:甲(10万元),
乙(…)), is what was spent, SPENDING.

Only for amounts no word names (the caller asks of no other), only in the first sentence of
the first line under the heading, the heading a numbered line of its own naming that one
act (资金到位及使用情况, 资金使用计划 name more or other); for arrival, only an amount whose
own words name a fund (资金, 经费); for use, not where the sentence before its 用于 names a
kind (预算安排资金…主要用于: a plan, left to the budget's rules) or an arrival
(取得, 获得, 收到…: what came in is no use), and never past a sentence's end.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from govkg.ingest.text.amounts import PINYIN

__all__ = ["fund_section_kind"]

_NUMBER = (
    r"(?:[（(]\s*[一二三四五六七八九十\d]+\s*[)）]|[一二三四五六七八九十]+\s*[、.．]|\d+\s*[、.．])"
)
_HEADING = re.compile(
    rf"\s*{_NUMBER}\s*(?:项目)?(?:资金|经费)的?(?P<act>到位|使用)(?:情况)?(?:分析|说明)?"
    r"\s*[:：。]?\s*"
)
_SENTENCE_END = re.compile(r"[。！？!?\n]")
_FUND = re.compile(r"(?:资金|经费)\s*$")
_USED_AFTER = re.compile(r"\s*[，,]?\s*(?:已经?)?(?:全部|全额|主要)?(?:用于|使用于)")
_USED_BEFORE = re.compile(r"(?:资金|经费)\s*(?:主要|全部)?用于\s*[:：]?")
_ARRIVAL = re.compile(r"取得|获得|争取|收到|到位|到账|下达|拨入|拨付|下拨|安排")
REACH = 600  # characters of its line looked back from the amount


def fund_section_kind(
    text: str, start: int, end: int, kind_of: Callable[[str], str | None]
) -> str | None:
    """REVENUE or SPENDING for an unnamed amount at ``text[start:end]`` in the first
    sentence under a heading of a fund's arrival or use (see above); else None."""
    line_start = text.rfind("\n", max(0, start - REACH), start) + 1
    if line_start == 0 and start > REACH:
        return None
    sentence = PINYIN.sub("", text[line_start:start])
    if _SENTENCE_END.search(sentence):
        return None  # not the line's first sentence
    heading = _heading_above(text, line_start)
    if heading is None:
        return None
    if heading["act"] == "到位":
        return "REVENUE" if _FUND.search(sentence) else None
    if _USED_AFTER.match(text, end):
        before = sentence
    elif used := list(_USED_BEFORE.finditer(sentence)):
        before = sentence[: used[-1].start() + 2]
    else:
        return None
    if kind_of(before) is not None or _ARRIVAL.search(before):
        return None
    return "SPENDING"


def _heading_above(text: str, line_start: int) -> re.Match[str] | None:
    """The numbered heading of arrival or use that is the line with words right above the
    one starting at ``line_start``, else None."""
    end = line_start - 1
    while end > 0:
        start = text.rfind("\n", 0, end) + 1
        line = PINYIN.sub("", text[start:end])
        if line.strip():
            return _HEADING.fullmatch(line)
        end = start - 1
    return None
