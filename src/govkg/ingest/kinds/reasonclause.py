"""An amount in the reason given for a change is what the reason names, not the change
(thirty-second trial).

A 三公 note explains why a fee fell:

    公务用车购置及运行维护费支出减少的主要原因是2016年购置2辆公务用车19.44万元,而2017年没有购置

The nearest money word before the figure is the 减少 of the change, so it was read as a
CHANGE. But the words after 主要原因是 state another fact: what was bought in the year
compared with, an amount of money spent (SPENDING). An amount whose own words end in a
reason clause (增加/减少/下降…的主要原因是/为/系…) is read by the words of that clause alone:
their kind word where they have one (…原因是上年预算安排…: a budget), else SPENDING where they
name an act of spending (购置, 购买, 采购, 维修, 举办, 召开, 支付…). Where the reason names a
change of its own (原因是人员经费减少5万元) or no act at all, the change is kept.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from govkg.ingest.text.lastmatch import last as _last

__all__ = ["reason_clause_kind"]

_REASON = re.compile(
    r"(?:增加|减少|增长|下降|压减|变动|变化)的?(?:主要)?原因(?:是|为|系|在于|主要是)[：:]?"
)
_SPENT = re.compile(r"购置|购买|新购|更新|采购|维修|改造|举办|召开|开展|支付|出访|接待")
"""Acts whose amount is money spent."""


def reason_clause_kind(
    own: str, kind: str | None, kind_of: Callable[[str], str | None]
) -> str | None:
    """The kind the reason clause the amount's own words end in names (the rule above);
    else ``kind``."""
    if kind != "CHANGE":
        return kind
    found = _last(_REASON, own, 0, len(own))
    if found is None:
        return kind
    why = own[found.end() :]
    said = kind_of(why)
    if said is not None:
        return said  # 原因是上年预算安排…: its own word; 原因是…减少5万元: still a change
    return "SPENDING" if _SPENT.search(why) else kind
