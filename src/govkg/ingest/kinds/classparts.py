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
BUDGET. Not where its words say more (工资福利支出决算数, 实际支出…: read by those words), not
after a total of another kind (a 决算 total's parts stay spending), and not outside a
list of parts (``money`` finds the total; ``totalparts`` shows it is theirs).
"""

from __future__ import annotations

import re

__all__ = ["class_named"]

_CLASS = re.compile(
    r"[\s、，,；;：:]*(?:其中|包括|包含)?[\s：:，,]*"
    r"(?:工资福利性?支出|商品和服务支出|对(?:个人和家庭|家庭和个人)的?补助(?:支出)?"
    r"|(?:其他)?资本性支出|对企业(?:的)?补助(?:支出)?|债务利息(?:及费用)?支出"
    r"|基本支出|项目支出|人员经费|公用经费)"
    r"\s*(?:为|是)?[\s：:]*"
)


def class_named(words: str) -> bool:
    """Whether ``words`` (a part's own words, up to its amount) are only the name of a
    class of spending (其中工资福利性支出, 、商品和服务支出, 对个人和家庭的补助)."""
    return _CLASS.fullmatch(words) is not None
