"""Trial 62's 1241 (a county's bamboo-industry fund evaluated by a firm): 2016 年县财政预算安排
200 万元,经…同意,重点支持…基地 65万元 (其中…)、…雕塑 50万元、设备科研经费 (…)20 万元、…评选
35 万元、…. Pattern: the uses a budget is split into, listed after it in its sentence with 、 and
adding up to it exactly (brackets of a use's own parts left out), are the budget's shares
(``kinds.budgetsplit``); before, the 经费 of one use's name made the rest spent and the first was
unread. Not a list adding up to no budget, not uses cut by commas (预算…,发放…,结余…: the
corpus's 397), not a use said spent. Test material, fictional."""

from __future__ import annotations

from fictional_text import kinds

TITLE = "青岚区2035年度样例产业引导资金绩效评价报告\n一、项目概况\n"
SPLIT = TITLE + (
    "2035 年区财政预算安排 100 万元,经区政府常务会议同意,重点支持青岚茶园 40万元 (其中肥料 "
    "30万元、道路 10万元 )、样例馆布展 25万元、设备研发经费 (茶叶加工 )20 万元、评选活动 15 万元。\n"
)


def test_the_uses_a_budget_is_split_into_are_budgeted():
    assert [k for _, k in kinds(SPLIT)] == ["BUDGET"] * 7


def test_uses_adding_up_to_no_budget_keep_their_reading():
    text = SPLIT.replace("评选活动 15 万元", "评选活动 16 万元")
    assert dict(kinds(text))["20 万元"] == "SPENDING"  # the 经费 of its name, as before


def test_uses_cut_by_commas_or_said_spent_are_no_shares():
    cut = TITLE + "2035年年初预算区级资金100万元,随月发放80万元,结余20万元。\n"
    assert dict(kinds(cut))["80万元"] != "BUDGET"
    spent = SPLIT.replace("评选活动 15 万元", "评选活动已支出 15 万元")
    assert dict(kinds(spent))["15 万元"] == "SPENDING"
