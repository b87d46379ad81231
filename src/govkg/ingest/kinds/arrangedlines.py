"""The numbered lines a budget's arranged sum opens are items of that budget (trial 65).

A 部门预算 states the year's project spending arranged and then lists the projects, one
numbered line each, with lines of how a sum was reckoned between:

    2017年安排项目支出2897260元,具体项目情况说明如下:
    1、 代表履职补贴643200元;
    测算标准:268名代表,年人均2400元计643200元。
    2、 报刊征订120000元,同上年;

(trial 65's 1362, a district NPC office's 2017 budget, in 元). An item names only what the
money is for (报刊征订, 代表培训), so no word before its figure names a kind; but the head
says the list is the sum arranged (安排), the budget, so each item's figure is BUDGET.

Only for amounts no word names, and only the first amount of a numbered line (1、 2、 …,
counting up from 1 with no number missed) under a line whose sentence holds 安排 and, a
few words on, the amount arranged, and ends on 如下 and a colon; unnumbered lines between
items (测算标准:…) are passed over but their figures are not items, and a heading ((三)…,
三、…) or a number out of turn ends the list. 安排使用 / 安排支出资金 (an act of spending)
is no budget's head.
"""

from __future__ import annotations

import re

from govkg.ingest.text.amounts import MONEY, PINYIN

__all__ = ["arranged_line_kind"]

_HEAD = re.compile(
    r"安排(?!使用|支出资金)[^\d。；;！？!?\n]{0,12}\d[\d,.]*\s*(?:万元|亿元|元)"
    r"[^。；;！？!?\n]*如下\s*[:：]\s*$"
)
"""安排 and, a few words on, the sum it arranges (安排项目支出2897260元), then 如下: at the line's
end; a heading's 安排情况说明 joined to the line (…预算安排情况说明2017年…) arranges no sum."""
_ITEM = re.compile(r"\s*(?P<number>\d{1,2})\s*[、.．]\s*")
_HEADING = re.compile(
    r"\s*(?:[（(]\s*[一二三四五六七八九十]+\s*[)）]|[一二三四五六七八九十]+\s*[、.．]|第[一二三四五六七八九十]+)"
)
REACH = 4000  # characters looked back for the head


def arranged_line_kind(text: str, start: int) -> str | None:
    """BUDGET for the unnamed amount at ``start``, the first of a numbered line listed under
    a budget's arranged sum (see above); else None."""
    line_start = text.rfind("\n", 0, start) + 1
    item = _ITEM.match(text, line_start)
    if item is None or MONEY.search(PINYIN.sub("", text[item.end() : start])):
        return None  # not a numbered line, or not its first amount
    number = int(item["number"])
    end = line_start - 1
    low = max(0, start - REACH)
    while end > low:
        begin = text.rfind("\n", 0, end) + 1
        line = PINYIN.sub("", text[begin:end])
        if _HEAD.search(line):
            return "BUDGET" if number == 1 else None
        if _HEADING.match(line):
            return None
        found = _ITEM.match(line)
        if found is not None and MONEY.search(line):
            if int(found["number"]) != number - 1:
                return None
            number -= 1
        end = begin - 1
    return None
