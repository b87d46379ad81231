"""The rules the seventh held-out trial (texts 121–130) asked for, each held on fictional text
with a case it must not fire on: a self-assessment form's cells written with their unit
(150万) are read in their columns and its 分值/得分 never as money, its 上年结转资金 row is
carried over; a budget and its execution checked by 完成预算的; a cost indicator's target and
actual; a title pattern inside a body sentence names no unit (the introduction X属…单位 does);
追加 and pooled funds (统筹整合使用) are budgets, what a project's funds 已拨付 is spent; 增收
is a change and a goal under a target heading is planned; a total its named parts add up to
has their kind.
"""

from __future__ import annotations

from decimal import Decimal

from fictional_text import document, found, kinds

# -- class 1: the self-assessment form's cells written with their unit ---------------------

FORM = (
    "项目支出绩效自评表 |\n( 2021 年度) |\n项目名称 |\n样例中心运行维护费 |\n"
    "项目资金 (万元) |\n|\n年初预算数 |\n全年预算数 |\n全年执行数 |\n分值 |\n执行率 |\n得分 |\n"
    "年度资金总额 |80万 |\n80万 |\n60万 |100 |\n{rate} |95 |\n"
    "其中:当年财政拨款 |80万 |\n80万 |\n60万 |— |\n|\n— |\n"
    "上年结转资金 |0 |\n0 |\n0 |— |\n|\n— |\n"
    "其他资金 |0 |\n0 |\n0 |— |\n|\n— |\n"
    "年度总体目标 |\n预期目标 |\n实际完成情况 |\n"
)


def test_form_cells_written_with_their_unit_are_read_and_points_never_are():
    read = found(FORM.format(rate="75%"))
    assert [(w, k, y) for w, k, y, _ in read] == [
        ("80万", "BUDGET", Decimal("800000")),
        ("80万", "BUDGET", Decimal("800000")),
        ("60万", "SPENDING", Decimal("600000")),
        ("80万", "BUDGET", Decimal("800000")),
        ("80万", "BUDGET", Decimal("800000")),
        ("60万", "SPENDING", Decimal("600000")),
        ("0", "CARRY_OVER", Decimal("0")),  # the 上年结转资金 row, in every column
        ("0", "CARRY_OVER", Decimal("0")),
        ("0", "CARRY_OVER", Decimal("0")),
        ("0", "BUDGET", Decimal("0")),
        ("0", "BUDGET", Decimal("0")),
        ("0", "SPENDING", Decimal("0")),
    ]


def test_a_total_row_whose_rate_disagrees_is_not_read_and_its_points_are_never_money():
    read = [w for w, *_ in found(FORM.format(rate="90%"))]  # 60 / 80 is 75%, not 90%
    assert "100" not in read
    assert "95" not in read
    assert read.count("80万") == 2  # the sub-row only (its cells fit the money columns)


GOAL = "保障样例中心正常运行。 |\n本年度财政拨款为80万元:执行数为60万元,完成预算的{rate}。 |\n"


def test_a_budget_and_its_execution_checked_by_完成预算的():
    text = FORM.format(rate="75%") + GOAL.format(rate="75.00%")
    assert kinds(text)[-2:] == [("80万元", "BUDGET"), ("60万元", "SPENDING")]
    wrong = FORM.format(rate="75%") + GOAL.format(rate="90.00%")
    assert kinds(wrong)[-2] == ("80万元", None)  # the rate disagrees: no budget said


COST = (
    "绩 效 指 标 |\n一级指标 |\n二级指标 |\n三级指标 |\n年度 指标值 |\n实际 完成值 |\n分值 |\n得分 |\n"
    "产出指标 |\n数量指标 |\n预算执行率 |\n100% |\n75% |\n20 |\n15 |\n"
    "成本指标 |\n{label} |\n80万 |\n60万 |\n10 |\n10 |\n"
)


def test_a_cost_indicators_target_and_actual_cells_are_planned_and_spent():
    text = FORM.format(rate="75%") + COST.format(label="样例中心运行维护费")
    assert kinds(text)[-2:] == [("80万", "PLANNED"), ("60万", "SPENDING")]


def test_an_indicator_row_that_names_no_cost_is_not_read_by_the_cost_rule():
    text = FORM.format(rate="75%") + COST.format(label="服务人次").replace("成本指标", "数量指标")
    assert ("80万", "PLANNED") not in kinds(text)[12:]


# -- class 2: a title pattern inside a body sentence names no unit ---------------------------


