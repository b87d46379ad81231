"""A class of spending named inside a budget (该部门2015年财政拨款支出预算中的项目支出14743.51万元:
trial 55's 997, a news item on a province's departments' budget notes, read as spent by its
项目支出) is the budget's, as 部门预算项目支出 is (``kindwords``); a class of a 一般公共预算 and
a spending said of the budget keep their readings. Test material, fictional."""

from __future__ import annotations

from govkg.ingest.document.report import Given
from govkg.ingest.extract import extract


def read(text: str, title: str = "样例厅2031年部门预算情况说明") -> list[tuple[str, str | None]]:
    found = extract(text, "fictional.txt", Given(title=title)).money
    return [(m.as_written, m.kind) for m in found]


def test_the_project_class_inside_a_departments_budget():
    text = "比如,样例厅预算说明表明,该部门2031年财政拨款支出预算中的项目支出5210.3万元。\n"
    assert read(text) == [("5210.3万元", "BUDGET")]


def test_the_basic_class_inside_the_budget_without_de():
    text = "样例局2031年部门预算中基本支出820万元,用于保障机构正常运转。\n"
    assert read(text) == [("820万元", "BUDGET")]


def test_a_general_public_budgets_project_class_stays_spent():
    text = "2030年一般公共预算中的项目支出312.4万元,主要用于业务工作。\n"
    assert read(text, "样例局2030年度部门决算") == [("312.4万元", "SPENDING")]


def test_money_spent_of_the_budget_stays_spent():
    text = "截至年底,2031年预算中已支出45万元。\n"
    assert read(text, "样例局2031年项目支出绩效自评报告") == [("45万元", "SPENDING")]
