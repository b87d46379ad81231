"""Trial 60's 1163, a news item setting a district's 三公 accounts beside its budget: the
budget's paragraph opens on …“三公经费”预算安排情况: and states its figures as spending
(``threepublic.budgetintro``: BUDGET); the comparison's 节约“三公经费”… and 节约金额… are savings
(``kindwords``), not spending and not a bare 金额.
"""

from __future__ import annotations

from fictional_text import kinds

NEWS = (
    "青岚区公布2035年“三公”决算\n"
    "近日,青岚区公布了该区2035年“三公经费”决算情况。\n"
    "公示显示:2035年青岚区财政拨款“三公经费”决算总数180.5万元,其中:因公出国经费决算0万元;"
    "公务用车购置及运行经费决算160.2万元;公务接待经费决算20.3万元。\n"
    "记者查询去年年底青岚区财政局公布的2035年“三公经费”预算安排情况:2035年青岚区本级公共预算财政"
    "“三公经费”支出总额为196.4万元。其中:因公出国(境)费用0万元;公务接待费24万元;"
    "公务用车购置及运行维护费172.4万元,包括公务用车购置费30万元、公务用车运行及维护费142.4万元。\n"
    "预算和决算相比,记者计算得出:青岚区2035年节约“三公经费”15.9万元,其中公车节约最多,"
    "节约金额12.2万元;公务接待节约3.7万元。\n"
)


def test_figures_after_an_opening_on_the_three_public_budget_are_budgets():
    read = kinds(NEWS)
    for figure in ("196.4万元", "24万元", "172.4万元", "30万元", "142.4万元"):
        assert (figure, "BUDGET") in read
    assert read[5] == ("0万元", "BUDGET")


def test_the_accounts_paragraph_keeps_its_spending():
    read = kinds(NEWS)
    for figure in ("180.5万元", "160.2万元", "20.3万元"):
        assert (figure, "SPENDING") in read
    assert read[1] == ("0万元", "SPENDING")


def test_savings_named_with_their_object_or_sum_are_savings():
    read = dict(kinds(NEWS))
    assert read["15.9万元"] == "SAVING"
    assert read["12.2万元"] == "SAVING"
    assert read["3.7万元"] == "SAVING"


def test_an_opening_with_spending_words_after_its_colon_is_no_budget():
    spent = NEWS.replace("预算安排情况:2035年", "预算安排情况:实际执行中,2035年")
    assert dict(kinds(spent))["196.4万元"] == "SPENDING"
    no_colon = NEWS.replace("预算安排情况:", "预算安排情况,而")
    assert dict(kinds(no_colon))["196.4万元"] == "SPENDING"
