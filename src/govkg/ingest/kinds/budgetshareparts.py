"""Parts named as spending whose amounts add up to a budget stated just before them, each with
its share of it, are that budget's parts: BUDGET (trial 61's 1203).

A news item on a body's published budget may say how the year's appropriation is spread over
the classes of spending, by example, after stating it:

    上述2023年一般公共预算当年拨款67524.50万元,比2022年执行数减少11006.71万元,…体现在有关
    支出科目中。比如,文化旅游体育与传媒支出62722.85万元,占比92.89%;社会保障和就业支出
    4801.65万元,占比7.11%。

Each class ends on 支出 and reads as spending; but nothing was spent: the classes divide the
budget (1203, 故宫博物院's 2023 budget in a news item in traditional characters). Read so only
where the arithmetic says it: two parts or more in one sentence, each read SPENDING with a
share naming no base (占比), the shares adding up to 100 (within the places they are written
to), none of them 0, and their amounts adding up exactly to the nearest figure of that sum
before them, within ``REACH`` characters, read BUDGET. Parts adding up to no budget, to one
only roughly, to a sum spent stated after the budget (a 三公 决算 note whose 决算 total equals
its budget: the corpus's 330, 331), or shares short of the whole keep their reading.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from decimal import Decimal

__all__ = ["budget_share_parts"]

REACH = 600  # characters before the first part in which the budget is looked for


def _start(amount) -> int:
    return amount.cites[0].end - len(amount.as_written) if amount.cites else 0


def budget_share_parts(found: Iterable) -> list:
    """``found`` (``money.MoneyFound``) in order, the parts of a budget read as it (above)."""
    money = list(found)
    groups: dict[int, list[int]] = {}
    for at, amount in enumerate(money):
        share = getattr(amount, "share", None)
        if share is not None and amount.kind == "SPENDING" and not share.base.strip():
            groups.setdefault(share.sentence, []).append(at)
    for parts in groups.values():
        if len(parts) < 2 or not _whole(money, parts):
            continue
        for at in parts:
            money[at] = replace(money[at], kind="BUDGET")
    return money


def _whole(money: list, parts: list[int]) -> bool:
    """Whether the parts' shares make a whole and their amounts a budget read before them."""
    shares = [Decimal(money[at].share.percent) for at in parts]
    places = max(-share.as_tuple().exponent for share in shares)
    if abs(sum(shares) - 100) > len(shares) * Decimal(1).scaleb(-places) / 2:
        return False
    if any(not money[at].amount for at in parts):
        return False  # 0.00元: a part of anything
    total = sum(money[at].amount for at in parts)
    first = _start(money[parts[0]])
    for at in range(parts[0] - 1, -1, -1):
        if first - _start(money[at]) > REACH:
            return False
        if money[at].amount == total:  # the nearest of that sum: the budget, not one spent
            return money[at].kind == "BUDGET"
    return False
