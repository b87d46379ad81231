"""Numbered lines whose first figures add up, to the fen, to an amount stated right before the
list are that amount's parts, of its kind (trial 54).

A 三公 note (or a news item quoting one) states the year's budget, what was spent and the
difference, says the details follow, and gives each item a numbered paragraph of its own:

    …财政部批复国土资源部2011年“三公经费”财政拨款预算3,786.49万元,实际支出3,535.78万元,
    比预算减少250.71万元,…。具体情况如下:

    (1)因公出国(境)费1,139.76万元。2011 年共派出出国(境)团组 233 个,…

    (2)公务用车购置及运行费 1,177.45 万元。2011 年末一般公共用车保有量为 277辆,…

    (3)公务接待费1,218.57万元,主要用于…

The items name only the fee (trial 54's 920; 921 numbers them (一)(二)(三), with figures of
their own inside each paragraph; 924's lead is a 支出总额 and a sentence of what it includes;
952's is a line 公务用车费预算19.95万元: over 1、公务用车购置费0万元 / 2、公务用车运行维护费
19.95万元). The lead states a budget and spending, so which total the items belong to is not
said in words (``threepublic.items`` leaves them), and blank lines cut each item from the
lead. The figures say it: 1,139.76 + 1,177.45 + 1,218.57 = 3,535.78, what was spent. An
amount no word names takes the kind of a total where:

- it is the first amount of a line opened by a number (1、 / 2. / (3) / (一) / 四、), its words
  after the number a name only (no figure, no kind);
- the lines of its list are found around it: each item a line opened by the same style of
  number, in order from 1 (or 一), blank lines and lines opened otherwise (the items' own
  sub-lists, a paragraph of what an item covers) between them; at least two items;
- the first amounts of those items add up exactly to a figure of the lead, the last
  paragraph before item 1 (one line), and every such figure there was read with one and the
  same kind of money a whole is split into (a budget, revenue, spending, carry-over);
- a figure read as spending only by the class of spending named right before it (项目支出
  14.97万元: corpus 238's project evaluation, whose items are the 项目资金 budget further on)
  says how much the class holds, not that it was spent: its items keep their reading.

- a 三公 section heading above the item naming the other kind (二、2021年“三公”经费预算情况 over
  本年实际支出“三公”经费1.5万元。/ 1.因公出国(境)费:0万元 / 2.…1.5万元): the words and the sum
  disagree, and the items stay unread.

Other lists read so in the corpus: 468's 1.驻京驻肥工作组项目120万元 … 4.…10万元 under
2023年共安排支出项目4个,…,共219万元,具体项目情况说明如下: (the budget arranged).

A list whose figures do not add up (924's 2011 budget: 303 + 221 + 51 ≠ 575.48), a lead with
no such figure, figures of the lead equal to the sum but of two kinds, and an amount whose own
words name a kind keep their reading.
"""

from __future__ import annotations

import re
from decimal import Decimal

from govkg.ingest.kinds.classparts import CLASSES
from govkg.ingest.text.amounts import amounts
from govkg.ingest.threepublic.section import section_kind

__all__ = ["summed_line_kind"]

_CN = "一二三四五六七八九十"
_NUMBERED = re.compile(
    rf"[ \t\u3000]*(?:(?P<p>[（(])\s*(?P<pn>\d{{1,2}}|[{_CN}]{{1,3}})\s*[)）]"
    rf"|(?P<d>\d{{1,2}})\s*(?P<ds>[.．、])(?!\d)|(?P<c>[{_CN}]{{1,3}})\s*、)"
)
"""An item's number opening its line, with its style: (1) / (一) / 1、 / 1. / 一、"""
_NAME_ONLY = re.compile(r"[^，,。；;！？!?\d\n]{0,30}")
_KINDS = ("BUDGET", "REVENUE", "SPENDING", "CARRY_OVER")
_CLASS_BEFORE = re.compile(rf"(?:{CLASSES})\s*(?:为|是|共计?|合计)?[\s：:]*$")
"""A class of spending named right before the lead's figure (项目支出14.97万元): how much the
class holds, no act of spending, so its items are not shown spent (corpus 238: the same items
are the 项目资金 budget further on)."""
REACH = 3000  # characters looked over either side of the item for its list and lead
MOST = 12  # items of a list at most


