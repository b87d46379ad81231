"""Trial 63's budget notes the reader did not know for notes, their items read as spending or
revenue (``kinds.budgetnote``): 1287, a district court's note titled …2017年部门预算信息公开说明;
1273, an untitled note whose budget heading names the unit before its year (二、民盟丽水市委会
2015年部门预算安排情况说明); 1278, an undated note in traditional characters headed 二、預算安排
情況; 1290, an excerpt opening on its fourth section's heading (四、2017年部门预算收支情况). Each
is a budget note: its 收入 and 支出 are budgeted.
"""

from __future__ import annotations

from fictional_text import kinds
from govkg.ingest.kinds.budgetnote import budget_note_year, undated_budget_note
from govkg.ingest.text.simplified import simplified

TITLED = (
    "青岚区样例法院2035年部门预算信息公开说明\n"
    "一、部门职责\n"
    "青岚区样例法院是基层人民法院。\n"
    "二、支出预算情况\n"
    "支出预算中一般公共服务支出896万元,包括人员经费和日常公用经费。\n"
)


def test_a_note_titled_as_the_budgets_information_published_states_budgets():
    assert budget_note_year(TITLED) == 2035
    assert dict(kinds(TITLED))["896万元"] == "BUDGET"


def test_an_accounts_information_note_is_none():
    accounts = TITLED.replace("部门预算信息公开说明", "部门决算信息公开说明")
    assert budget_note_year(accounts) is None


NAMED = (
    "一、样例会概况\n"
    "(一)主要职能\n"
    "样例会是参政党的地方组织。\n"
    "二、样例会2035年部门预算安排情况说明\n"
    "(一)收入预算总体安排情况\n"
    "样例会2035年收入预算112.18万元。\n"
    "(二)支出预算总体安排情况\n"
    "1.按支出功能分类,包括一般公共服务支出98.27万元;社会保障和就业支出7.35万元。\n"
    "2.按支出用途分类,包括人员支出62.51万元,项目支出40.60万元。\n"
)


def test_a_budget_heading_naming_the_unit_before_its_year_makes_a_note():
    assert budget_note_year(NAMED) == 2035
    read = dict(kinds(NAMED))
    assert read["98.27万元"] == "BUDGET"
    assert read["40.60万元"] == "BUDGET"


def test_a_heading_of_another_thing_before_the_year_makes_none():
    other = NAMED.replace("2035年部门预算安排情况说明", "2035年工作安排情况说明")
    assert budget_note_year(other) is None
    accounts = NAMED + "三、2034年决算情况\n决算支出100万元。\n"
    assert budget_note_year(accounts) is None


UNDATED = (
    "一、基本情況\n"
    "樣例委主要職能是參政議政。\n"
    "二、預(yù)算安排情況\n"
    "預算總支出400萬元,其中:基本支出220萬元(工資福利支出191.58萬元、一般商品和服務支出28.42萬元);"
    "項目支出180萬元。\n"
)


def test_an_undated_note_headed_by_its_budgets_arrangement_states_budgets():
    assert undated_budget_note(simplified(UNDATED))  # the money rules read it simplified
    read = dict(kinds(UNDATED))
    assert read["191.58萬元"] == "BUDGET"
    assert read["28.42萬元"] == "BUDGET"


def test_an_undated_text_headed_by_an_arrangement_of_work_is_none():
    work = UNDATED.replace("二、預(yù)算安排情況", "二、工作安排情況")
    assert not undated_budget_note(simplified(work))
    assert dict(kinds(work))["191.58萬元"] != "BUDGET"


CUT = (
    "四、2035年部门预算收支情况\n"
    "2035年样例报社部门财务总收入1236.28万元,其中:一般公共预算1236.28万元。\n"
    "2035年部门预算总支出1236.28万元,其中:基本支出1236.28万元,项目支出0万元。\n"
    "1、工资福利支出529.21万元,占基本支出的42.81%。\n"
)


def test_an_excerpt_opening_on_a_budget_heading_is_a_note():
    assert budget_note_year(CUT) == 2035
    read = kinds(CUT)
    assert read[0] == ("1236.28万元", "BUDGET")
    assert dict(read)["529.21万元"] == "BUDGET"


def test_an_excerpt_opening_on_another_heading_or_a_heading_in_its_line_is_none():
    assert budget_note_year(CUT.replace("四、2035年部门预算收支情况", "四、2035年工作情况")) is None
    joined = CUT.replace("收支情况\n", "收支情况:")
    assert budget_note_year(joined) is None
