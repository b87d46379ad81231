"""A fund's sum named only by a bare 金额, stated again with the fund's name in words of one
kind, has that kind.

A project evaluation opens on the fund's overview, its sum under a heading that names no
kind, and states the same sum later as what it is (trial 51's 814):

    (二)项目金额:2021年1月-10月外贸进出口奖励专项资金项目共计943.23万元。
    …2021年1月-10月外贸进出口奖励专项资金预算资金为943.23万元,实际支出926.12万元…

金额 alone names a sum of something (OTHER), and the labels differ, so ``prosekinds``'s
restated rule (same label, same figure) did not reach it. But the same figure of the same
fund, named by the fund's full name (外贸进出口奖励专项资金, six characters or more, ending on
资金 / 经费 / 补助), is the budget the text states there. Read so only where the amount was
read OTHER by a bare 金额 (its sentence's words name no other kind once 金额 is taken out),
and every other amount of that figure whose label names the fund was read, all of one kind
that is not OTHER; a 评价项目金额 naming no fund (the corpus's 89), figures that differ, a
fund named by 资金 alone and readings that disagree keep it OTHER.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace

from govkg.ingest.text.amounts import PINYIN
from govkg.ingest.text.simplified import simplified

__all__ = ["restated_sums"]

_SENTENCE_END = re.compile(r"[。；;！？!?\n]")
_BARE = re.compile(r"(?:项目|总)?金额")
_FUND = re.compile(r"[\u4e00-\u9fff]{4,}?(?:资金|经费|补助)")
_DATE_CHARS = re.compile(r"^[年月日度]+")
REACH = 120  # characters before the amount in which its sentence's start is looked for


def restated_sums(source: str, found: Iterable, kind_of: Callable[[str], str | None]) -> Iterator:
    """``found`` (``money.MoneyFound``) in order, a bare 金额's fund sum read with the one
    kind the text gives the same fund's same figure elsewhere (see above)."""
    money = list(found)
    for amount in money:
        if amount.kind == "OTHER" and (fund := _fund_of(amount)) and _bare(source, amount, kind_of):
            read = {
                other.kind
                for other in money
                if other is not amount
                and other.amount == amount.amount
                and other.kind is not None
                and fund in simplified(other.label or "")
            }
            if len(read) == 1 and "OTHER" not in read:
                amount = replace(amount, kind=next(iter(read)), reason=None)
        yield amount


def _fund_of(amount) -> str | None:
    """The fund's full name the amount's label gives (外贸进出口奖励专项资金), or None."""
    for run in re.findall(r"[\u4e00-\u9fff]+", simplified(amount.label or "")):
        named = _FUND.search(_DATE_CHARS.sub("", run))
        if named and len(named.group()) >= 6:
            return named.group()
    return None


def _bare(source: str, amount, kind_of: Callable[[str], str | None]) -> bool:
    """Whether the amount's sentence names it by a bare 金额 alone."""
    if not amount.cites:
        return False
    start = amount.cites[0].end - len(amount.as_written)
    low = max(0, start - REACH)
    ends = list(_SENTENCE_END.finditer(source, low, start))
    words = PINYIN.sub("", simplified(source[ends[-1].end() if ends else low : start]))
    return bool(_BARE.search(words)) and kind_of(_BARE.sub("", words)) is None
