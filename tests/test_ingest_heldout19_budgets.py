"""Budget approvals read as spending, the nineteenth held-out trial's class (texts 235, 238,
240): each rule held on fictional text, with the cases it must not fire on."""

from __future__ import annotations

from fictional_text import kinds
from govkg.ingest.kinds.classparts import class_named

WHOLE = "2019年度青岚市住房和城乡建设局部门整体支出绩效自评报告\n二、一般公共预算支出情况\n"
ACCOUNTS = "青岚市某某协会\n2020年度部门决算情况说明\n"
PROJECT = "青岚市科学技术局2021年度项目支出绩效自评报告\n"


# -- an approved budget's 支出 is a budget, and its parts by class take its kind ---------------


def test_the_spending_an_approval_states_is_a_budget_and_so_are_its_class_parts():
    text = WHOLE + (
        "2019年初财政对我局预算批复的总支出为9531.47万元,预算批复基本支出为1411.77万元,"
        "其中工资福利性支出758.23万元、商品和服务支出252.07万元、对个人和家庭的补助401.47万元。\n"
    )
    assert kinds(text) == [
        ("9531.47万元", "BUDGET"),
        ("1411.77万元", "BUDGET"),
        ("758.23万元", "BUDGET"),
        ("252.07万元", "BUDGET"),
        ("401.47万元", "BUDGET"),
    ]


def test_the_class_parts_of_a_budget_are_its_parts_past_its_own_change():
    text = WHOLE + (
        "预算批复基本支出为1411.77万元,比上年增加100万元,其中工资福利支出758.23万元、"
        "商品和服务支出653.54万元。\n"
    )
    assert kinds(text) == [
        ("1411.77万元", "BUDGET"),
        ("100万元", "CHANGE"),
        ("758.23万元", "BUDGET"),
        ("653.54万元", "BUDGET"),
    ]


def test_the_parts_of_a_final_account_stay_spending_in_either_order_of_the_grant_class():
    text = WHOLE + (
        "2019年局机关总支出决算数为2389.86万元,其中基本支出决算数为1494.57万元,包含工资福利支出"
        "754.89万元;商品和服务支出352.34万元;对家庭和个人的补助298.14万元;其他资本性支出89.2万元。\n"
    )
    assert {kind for _, kind in kinds(text)} == {"SPENDING"}  # 补助 names a class, not money in


def test_a_final_account_compared_with_the_approval_keeps_its_spending():
    text = WHOLE + (
        "2019年基本支出决算数为1494.57万元,比预算批复基本支出1411.77万元增加82.8万元,"
        "其中工资福利支出754.89万元、商品和服务支出352.34万元。\n"
    )
    assert kinds(text) == [
        ("1494.57万元", "SPENDING"),
        ("1411.77万元", "BUDGET"),  # the approval compared with
        ("82.8万元", "CHANGE"),
        ("754.89万元", "SPENDING"),  # parts after a change: never the approval's
        ("352.34万元", "SPENDING"),
    ]


def test_spending_as_approved_or_after_its_actual_stays_spending():
    text = WHOLE + "严格按照预算批复支出资金15万元,预算批复项目支出实际完成80万元。\n"
    assert kinds(text) == [("15万元", "SPENDING"), ("80万元", "SPENDING")]


def test_a_departments_budgeted_project_lines_are_a_budget_its_accounts_are_not():
    text = PROJECT + "(二)资金安排情况\n2021年部门预算项目支出57.5万元。\n"
    assert kinds(text) == [("57.5万元", "BUDGET")]
    text = ACCOUNTS + "2020年一般公共预算基本支出57.5万元,其中工资福利支出40万元、商品和服务支出17.5万元。\n"
    assert kinds(text) == [("57.5万元", "SPENDING"), ("40万元", "SPENDING"), ("17.5万元", "SPENDING")]


def test_a_class_name_is_only_the_name():
    assert class_named("其中工资福利性支出")
    assert class_named("、对个人和家庭的补助")
    assert class_named(";商品和服务支出为")
    assert not class_named("其中工资福利支出决算数")
    assert not class_named("实际支出")
    assert not class_named("、办公费")


# -- the items 分别是 lists after a total take its kind ---------------------------------------


