"""What a carry-over is said to include is carried over (trial 54).

A 决算 note explains why its year-end carry-over fell by what last year's held (trial 54's 948):

    2020年度年末结转和结余1.11万元,较上年决算数减少150.07万元,下降99.3%,主要原因是上年度结转
    包含小贷工作奖补经费149万元。

The nearest money word before 149万元 is the 经费 of the fund's name, so it was read as spending.
But the figure is the part of the carry-over (结转, 结余, 结转和结余) its own words say it
included (包含 / 包括 / 含): money carried over, CARRY_OVER. Read so only where the fund's name
between 包含 and the figure names no act on the money (支出, 支付, 使用, 拨付, 执行: 结余包括已
支付的…) and no kind but a fund's or fee's name (…经费, …费用); a carry-over that includes
nothing said so, a 收入 包括… (``revenueinclusion``'s) and an item of a fund's composition
(…资金包括…: ``partkinds``) keep their readings.
"""

from __future__ import annotations

import re
from collections.abc import Callable

__all__ = ["carry_included_kind"]

_INCLUDED = re.compile(
    r"(?:结转和结余|结转结余|结转|结余)(?:资金)?中?(?:主要)?(?:包含|包括|含)(?:了|有)?"
    r"(?P<name>[^，,。；;：:、\d]{1,30}?)(?:共计?|合计)?[为是]?\s*$"
)
_ACT = re.compile(r"支出|支付|使用|拨付|执行|减少|增加")


def carry_included_kind(
    own: str, kind: str | None, kind_of: Callable[[str], str | None]
) -> str | None:
    """CARRY_OVER for a fund a carry-over is said to include (see above); else ``kind``."""
    if kind in ("CARRY_OVER", "PRICE_OR_RATE"):
        return kind
    found = _INCLUDED.search(own)
    if found is None or _ACT.search(found["name"]):
        return kind
    if kind_of(found["name"]) not in (None, "SPENDING"):
        return kind
    return "CARRY_OVER"
