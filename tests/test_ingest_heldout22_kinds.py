"""Kinds of the twenty-second held-out trial (texts 278, 279, 281, 287): a figure followed by
the period or head of its fee (``prosekinds.per_period_fee_kind``), a budget's words in
reverse order (``budgetwording``), money said to be used up after its figure (``usedup``),
the total right after a rate (``ratetotal``) and the money of the cars bought by type
(``threepublic.vehicletypes``); each held on fictional text, with the cases it must not
fire on."""

from __future__ import annotations

from fictional_text import kinds

SURVEY = (
    "青岚县统计局住户调查专项经费项目支出绩效自评表\n(2023年度)\n"
    "年度总体目标 总体目标 总体目标完成情况\n"
)

# -- a figure followed by 每月的…补贴费 (prosekinds.per_period_fee_kind) -------------------


def test_a_figure_followed_by_the_period_or_head_of_its_fee_is_a_rate():
    text = SURVEY + (
        "1.年内至少给85人发放以42.5元每月的记账户补贴费。"
        "2.按150元每人的标准发放调查员交通补贴。"
        "3.向辅助调查员发放30元每人每月的通讯补助。\n"
    )
    assert kinds(text) == [
        ("42.5元", "PRICE_OR_RATE"),
        ("150元", "PRICE_OR_RATE"),
        ("30元", "PRICE_OR_RATE"),
    ]


def test_a_comma_a_total_or_no_fee_after_the_period_is_no_rate():
    text = SURVEY + (
        "1.发放记账户补贴费42.5万元,每月的补贴另行核算。"
        "2.补贴支出合计1.2万元每月的补贴按季度结算。"
        "3.县财政安排调查经费预算15万元每年的预算按时下达。\n"
    )
    assert kinds(text) == [("42.5万元", "SPENDING"), ("1.2万元", "SPENDING"), ("15万元", "BUDGET")]


# -- a budget's words in reverse order (budgetwording) ------------------------------------

WHOLE = "一、部门基本情况\n(二)部门预决算情况\n"


def test_a_planned_revenue_is_a_budget_and_the_executed_budget_is_spent():
    text = WHOLE + (
        "2022年初市科协收入预算为860.5万元,经调整,2022年度市科协全年预算安排收入为912.3万元。"
        "2022年度市科协批复支出预算940.7万元,实际执行支出预算901.2万元,部门整体预算执行率为95.80%。\n"
    )
    assert kinds(text) == [
        ("860.5万元", "BUDGET"),
        ("912.3万元", "BUDGET"),
        ("940.7万元", "BUDGET"),
        ("901.2万元", "SPENDING"),
    ]


def test_a_fiscal_accounts_revenue_a_budget_to_execute_or_a_change_keep_their_readings():
    text = WHOLE + (
        "全市一般公共预算收入为35.6亿元。本年应执行支出预算120万元。"
        "实际执行支出预算较上年增加12万元。\n"
    )
    assert kinds(text) == [
        ("35.6亿元", "REVENUE"),
        ("120万元", "BUDGET"),
        ("12万元", "CHANGE"),
    ]


# -- money said to be used up after its figure (usedup) -----------------------------------

FESTIVAL = (
    "青岚市残疾人联合会2020年度部门项目支出绩效自评报告(2020年端午慰问经费)\n"
    "三、项目绩效实现情况\n"
)


def test_an_amount_said_after_to_be_used_up_is_spent():
    text = FESTIVAL + (
        "根据市委市政府端午慰问工作安排,3.6万元慰问经费于2020年6月全部使用完毕,用于慰问困难残疾人。"
        "按照工作部署,1.2万元补助资金已全部支出。\n"
    )
    assert kinds(text) == [("3.6万元", "SPENDING"), ("1.2万元", "SPENDING")]


def test_a_plan_what_is_left_money_arriving_or_a_purpose_is_not_spent():
    text = FESTIVAL + (
        "根据市委市政府端午慰问工作安排,3.6万元慰问经费将于2020年6月使用完毕。"
        "按照工作部署,1.2万元补助资金尚未使用完毕。"
        "按照工作部署,2.5万元资金已全部到位。"
        "按照工作部署,0.8万元用于慰问困难残疾人。\n"
    )
    assert kinds(text) == [
        ("3.6万元", None),
        ("1.2万元", None),
        ("2.5万元", "REVENUE"),
        ("0.8万元", None),
    ]


# -- the total right after a rate (ratetotal) ---------------------------------------------


def test_the_total_after_a_rate_handed_out_is_spent_not_a_rate():
    text = FESTIVAL + (
        "1.产出指标完成情况:2020年端午慰问3个县(区)共90户困难残疾人家庭,标准为每户400元,共计3.6万元。"
        "产出指标完成100%\n"
    )
    assert kinds(text) == [("400元", "PRICE_OR_RATE"), ("3.6万元", "SPENDING")]


def test_the_total_after_a_planned_rate_or_with_words_of_its_own_is_not_read_so():
    planned = FESTIVAL + (
        "2021年计划慰问90户困难残疾人家庭,标准为每户400元,共计3.6万元。"
        "全县道路每公里保洁3000元,共计36万元。"
        "慰问90户困难残疾人家庭,标准为每户400元,共计预算3.6万元。\n"
    )
    assert kinds(planned) == [
        ("400元", "PRICE_OR_RATE"),
        ("3.6万元", None),
        ("3000元", "PRICE_OR_RATE"),
        ("36万元", None),
        ("400元", "PRICE_OR_RATE"),
        ("3.6万元", "BUDGET"),
    ]


# -- the money of the cars bought, by type (threepublic.vehicletypes) ---------------------

THREE_PUBLIC = "2023年“三公”经费财政拨款支出决算情况说明\n"


def test_the_money_of_the_cars_bought_by_type_is_the_purchase_items():
    spent = THREE_PUBLIC + (
        "2.公务用车购置及运行维护费支出18.6万元。其中:公务用车购置支出15万元。"
        "全年按规定更新购置公务用车1辆,其中:轿车0辆、金额0万元,越野车1辆、金额15万元。\n"
    )
    assert kinds(spent)[-2:] == [("0万元", "SPENDING"), ("15万元", "SPENDING")]
    budget = "2024年部门预算“三公”经费情况说明\n" + (
        "2.公务用车购置费预算20万元。计划购置公务用车1辆,其中:越野车1辆、金额20万元。\n"
    )
    assert kinds(budget) == [("20万元", "BUDGET"), ("20万元", "BUDGET")]


def test_cars_held_a_type_without_a_purchase_lead_or_no_purchase_item_keep_their_reading():
    text = THREE_PUBLIC + (
        "单位共有公务用车3辆,其中:轿车3辆、金额45万元。"
        "公务用车运行维护费支出3.6万元。全年按规定更新购置公务用车1辆,其中:轿车1辆、金额12万元。\n"
    )
    assert kinds(text) == [("45万元", "OTHER"), ("3.6万元", "SPENDING"), ("12万元", "OTHER")]
