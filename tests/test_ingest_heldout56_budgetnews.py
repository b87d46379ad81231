"""Trial 56's 1032: a news item on one year's 三公 budgets states its figures as budgets, even
where a figure's clause names the 三公 or its cars as spending (``threepublic.budgetnews``)."""

from __future__ import annotations

from fictional_text import kinds

ROUNDUP = (
    "数据\n"
    "从查询的数据看,2035年三公经费预算总额多为2亿至4亿元。\n"
    "其中,青岚省三公经费在查询的省份中最高,达5.1亿元。\n"
    "从各省份的情况看,公车支出额度最高。9个省份公车支出总额为20.5亿元。\n"
)


def test_a_budget_roundup_s_三公_figures_are_budgets():
    read = dict(kinds(ROUNDUP))
    assert read["5.1亿元"] == "BUDGET"
    assert read["20.5亿元"] == "BUDGET"
    assert "SPENDING" not in read.values()


def test_the_same_roundup_in_traditional_characters_reads_the_same():
    traditional = ROUNDUP.replace("三公经费预算", "三公經費預算").replace("公车支出", "公車支出")
    assert dict(kinds(traditional))["20.5亿元"] == "BUDGET"


def test_a_roundup_that_also_states_money_spent_keeps_its_spending():
    spent = ROUNDUP + "青岚省2034年决算三公经费支出4.8亿元。\n"
    assert ("20.5亿元", "SPENDING") in kinds(spent)


def test_a_lead_naming_no_budget_changes_nothing():
    text = ROUNDUP.replace("2035年三公经费预算总额", "2035年三公经费总额")
    assert ("20.5亿元", "SPENDING") in kinds(text)


def test_a_figure_whose_clause_names_another_year_keeps_its_reading():
    text = ROUNDUP.replace("9个省份公车支出总额", "2033年9个省份公车支出总额")
    assert ("20.5亿元", "SPENDING") in kinds(text)
