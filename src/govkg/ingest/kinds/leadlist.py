"""The items of a list a colon opens have the kind its lead names (eighteenth trial).

A project report lists the year's funds after a lead that says what they are:

    2022年财政预算我单位专项资金:国家不断扩大免疫系统规划经费36.4万元、非税
    成本17万元、农村饮用水项目监测6.4万元、疾病掌控等39.11万元。

The lead (the words before the colon, in the line that holds it) names the budget; each
item names only what the money is for. ``money`` read the first item as spending by the
经费 that ends its name, and left the others unread: no word right before them names a kind,
and a line break the page put inside 非税成本 cut the second from the lead. An item of such
a list takes the lead's kind where:

- the items from the colon to the amount are names and their figures, one after another,
  each figure followed by 、 — no comma, no sentence's end between; a line break only
  inside a word (a character of a name on each side, no heading opening the next line);
- no item's own words name a kind once the 经费 / 费用 ending an item's name is left out
  (``itemfees``: 规划经费 names the item); an item that says 支出, 预算, 增加… is read by
  its own words, and so is the whole list;
- the lead names a kind (预算, 收入, 支出, 结转…) and states no amount (a total with its
  parts after 其中: is read by ``money``'s total rule), nor is a bare 其中.

A field's list may open with its year and 包含 (twenty-ninth trial: 1.预算数:2021年,包含补助18个
年度重点项目资金774万元、补助6名传承人记录工作资金240万元、…补助3期传承人研修培训计划资金140万元…):
the year and the comma after it name no item. There each item is a fund's name ending in
资金, and the 补助 opening it (the fund subsidising 6名传承人) or the 计划 of the programme it
pays for (研修培训计划资金) is part of that name: no receipt, no plan (``_fund_name``); they
were read as money received and as planned while the field says they are the budget.

A mirror's readings inside the words (預(yù)算, 經(jīng)費) are read through, in the items and in
the lead (trial 55's 967, a traditional mirror of a finance ministry's 三公 news:
財政部公布了中央本級“三公”經(jīng)費2010決算支出和2011年預(yù)算情況:2011年中央本級“三公”經費
財政撥款預(yù)算94.28億元。其中… was read as spent, the item's 預(yù)算 unseen and the lead's
决算支出 taken, and its three parts under 其中 with it).

A lead ending on 包括 (…决算数具体包括:) says its list runs on to the sentence's end, so its items
may be cut by commas too (trial 62's 1266, ``_INCLUDES``).

A colon right before the figure (2020年下达了园林绿化经费:514.56万元, thirty-ninth trial)
opens no list: the words before it are the amount's own name, read by ``money`` (there a
budget handed down), not a lead.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from govkg.ingest.kinds.itemfees import without_item_fee
from govkg.ingest.text.amounts import MONEY, PINYIN

__all__ = ["lead_list_kind"]

_COLON = "：:"
_LIST_STOP = re.compile(r"[。；;！？!?，,：:]")
_LEAD_START = re.compile(r"[。；;！？!?\n]")
_HEADING = re.compile(r"[一二三四五六七八九十]+[、.．]|第[一二三四五六七八九十]+|[（(]")
_CJK = re.compile(r"[\u4e00-\u9fff]")
KINDS = ("BUDGET", "REVENUE", "SPENDING", "CARRY_OVER")
REACH = 200  # characters before the amount in which the colon opening its list is looked for


def lead_list_kind(
    text: str, start: int, kind: str | None, kind_of: Callable[[str], str | None]
) -> str | None:
    """The kind the lead of the list the amount at ``start`` is an item of names (see
    above); else ``kind``."""
    low = max(0, start - REACH)
    stops = list(_LIST_STOP.finditer(text, low, start))
    stop = stops[-1] if stops else None
    opened = 0
    if stop is not None and stop.group() not in _COLON and len(stops) > 1:
        colon, comma = stops[-2], stop  # 预算数:2021年,包含…: the year, then the list
        if colon.group() in _COLON and _YEAR_ONLY.fullmatch(text, colon.end(), comma.start()):
            stop = colon
            opened = _OPENER.match(text, comma.end()).end() - colon.end()
    if stop is not None and stop.group() in "，," and (listed := _included_list(text, stops)):
        stop = listed  # …决算数具体包括:甲费X万元,乙费Y万元: its items cut by commas
    if stop is None or stop.group() not in _COLON:
        return kind
    items = text[stop.end() : start]
    if not items.strip() or not _wrapped_only(items):  # 下达了…经费:514.56万元: no list
        return kind
    items = " " * opened + items[opened:]  # the year and 包含 name no item
    cuts = "、，," if _INCLUDES.search(PINYIN.sub("", text[low : stop.start()])) else "、"
    pieces, at = [], 0
    for figure in MONEY.finditer(items):
        if items[figure.end() : figure.end() + 1] not in cuts:
            return kind  # a figure not followed by the list's 、: no list of items
        pieces.append(items[at : figure.start()])
        at = figure.end() + 1
    pieces.append(items[at:])
    pieces = [PINYIN.sub("", piece.replace("\n", "")) for piece in pieces]  # 預(yù)算: 预算
    if any(kind_of(_fund_name(without_item_fee(piece))) for piece in pieces):
        return kind  # an item says its own kind: read by its words
    lead_start = 0
    for lead_start_match in _LEAD_START.finditer(text, low, stop.start()):
        lead_start = lead_start_match.end()
    lead = text[max(low, lead_start) : stop.start()]
    if MONEY.search(lead) or lead.strip().endswith("其中"):
        return kind
    named = kind_of(PINYIN.sub("", lead))
    return named if named in KINDS else kind


_INCLUDES = re.compile(r"(?:具体)?(?:包括|包含)\s*$")
"""A lead that says its list is what the account includes (…决算数具体包括:甲费1273.75万元,乙费
2214.45万元,丙费787.78万元;: trial 62's 1266, a news mirror of a ministry's 三公 figures, the items
after the first unread before): its items may be cut by commas as well as by 、, up to the
sentence's end."""
_YEAR_ONLY = re.compile(r"\s*20\d\d\s*年度?\s*")
_OPENER = re.compile(r"\s*(?:包含|包括|含)?")
_NAMED_IN_FUND = re.compile(r"^\s*补助|计划(?=资金\s*$)")
"""Words inside a fund's name: 补助 opening it (补助6名传承人记录工作资金: the fund subsidising
them) and the 计划 of a programme it pays for (…研修培训计划资金)."""


def _included_list(text: str, stops: list[re.Match[str]]) -> re.Match[str] | None:
    """The colon opening a list its lead says is what an account includes (``_INCLUDES``),
    where only commas stand between it and the amount; else None."""
    for stop in reversed(stops):
        if stop.group() in _COLON:
            lead = PINYIN.sub("", text[max(0, stop.start() - 40) : stop.start()])
            return stop if _INCLUDES.search(lead) else None
        if stop.group() not in "，,":
            return None
    return None


def _fund_name(piece: str) -> str:
    """An item's words without the 补助 and 计划 of its fund's name, where it names a fund
    (its words end in 资金): a list under a lead names no receipt or plan by them."""
    if not piece.rstrip().endswith("资金"):
        return piece
    return _NAMED_IN_FUND.sub("", piece)


def _wrapped_only(items: str) -> bool:
    """Whether every line break in ``items`` falls inside a word (a character on each side,
    no heading opening the next line)."""
    for found in re.finditer("\n", items):
        at = found.start()
        if at == 0 or at + 1 >= len(items):
            return False
        if not (_CJK.match(items[at - 1]) and _CJK.match(items[at + 1])):
            return False
        if _HEADING.match(items, at + 1):
            return False
    return True
