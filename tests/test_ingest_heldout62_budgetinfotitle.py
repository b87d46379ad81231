"""Trial 62's 1256: a school's budget note titled as its 预算信息 (沂水县第二中学2022年经费预算信息:
①部门组织收入 … ②可支配收入 … ③部门支出用途。支出预算…万元): a department's budget note under
another name, accepted and filed with the accounts by its title (``document.budgetinfotitle``)
and read as a budget note (``kinds.budgetnote``): its 收入 and 支出 budgeted, not received or
spent. A line that does not end on the words after a year is no such title.
"""

from __future__ import annotations

import pytest

from fictional_text import document, kinds
from govkg.core.errors import IngestError
from govkg.ingest.kinds.budgetnote import budget_note_year

BODY = (
    "①部门组织收入。所有资金都应纳入本部门财务集中核算。\n"
    "——部门收入120.50万元。学费等收入100万元。\n"
    "②可支配收入900.50万元。\n"
    "——预算补助780万元。其中人员经费700万元。\n"
    "③部门支出用途。支出预算900.50万元。\n"
    "B、部门公用经费80万元。\n"
)
NOTE = "青岚县样例中学2035年经费预算信息\n" + BODY


def test_a_years_budget_info_title_is_a_budget_note():
    read = document(NOTE)
    assert read.genre == "部门决算"
    assert read.unit == "青岚县样例中学"
    assert read.year == 2035
    assert budget_note_year(NOTE) == 2035
    read_kinds = dict(kinds(NOTE))
    for written in ("120.50万元", "900.50万元", "780万元", "80万元"):
        assert read_kinds[written] == "BUDGET", written


def test_budget_info_not_after_a_year_or_going_on_is_no_title():
    column = "预算信息公开\n" + BODY
    with pytest.raises(IngestError):
        document(column)
    sentence = "青岚县样例中学公布2035年经费预算信息,请查阅。\n" + BODY
    with pytest.raises(IngestError):
        document(sentence)
    assert budget_note_year(sentence) is None
