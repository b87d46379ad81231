"""Money spent on a purchase is spending, whatever the purchase's noun (twenty-first trial).

A project report says what the fund went to:

    2018年累计支出防火物资采购9.50万元,森林防火宣传资料印刷费用7.75万元

The nearest money word is the 采购 of 防火物资采购, which alone (采购5万元) says nothing of
the money's kind; but 支出 is the verb of the amount's own segment, and what follows it
names what the money was spent on. An amount read OTHER only by a 采购 or 金额 after a
verb of spending (支出, 支付, 开支, 花费, 使用) in its own segment is SPENDING, where no word
between the verb and the amount names another kind once those nouns are left out, and no
word before the verb names one but spending (计划支出…采购: a plan; 预算支出…: a budget).
Not a 政府采购 figure (a contract sum, ``prosekinds.procurement``), and not 支出 inside a
name (支出绩效: the report's subject).
"""

from __future__ import annotations

import re
from collections.abc import Callable

__all__ = ["spent_on_kind"]

_SEGMENT_CUT = re.compile(r"[，,：:；;。\n]")
_SPENT = re.compile(r"支出(?!绩效|预算|决算|结构)|(?<!转移)支付|开支|花费|使用")
_PURCHASE = re.compile(r"采购|金额")
"""What the spending was for (物资采购) or how much of it (金额): no kind of its own."""


def spent_on_kind(own: str, kind: str | None, kind_of: Callable[[str], str | None]) -> str | None:
    """SPENDING for an amount whose own segment spends it on a purchase (see above); else
    ``kind``. ``own``: the amount's own words before it."""
    if kind != "OTHER":
        return kind
    cuts = list(_SEGMENT_CUT.finditer(own))
    segment = own[cuts[-1].end() :] if cuts else own
    if "政府采购" in segment:
        return kind  # 支出政府采购…: a contract sum, read by its own rule
    verbs = list(_SPENT.finditer(segment))
    if not verbs:
        return kind
    verb = verbs[-1]
    after = segment[verb.end() :]
    if not _PURCHASE.search(after) or kind_of(_PURCHASE.sub("", after)) is not None:
        return kind
    if kind_of(segment[: verb.start()]) not in (None, "SPENDING"):
        return kind  # 计划支出…采购: a plan, read by its word
    return "SPENDING"