def test_the_items_listed_after_a_budget_total_are_its_parts():
    text = PROJECT + (
        "(二)资金安排情况\n2021年部门预算项目支出57.5万元,分别是科研交流经费5万元,项目评审及"
        "系统维护费18万元,省级科技计划项目验收工作经费16万元,其他工作经费18.5万元。\n"
    )
    assert kinds(text) == [
        ("57.5万元", "BUDGET"),
        ("5万元", "BUDGET"),
        ("18万元", "BUDGET"),
        ("16万元", "BUDGET"),  # 科技计划项目: a plan's projects, a name, no plan of money
        ("18.5万元", "BUDGET"),
    ]


def test_an_item_list_after_spending_stays_spending_and_an_item_says_its_own_kind():
    text = PROJECT + (
        "2021年项目支出决算57.5万元,分别是科研交流经费5万元,项目评审及系统维护费18万元。\n"
        "年初预算57.5万元,实际支出50万元,分别为人员经费30万元、公用经费20万元。\n"
        "2021年部门预算项目支出57.5万元,分别是已支付交流经费5万元。\n"
    )
    assert kinds(text) == [
        ("57.5万元", "SPENDING"),
        ("5万元", "SPENDING"),
        ("18万元", "SPENDING"),
        ("57.5万元", "BUDGET"),
        ("50万元", "SPENDING"),
        ("30万元", "SPENDING"),  # the items of the spending right before 分别为
        ("20万元", "SPENDING"),
        ("57.5万元", "BUDGET"),
        ("5万元", "SPENDING"),  # 已支付: its own words
    ]


def test_a_plans_project_money_is_still_planned():
    text = PROJECT + "全年计划项目资金100万元,计划投资60万元。\n"
    assert kinds(text) == [("100万元", "PLANNED"), ("60万元", "PLANNED")]


# -- a project given as its budget, then as paid ------------------------------------------------

PROJECTS = "青岚县就业服务中心2024年项目支出绩效自评报告\n"


def test_each_project_listed_then_set_against_what_was_paid_is_a_budget():
    text = PROJECTS + (
        "(一)项目基本情况简介\n本中心2024年参与绩效评价的项目共2个,项目支出9.5万元。具体如下:\n"
        "1、资料归档费3万元,主要用于资料归档;\n2、就业核查费用6.5万元,主要用于就业核查。\n"
        "(二)项目资金\n2024年项目资金为9.5万元,实际已支付9.5万元,支付率为100%。具体如下:\n"
        "1、资料归档费3万元,实际已支付3万元,资金支付率100%;\n"
        "2、就业核查费用6.5万元,实际已支付6.5万元,资金支付率100%。\n"
    )
    assert kinds(text) == [
        ("9.5万元", "SPENDING"),  # 项目支出: as written
        ("3万元", "BUDGET"),  # no word: its restatement's kind
        ("6.5万元", "BUDGET"),  # 费用 names the item: its restatement's kind
        ("9.5万元", "BUDGET"),  # the base of 支付率
        ("9.5万元", "SPENDING"),
        ("3万元", "BUDGET"),
        ("3万元", "SPENDING"),
        ("6.5万元", "BUDGET"),  # …费用, then what was paid of it at the rate stated
        ("6.5万元", "SPENDING"),
    ]


def test_a_rate_that_does_not_check_or_a_clause_naming_spending_leaves_the_fee_spent():
    text = PROJECTS + (
        "1、就业核查费用6.5万元,主要用于就业核查。\n"
        "2、就业核查费用6.5万元,实际已支付6万元,资金支付率100%。\n"  # 6 / 6.5 is not 100%
    )
    assert kinds(text) == [("6.5万元", "SPENDING"), ("6.5万元", "SPENDING"), ("6万元", "SPENDING")]
    text = PROJECTS + (
        "实际支出中,就业核查费用6.5万元。\n"  # spent, by its clause: never the budget's
        "就业核查费用6.5万元,实际已支付6.5万元,资金支付率100%。\n"
    )
    assert kinds(text) == [("6.5万元", "SPENDING"), ("6.5万元", "BUDGET"), ("6.5万元", "SPENDING")]
