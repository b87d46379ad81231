"""The spending side of a pair, not a part of the revenue before it (forty-fifth trial).

A project report states what came in and what went out, one after the other:

    项目收入65万元,项目支出65万元

项目支出 is a class of spending, and after a total of revenue such a class is read as that
total's part (``kindwords.kind_in``: 收入…其中基本支出…). Here it is no part: its words
mirror the revenue's own (项目收入 / 项目支出, 基本收入 / 基本支出), the other side of the
same account. Where the class's prefix is the very prefix of the revenue word last named
before it, the class word is read as written, SPENDING.
"""

from __future__ import annotations

import re

__all__ = ["mirrors_revenue"]

_CLASS = re.compile(r"[\s,，、；;]*(?P<prefix>项目|基本)支出[为是：:]?\s*$")
_REVENUE = re.compile(r"(?P<prefix>项目|基本)?收入")


def mirrors_revenue(own: str, head: str) -> bool:
    """Whether ``own`` (an amount's own words) is only 项目支出 / 基本支出 and the last 收入
    named in ``head`` (the words before them) carries the same prefix (项目收入)."""
    found = _CLASS.fullmatch(own)
    if found is None:
        return False
    revenues = list(_REVENUE.finditer(head))
    return bool(revenues) and revenues[-1]["prefix"] == found["prefix"]
