"""The projects a budget arranges, counted and then listed, are that budget (thirty-fifth trial).

A project report opens on the year's arranged projects, their number, then each with its sum:

    2031年共安排支出项目3个,即档案修复经费12万元、库房改造8万元、展览布置5万元,共25万元。

安排 of the projects is the budget; the 支出 of 支出项目 (the budget's class of spending) or
the 经费 ending an item's name, the nearest money word, read the first item as spent and
the rest after it too. An amount is an item of such a list where:

- its sentence (up to 。！？ or a line's end) holds 安排 (not 安排使用 / 安排支出资金 as an act)
  of 项目 and their number (安排支出项目4个, 安排项目共3项), or the year's budget projects
  counted (年初预算项目73个,预算项目经费…万元,具体包括:, forty-first trial), then 即 / 分别为 /
  包括 / a colon;
- from there to the sentence's end each item is a name and its figure, cut by 、，；, and
  the last item may be the list's total (共 / 合计 / 共计 and its figure);
- no item's name names a kind once the nouns of what the money is for (经费, 费用, 补助,
  资金, 项目, 采购) are left out: an item saying 已支出, 到位… is read by its words, and so is
  the list.

The count may be followed by the list's sum (项目11个,预算资金为2827.23万元,即:…, thirty-sixth
trial); a thousands comma (2,000万元) cuts no item. Projects carried from the year before
(上年结转结余项目3个,…即:…) are listed the same way, and their items are carried over; there
an item naming 结余 or 收入 (往年结余…资金, 利息收入资金) does not end the list, and one naming
收入 keeps its own reading.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from govkg.ingest.text.amounts import MONEY
from govkg.ingest.text.sentences import ENDS, sentence_start

__all__ = ["arranged_projects_kind"]

_SENTENCE_END = re.compile(f"[{ENDS}]")
_LEAD = re.compile(
    r"(?:安排(?:了)?(?:支出|预算)?|(?:年初|年度)?预算|(?P<carried>上年度?结转(?:结余)?|往年结余))"
    r"项目(?:共|合计)?\s*[\d一二三四五六七八九十]+\s*[个项]"
    # 项目11个,预算资金为2827.23万元,即:… (thirty-sixth trial): the list's sum said first
    rf"(?:\s*[，,]?\s*(?:项目支出)?(?:预算)?(?:项目)?(?:资金|金额|经费)[为是共计合]*\s*(?:{MONEY.pattern}))?"
    r"\s*[，,]?\s*(?:即|分别为|分别是|包括|具体为|具体包括)?\s*[：:]?"
)
_CUT = re.compile(r"[、，；;]|,(?!\d{3})")  # not 2,000万元's thousands comma
_TOTAL = re.compile(r"^\s*(?:共计?|合计|总计)\s*[为是]?\s*$")
_NAME_NOUNS = re.compile(r"经费|费用|补助|资金|项目|专项|采购")
"""Nouns of what an item's money is for (救灾物资采购专项资金: a purchase it pays for)."""
REACH = 400  # characters before the amount in which its sentence's start is looked for


def arranged_projects_kind(
    text: str, start: int, end: int, kind: str | None, kind_of: Callable[[str], str | None]
) -> str | None:
    """BUDGET for an item (or the total) of a counted list of arranged projects (see
    above); else ``kind``."""
    if kind == "BUDGET":
        return kind
    opening = sentence_start(text, start, REACH)
    leads = list(_LEAD.finditer(text, opening, start))
    if not leads:
        return kind
    stop = _SENTENCE_END.search(text, end)
    carried = leads[-1]["carried"] is not None
    pieces, cut = [], leads[-1].end()
    own_name = ""
    for piece in _CUT.split(text[cut : stop.start() if stop else len(text)]):
        if not MONEY.search(piece):
            break  # ,具体项目情况说明如下: words after the list end it
        if not own_name and cut + len(piece) >= end:
            own_name = piece[: MONEY.search(piece).start()]  # the amount's own item's name
        pieces.append(piece)
        cut += len(piece) + 1
    if cut < end:
        return kind  # the amount stands past the list's end
    for at, item in enumerate(pieces):
        figures = list(MONEY.finditer(item))
        if len(figures) != 1 or item[figures[0].end() :].strip():
            return kind
        name = item[: figures[0].start()]
        if at == len(pieces) - 1 and at > 0 and _TOTAL.match(name):
            continue  # ,共219万元: the list's total
        if not name.strip():
            return kind
        named = kind_of(_NAME_NOUNS.sub("", name))
        if named is None or (carried and named in ("CARRY_OVER", "REVENUE")):
            continue  # 往年结余上级补助资金, 利息收入资金: what a carried item was
        return kind
    if carried and kind_of(_NAME_NOUNS.sub("", own_name)) not in (None, "CARRY_OVER"):
        return kind  # 利息收入资金0.17万元: a carried item naming its own kind keeps it
    return "CARRY_OVER" if carried else "BUDGET"