def test_a_clause_before_a_year_and_genre_is_no_unit_the_introduction_names_it():
    text = (
        "一、部门基本情况\n样例街道办事处属区级直属单位,是纳入2021年度部门决算编报范围的行政单位。\n"
        "二、收入支出决算总体情况说明\n2021年度收入总计100万元。\n"
    )
    read = document(text)
    assert (read.unit, read.unit_named, read.year) == ("样例街道办事处", True, 2021)


def test_a_clause_fragment_is_never_a_unit_and_no_name_is_guessed():
    text = (
        "一、部门基本情况\n本单位属区级直属单位,是纳入2021年度部门决算编报范围的行政单位。\n"
        "二、收入支出决算总体情况说明\n2021年度收入总计100万元。\n"
    )
    read = document(text)
    assert read.unit_named is False
    titled = "样例市统计局2021年度部门决算\n一、部门基本情况\n2021年度收入总计100万元。\n"
    assert document(titled).unit == "样例市统计局"  # a title line still names its unit


# -- class 3: 追加, pooled funds and what a project's funds 已拨付 ----------------------------

ACCOUNTS = "样例局2019年度部门决算情况说明\n"


def test_a_mid_year_addition_is_a_budget_whatever_its_items_are_called():
    text = ACCOUNTS + (
        "收支较上年增加50万元,主要原因:一是年中追加了样例设备购置经费12.5万元、样例展览项目20万元。\n"
    )
    assert kinds(text)[-2:] == [("12.5万元", "BUDGET"), ("20万元", "BUDGET")]
    assert ("50万元", "CHANGE") in kinds(text)  # 收支较上年增加: both sides' change


def test_an_addition_compared_with_last_year_stays_a_change():
    text = ACCOUNTS + "年中追加经费比上年增加5万元。\n"
    assert kinds(text) == [("5万元", "CHANGE")]


PROJECT = "样例乡人民政府2021年项目支出绩效自评报告\n"


def test_pooled_funds_and_their_part_are_a_budget_and_what_was_paid_out_is_spent():
    text = PROJECT + (
        "统筹整合使用财政涉农资金200万元,其中项目管理费2万元,目前项目资金已拨付150万元。\n"
    )
    assert kinds(text) == [("200万元", "BUDGET"), ("2万元", "BUDGET"), ("150万元", "SPENDING")]


def test_funds_paid_that_arrived_or_with_no_budget_before_keep_their_reading():
    arrived = PROJECT + "统筹整合使用财政涉农资金200万元,上级项目资金已拨付150万元到位。\n"
    assert kinds(arrived)[1] != ("150万元", "SPENDING")
    alone = PROJECT + "目前项目资金已拨付150万元。\n"
    assert kinds(alone)[0] != ("150万元", "SPENDING")


# -- class 4: increments and targets of an indicator table -----------------------------------

DEPARTMENT = "样例卫生院整体支出绩效自评表(2021年度)\n"


def test_增收_is_a_change_and_a_goal_under_a_target_heading_is_planned():
    text = DEPARTMENT + (
        "年度总体目标年初设定目标全年完成情况业务收入达到50万元,业务收入70万元。"
        "经济效益指标业务收入超上年度增收20万元。\n"
    )
    assert kinds(text) == [("50万元", "PLANNED"), ("70万元", "REVENUE"), ("20万元", "CHANGE")]


def test_达到_under_what_was_done_stays_what_it_says():
    text = DEPARTMENT + "全年完成情况:业务收入达到70万元。\n"
    assert kinds(text) == [("70万元", "REVENUE")]


# -- class 5: a total its named parts add up to ----------------------------------------------


def test_a_total_no_word_names_has_the_kind_its_named_parts_add_up_to():
    text = DEPARTMENT + (
        "基本支989312.11元,其中工资福利支出958359.61元;商品和服务支出30952.50元。"
        "样例专项资金项目1000.00元,主要用于办公费支出400.00元,维修费100.00元,其他支出500.00元。\n"
    )
    assert [k for _, k in kinds(text)] == ["SPENDING"] * 7


def test_parts_that_miss_the_total_by_a_fen_or_name_no_kind_leave_it_unread():
    text = DEPARTMENT + (
        "基本支989312.12元,其中工资福利支出958359.61元;商品和服务支出30952.50元。"
        "样例项目300.00元,主要用于维修费100.00元,设备费200.00元。\n"
    )
    assert kinds(text)[0] == ("989312.12元", None)
    assert kinds(text)[3] == ("300.00元", None)
