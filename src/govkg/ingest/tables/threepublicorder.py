"""Whether a 三公 note's own words name a grid's sub-columns in another order than its heads.

A 预算表 flattened one cell a line may head its sub-columns 公务用车购置费 | 公务用车运行费
while the note under it says 公务用车运行费50万元 … 公务用车购置费25万元 of the cells 50 | 25
(twenty-sixth trial's 333). The cells' kind and sums still hold, but which sub-column each
stands under the text states two ways: neither is taken, and each such cell is labelled a
part of its 小计 without naming which.
"""

from __future__ import annotations

import re
from decimal import Decimal

__all__ = ["order_contradicted"]

_STATED = r"(?:支出)?(?:预算|决算)?数?(?:为|是)?(?P<fig>\d{{1,9}}(?:\.\d{{1,6}})?)万?元"


def order_contradicted(text: str, children: list[str], values: list[Decimal]) -> bool:
    """True where the text states a sub-column's figure that is not its cell's but another
    sub-column's (``children`` the heads, ``values`` their cells, in order)."""
    plain = re.sub(r"\s+", "", text)
    for head, value in zip(children, values, strict=True):
        for stated in re.finditer(re.escape(head) + _STATED.format(), plain):
            figure = Decimal(stated["fig"])
            if figure != value and figure in values:
                return True
    return False
