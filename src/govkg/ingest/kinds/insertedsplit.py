"""A figure a spam mirror's inserted words split in two: both pieces listed, unread.

A spam mirror copies a news item and writes advertising words into it wherever it
likes: inside a name (記者吳廣辦公室出租宇), inside a word (各區票貼縣曬三公), or
inside a figure. Trial 57's 1077 (a 南都 item on Guangzhou's districts' 2012 三公
accounts) writes 番禺's fall in reception costs, 1293.96萬 by its own 22.73%, as
``比上年減少129房屋貸款3.96萬``. Read as written, 3.96萬 is an amount the text does
not state, and 129 is lost (no unit word); reading 1293.96萬 would read across the
mirror's words.

So where a clause's money word (減少, 支出, 预算…) is followed at once by a bare whole
number (no unit, no point), then at once by two to six characters that are no measure
word, no date and no money word (房屋貸款), then at once by a figure with its point and
its unit, both pieces are listed unread, saying so, as ``pagesplit`` lists a figure a
sharing site's page marker splits: the first in the second's unit (its yuan is not
stated), the second never read. A count (减少3辆…), a year (2016全年收入预算…), an
enumerator (1、财政拨款…), words naming money (资金, 经费, 预算…: 下达129个村资金3.96万元
is a count and a fund) or a clause with no money word before the first piece are not
this pattern.

The second piece may be a whole number (trial 63's 1289, another spam copy of a Guangzhou 三公
item: 其中:因公出國(境)費用56借款3萬元, the 563萬元 its parts sum to): 3萬元 is no more an amount
the text states than 3.96萬 is.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace

from govkg.ingest.facts import cite
from govkg.ingest.kinds.amountlabel import REACH
from govkg.ingest.kinds.kindwords import kind_of
from govkg.ingest.kinds.money import MoneyFound
from govkg.ingest.text.lastmatch import last
from govkg.ingest.text.numbers import yuan
from govkg.ingest.text.simplified import simplified
from govkg.ingest.text.textview import TextView

__all__ = ["inserted_split"]

RULE = "money-figure"
_MEASURE = (
    "个项家人次元万亿年月日号批辆台套件名所户村镇乡天期座条处笔张份本册亩公里米吨倍成岁周届"
    "类级组团场轮间栋层分秒时"
)
_SPLIT = re.compile(
    r"(?<![\d.,])(?P<head>\d{1,6})(?P<words>[\u4e00-\u9fff]{2,6})"
    r"(?P<tail>\d[\d,]*(?:\.\d+)?)\s*(?P<unit>万元|亿元|元|万|亿)"
)
_MONEY_NAMED = re.compile(r"资金|经费|费|预算|支出|收入|金额|元|万|亿")
_YEAR = re.compile(r"(?:19|20)\d\d")
_CLAUSE_END = re.compile(r"[。；;！？!?\n，,：:、]")
_UNIT = {"万": "万元", "亿": "亿元"}
REASON = (
    "a figure the mirror's inserted words {words} split ({head} … {tail}): its digits go on "
    "after the words, so neither piece states an amount; not read"
)


def inserted_split(
    view: TextView, found: Iterable[MoneyFound], year: int | None
) -> list[MoneyFound]:
    """``found`` with each figure inserted words split listed as its two pieces, unread."""
    out = list(found)
    text = simplified(view.text)
    for split in _SPLIT.finditer(text):
        words = split["words"]
        if words[0] in _MEASURE or _MONEY_NAMED.search(words) or kind_of(words):
            continue
        if _YEAR.fullmatch(split["head"]):
            continue  # 2016全年收入预算726.29万元: a year, then the clause
        clause = _clause_start(text, split.start())
        before = text[clause : split.start()]
        if not before.strip() or kind_of(before) is None:
            continue  # no money word right before the first piece: not a cut figure
        tail = split["tail"] + split["unit"]
        reason = REASON.format(words=words, head=split["head"], tail=tail)
        tail_start = view.span(split.start("tail"), split.end("unit"))[0]
        out = [
            replace(m, kind=None, reason=reason, label=m.label)
            if m.cites[0].end - len(m.as_written) == tail_start
            else m
            for m in out
        ]
        unit = _UNIT.get(split["unit"], split["unit"])
        out.append(
            MoneyFound(
                rule=RULE,
                cites=(cite(view, clause, split.end("head")),),
                amount=yuan(split["head"], unit),
                figure=split["head"],
                unit=unit,
                as_written=cite(view, split.start("head"), split.end("head")).quote,
                kind=None,
                label=before.strip() or None,
                year=year,
                reason=reason,
            )
        )
    return out


def _clause_start(text: str, at: int) -> int:
    found = last(_CLAUSE_END, text, max(0, at - REACH), at)
    return found.end() if found else max(0, at - REACH)