def _value(words: str) -> int | None:
    """1 for 1 or 一, 12 for 十二; None for what is no number."""
    if words.isdigit():
        return int(words)
    if not words or any(char not in _CN for char in words):
        return None
    if words == "十":
        return 10
    if words.startswith("十"):
        return 10 + _CN.index(words[1]) + 1
    if len(words) == 1:
        return _CN.index(words) + 1
    if len(words) == 2 and words[1] == "十":
        return (_CN.index(words[0]) + 1) * 10
    if len(words) == 3 and words[1] == "十":
        return (_CN.index(words[0]) + 1) * 10 + _CN.index(words[2]) + 1
    return None


def _number(text: str, at: int) -> tuple[str, int] | None:
    """(style, number) of the line starting at ``at``, where a number opens it."""
    found = _NUMBERED.match(text, at)
    if found is None:
        return None
    if found["p"]:
        digits = found["pn"].isdigit()
        style, words = ("(1)" if digits else "(一)"), found["pn"]
    elif found["d"]:
        style, words = "1" + found["ds"].replace("．", "."), found["d"]
    else:
        style, words = "一、", found["c"]
    value = _value(words)
    return (style, value) if value else None


def _lines(text: str, low: int, high: int) -> list[tuple[int, int]]:
    """(start, end) of each line in text[low:high], whole lines only."""
    spans = []
    at = text.find("\n", low) + 1 if low else 0
    while at < high:
        end = text.find("\n", at)
        end = len(text) if end < 0 else end
        if end > high:
            break
        spans.append((at, end))
        at = end + 1
    return spans


def summed_line_kind(
    text: str, start: int, kind: str | None, kinds: list[tuple[int, str | None]]
) -> str | None:
    """The kind of the total the numbered lines of the amount at ``start`` add up to (see
    above); else ``kind``. ``kinds``: (end, kind) of each amount before it."""
    if kind is not None:
        return kind
    line_start = text.rfind("\n", 0, start) + 1
    numbered = _number(text, line_start)
    if numbered is None:
        return kind
    opened = _NUMBERED.match(text, line_start)
    if not _NAME_ONLY.fullmatch(text, opened.end(), start):
        return kind
    style, number = numbered
    lines = _lines(text, max(0, line_start - REACH), min(len(text), start + REACH))
    here = next((i for i, (a, _) in enumerate(lines) if a == line_start), None)
    if here is None:
        return kind
    items = {number: here}
    wanted, i = number - 1, here - 1
    while wanted > 0 and i >= 0:  # the items above it, in order
        got = _number(text, lines[i][0])
        if got is not None and got[0] == style:
            if got[1] != wanted:
                return kind
            items[wanted] = i
            wanted -= 1
        i -= 1
    if wanted > 0:
        return kind
    wanted, i = number + 1, here + 1
    while i < len(lines) and len(items) < MOST:  # the items after it, in order
        got = _number(text, lines[i][0])
        if got is not None and got[0] == style:
            if got[1] != wanted:
                break
            items[wanted] = i
            wanted += 1
        i += 1
    if len(items) < 2:
        return kind
    total = Decimal(0)
    for at in sorted(items):
        first = next(amounts(text[slice(*lines[items[at]])]), None)
        if first is None:
            return kind
        total += first.yuan
    if total <= 0:
        return kind
    lead = items[1] - 1
    while lead >= 0 and not text[slice(*lines[lead])].strip():
        lead -= 1
    if lead < 0:
        return kind
    lead_start, lead_end = lines[lead]
    read = dict(kinds)
    said = {
        (
            read.get(lead_start + found.end),
            bool(_CLASS_BEFORE.search(text, lead_start, lead_start + found.start)),
        )
        for found in amounts(text[lead_start:lead_end])
        if found.yuan == total
    }
    if len(said) != 1:
        return kind
    total_kind, class_named = said.pop()
    if total_kind == "SPENDING" and class_named:
        return kind
    if section_kind(text, start, None, []) not in (None, total_kind):
        return kind  # 二、…“三公”经费预算情况 over 本年实际支出…: the heading says otherwise
    return total_kind if total_kind in _KINDS else kind
