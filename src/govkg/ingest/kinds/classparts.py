"""A part named by its class of spending has the kind of the budget it is a part of
(nineteenth trial).

A whole-department report states the approved budget and its parts by economic class:

    预算批复基本支出为2411.77万元,其中工资福利性支出1358.23万元、商品和服务支出652.07万元、
    对个人和家庭的补助401.47万元。

工资福利支出, 商品和服务支出, 对个人和家庭的补助 are the classes of the government's economic
classification of spending: they name what the money is for, as 基本支出 / 项目支出 do, not
that it was spent. Under 其中 after a budget they are parts of that budget; read by the
支出 of their names, an approved budget would pass for money spent. So a part under 其中
whose own words are only such a class name takes its total's kind where that total is a
BUDGET. So also after a total of money received (twenty-ninth trial): 实际到位资金
3,011,525.72元(其中基本支出:2,661,525.72元、项目支出350,000.00元) splits what arrived by its
use, and a part of money received is money received, REVENUE. Not where its words say
more (工资福利支出决算数, 实际支出…: read by those words), not
after a total of another kind (a 决算 total's parts stay spending), and not outside a
list of parts (``money`` finds the total; ``totalparts`` shows it is theirs).

A budget chain states the split in a bracket right after the total, without 其中 (twenty-first
trial): 年初预算批复14818万元(基本支出9896万元、项目支出4922万元), 全年预算17552.27万元(基本支出
11245.31万元、项目支出6306.96万元). The first part was read by the head before it; the second's
words reached back only to the first part and read its 支出 (``class_in_bracket``). A part
there is a budget where the total right before the bracket is one, every amount in the bracket
is named by a class alone, and they add up to the total to the yuan (Decimal): then the
bracket is shown to hold the total's split. A bracket after a total spent (决算支出…(基本支出…))
or parts that do not add up keep their reading.
"""

from __future__ import annotations

import re
from decimal import Decimal

from govkg.ingest.text.amounts import amounts

__all__ = ["CLASSES", "class_in_bracket", "class_named"]

CLASSES = (
    r"工资福利性?支出|商品和服务支出|对(?:个人和家庭|家庭和个人)的?补助(?:支出)?"
    r"|(?:其他)?资本性支出|对企业(?:的)?补助(?:支出)?|债务利息(?:及费用)?支出"
    r"|基本支出|项目支出|人员经费|公用经费"
)
"""The classes of spending by their names (economic classification, 基本 / 项目)."""
_CLASS = re.compile(
    rf"[\s、，,；;：:]*(?:其中|包括|包含)?[\s：:，,]*(?:{CLASSES})\s*(?:为|是)?[\s：:]*"
)


def class_named(words: str) -> bool:
    """Whether ``words`` (a part's own words, up to its amount) are only the name of a
    class of spending (其中工资福利性支出, 、商品和服务支出, 对个人和家庭的补助)."""
    return _CLASS.fullmatch(words) is not None


_OPEN = re.compile(r"[（(]")
_CLOSE = re.compile(r"[）)]")
_TOTAL_GAP = re.compile(r"[\s，,]*")
REACH = 120  # characters before the amount in which its bracket opens


def class_in_bracket(
    text: str, start: int, kind: str | None, kinds: list[tuple[int, str | None]]
) -> str | None:
    """BUDGET for a SPENDING amount at ``start`` that is a class-named part in a bracket
    right after a BUDGET total its parts add up to (see above); else ``kind``. ``kinds``:
    (end, kind) of each amount before it."""
    if kind != "SPENDING":
        return kind
    opened = _bracket_open(text, start)
    if opened is None:
        return kind
    total = next((k for end, k in kinds if _TOTAL_GAP.fullmatch(text, end, opened)), None)
    closed = _CLOSE.search(text, start)
    if total != "BUDGET" or closed is None:
        return kind
    before = list(amounts(text[max(0, opened - 40) : opened]))
    inside = list(amounts(text[opened + 1 : closed.start()]))
    if not before or len(inside) < 2:
        return kind
    words = text[opened + 1 : closed.start()]
    cut = 0
    for part in inside:
        if not class_named(words[cut : part.start]):
            return kind
        cut = part.end
    if words[cut:].strip() or sum((p.yuan for p in inside), Decimal(0)) != before[-1].yuan:
        return kind
    return "BUDGET"


def _bracket_open(text: str, start: int) -> int | None:
    """Where the bracket the amount at ``start`` stands in opens, on its line and clause."""
    low = max(0, start - REACH)
    for at in range(start - 1, low - 1, -1):
        char = text[at]
        if _OPEN.match(char):
            return at
        if _CLOSE.match(char) or char in "。；;\n":
            return None
    return None
