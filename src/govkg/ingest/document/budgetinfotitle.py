"""Title words of a unit's budget note published as its 预算信息 (trial 62's 1256).

A county school publishes its year's budget as "沂水县第二中学2022年经费预算信息": its revenue by
source (①部门组织收入, ②可支配收入) and its spending plan item by item (③部门支出用途, 三公经费
among them), a department's budget note under another name, filed with the accounts as the
corpus files its 部门预算说明 (``report``'s ``_ACCOUNTS``). Only a line ending on the words,
right after the year (2022年经费预算信息, 2022年度预算信息), is such a title: a site's
column (预算信息公开, 财政预算信息) has no year before it, and a sentence goes on after them.
"""

from __future__ import annotations

__all__ = ["BUDGET_INFO_TITLE"]

BUDGET_INFO_TITLE = (
    r"(?:(?<=年)|(?<=年度))\s*(?:经\s*费\s*)?预\s*算\s*信\s*息(?=[ \t\u3000|]*(?:\n|$))"
)
