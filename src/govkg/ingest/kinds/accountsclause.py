"""A figure of the accounts whose fund is named 一般公共预算 is spent, not budgeted
(forty-fifth trial).

A 决算 note states the 三公 figure of the year's accounts:

    2016年部门决算情况一般公共预算安排“三公”经费数为0万元。

一般公共预算 here names the account the money came from (the general public budget, as
政府性基金预算 names another), and 安排 what it was arranged for; the clause opens on the
部门决算, the accounts as they came out, so the figure is what was spent. An amount read
BUDGET whose own clause opens on a (year's) 决算 and whose words, once 一般公共预算(财政拨款)
(安排) is left out, read SPENDING is SPENDING. Not a clause that opens on the budget
(2016年部门预算一般公共预算安排…经费预算合计为…: a budget), and not where another budget
word remains (决算情况…年初预算…: read by it).
"""

from __future__ import annotations

import re
from collections.abc import Callable

__all__ = ["accounts_clause_kind"]

_OPENS_ON_ACCOUNTS = re.compile(r"[\s，,]*(?:20\d\d\s*年度?)?(?:部门|单位|本部门|本单位)?决算")
_FUND_ACCOUNT = re.compile(r"一般公共预算(?:财政拨款)?(?:安排)?")


def accounts_clause_kind(
    own: str, kind: str | None, kind_of: Callable[[str], str | None]
) -> str | None:
    """SPENDING for a BUDGET amount whose clause (``own``) opens on a 决算 and whose only
    budget word is the 一般公共预算 account it came from (see above); else ``kind``."""
    if kind != "BUDGET" or not _OPENS_ON_ACCOUNTS.match(own) or not _FUND_ACCOUNT.search(own):
        return kind
    return "SPENDING" if kind_of(_FUND_ACCOUNT.sub("", own)) == "SPENDING" else kind
