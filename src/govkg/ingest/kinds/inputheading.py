"""A fee named only by 经费 under a heading of the funds' input is that input (34th trial).

经费 / 费用 ending an amount's name reads as money spent (支出经费, 培训费用): no other kind word
standing before the figure, ``money`` takes the fee for what was paid. A project report's
section on what was put into the project says otherwise, by its heading:

    (二)项目投入情况
    2018年,省级法律援助办案补助经费共计1400万元,全部为财政经费拨款。

    (二)资金落实(6分):
    …,项目资金落实到位,经费369万元,其中…资金97.875万元,资金到位率和及时率达100%。

The heading says what the section states: the funds put in (投入) or secured (落实) for the
project, its budget, not what was paid out of them. So an amount read SPENDING only by such
a fee's name (补助经费 / 经费 / 费用, nothing else in its clause naming a kind, no clause
before it naming spending; 项目资金落实到位 before it is the section's own word) is
BUDGET where the nearest numbered heading above it, within a few lines, is one of the funds'
input or securing (资金投入情况(分析), 项目投入情况, 资金落实(情况)), or of their arrangement
(资金安排情况, forty-first trial: 2.资金安排情况 / (2)援助经费50万元: how the funds were shared
to their uses, no act said; the second of a pair 甲经费和乙经费分别为3万元和10万元 is named by
the words before 分别为). Blank lines between the heading and the amount are not counted
among the lines looked back. Not where the heading also
names spending or arrival (项目资金投入及支出情况, 资金到位情况), nor where the amount's own clause
names an act (已支付资金, 支出经费, 到位经费: their own kind is read) or one before it names
spending (已支付,其中经费…), nor past another
numbered heading.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from govkg.ingest.text.amounts import MONEY

__all__ = ["input_heading_kind"]

_FEE_NAME = re.compile(r"(?:补助|补贴)?(?:经费|费用)")
"""A fee's name: 办案补助经费 (the 补助 of a subsidy's name is no arrival), 经费, 前期费用."""
_NUMBER = (
    r"(?:[（(]\s*[一二三四五六七八九十\d]+\s*[)）]|[一二三四五六七八九十]+\s*[、.．]|\d+\s*[、.．])"
)
_HEADING = re.compile(rf"\s*{_NUMBER}(?P<words>[^\n。；;，,]{{1,30}}?)\s*[:：。]?\s*$")
_SCORE = re.compile(r"[（(]\s*\d+(?:\.\d+)?\s*分\s*[)）]")
"""A scoring item's points after its heading: (二)资金落实(6分):."""
_INPUT = re.compile(r"^(?:项目)?(?:资金|经费)?(?:投入|落实|安排)(?:情况)?(?:分析|说明)?$")
LINES = 4  # lines at most looked back for the heading


def input_heading_kind(
    text: str, start: int, own: str, kind: str | None, kind_of: Callable[[str], str | None]
) -> str | None:
    """BUDGET for an amount read SPENDING only by a fee's name under a heading of the
    funds' input (see above); else ``kind``. ``own``: the amount's own words before it."""
    own = _pair_name(text, start, own)
    if kind != "SPENDING" or not _named_by_fee(own, kind_of):
        return kind
    heading = _heading_above(text, start)
    if heading is None:
        return kind
    return "BUDGET" if _INPUT.match(_SCORE.sub("", heading).strip()) else kind


_PAIR = re.compile(rf"分别(?:为|是)\s*(?:{MONEY.pattern})\s*(?:和|及|与|、)\s*$")
"""The second of a named pair, 甲经费和乙经费分别为3万元和10万元: the names are before 分别为."""
_BEFORE = re.compile(r"[^，,；;：:。！？\n]*$")


def _pair_name(text: str, start: int, own: str) -> str:
    """The names said before 分别为 for the second figure of a pair (its own words are only
    the 和 between the figures); else ``own``."""
    pair = _PAIR.search(text, max(0, start - 60), start)
    if pair is None or pair.end() != start or len(own.strip()) > 1:
        return own
    return _BEFORE.search(text, max(0, pair.start() - 200), pair.start()).group()


def _named_by_fee(own: str, kind_of: Callable[[str], str | None]) -> bool:
    """Whether the last clause of ``own`` names the amount only by a fee's name and no
    clause before it names spending (项目资金落实到位,经费: yes; 已支付,经费: no)."""
    clauses = _CLAUSE.split(own)
    last = clauses[-1]
    if not _FEE_NAME.search(last) or kind_of(_FEE_NAME.sub("", last)):
        return False
    return all(kind_of(_FEE_NAME.sub("", clause)) != "SPENDING" for clause in clauses)


_CLAUSE = re.compile(r"[，,；;：:]")


def _heading_above(text: str, start: int) -> str | None:
    """The words of the nearest numbered heading line above ``start``, within ``LINES``
    lines (None if none)."""
    end = text.rfind("\n", 0, start)
    lines = 0
    while lines < LINES:
        if end <= 0:
            return None
        line_start = text.rfind("\n", 0, end) + 1
        line = text[line_start:end]
        found = _HEADING.fullmatch(line)
        if found:
            return found["words"]
        lines += bool(line.strip())  # a blank line between paragraphs is no line of words
        end = line_start - 1
    return None
