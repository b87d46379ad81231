"""The rules the twelfth held-out trial (texts 169–178) asked for, each held on fictional
text with a case it must not fire on: a single 增/减 after a comparison with last year is a
change; the items of a 三公 budget total (or under a 三公 budget heading) are budget; the
figure a statement is compared with has the statement's kind; a 三公 item is no change by
the 增加 of the amount before it; 预算经费, 目标值 and 列入…预算 said after a figure; a goal's
value at the end of its indicator's path; a role line (项目业主为…) is cut to its name; the
unit funds are handed down to (为…下达) and the unit whose trips a 三公 note counts; a cover's
date under its maker is no fiscal year.
"""

from __future__ import annotations

from fictional_text import document, kinds

HEAD = "样例市样例局2021年度部门决算说明\n"
PROJECT = "样例市财政支出项目绩效自评报告(样例系统运维项目)\n一、项目概况\n"

# -- class 1: 较上年增 / 同比减 right before an amount -----------------------------------------


def test_a_single_增_or_减_after_a_comparison_is_a_change():
    text = (
        HEAD + "2021年基本支出预算较上年增12.5万元,增幅10%。\n"
        "工资福利支出较上年减0.8万元。\n商品和服务支出同比增3万元。\n"
        "项目支出预算较2020年减6万元。\n"
    )
    assert kinds(text) == [
        ("12.5万元", "CHANGE"),
        ("0.8万元", "CHANGE"),
        ("3万元", "CHANGE"),
        ("6万元", "CHANGE"),
    ]


def test_a_增_that_is_not_the_comparison_s_verb_leaves_the_budget():
    text = HEAD + "本年新增设备,较上年增幅5%,设备购置预算数为20万元。\n"
    assert kinds(text) == [("20万元", "BUDGET")]


# -- class 2: 三公 items under a budget total or heading ------------------------------------------

BUDGET_TOTAL = (
    HEAD + "2021年“三公”经费预算总额为5万元,其中,因公出国(境)费支出0万元,"
    "公务用车运行维护费用3万元,公务接待费支出2万元。\n"
)


def test_items_of_a_三公_budget_total_are_budget_though_their_names_say_支出():
    assert kinds(BUDGET_TOTAL) == [
        ("5万元", "BUDGET"),
        ("0万元", "BUDGET"),
        ("3万元", "BUDGET"),
        ("2万元", "BUDGET"),
    ]


def test_items_after_a_budget_and_its_spending_keep_their_own_word():
    text = HEAD + "2021年“三公”经费预算5万元,实际支出4万元,其中:公务接待费支出2万元。\n"
    assert ("2万元", "SPENDING") in kinds(text)


def test_an_item_said_as_决算_under_a_budget_total_stays_spending():
    text = HEAD + "2021年“三公”经费预算总额为5万元,其中:公务接待费决算支出2万元。\n"
    assert kinds(text)[-1] == ("2万元", "SPENDING")


SECTION = (
    HEAD + "二、2021年“三公”经费预算情况\n1.因公出国(境)费:0万元。\n"
    "2.公务用车购置及运行维护费1.5万元。\n"
)


def test_items_under_a_三公_budget_heading_are_budget():
    assert kinds(SECTION) == [("0万元", "BUDGET"), ("1.5万元", "BUDGET")]


def test_items_under_a_heading_naming_budget_and_accounts_stay_unread():
    text = SECTION.replace("预算情况", "预算和决算情况")
    assert kinds(text) == [("0万元", None), ("1.5万元", None)]


def test_items_under_a_budget_heading_after_spending_read_there_stay_unread():
    text = SECTION.replace("\n1.因公出国", "\n本年实际支出“三公”经费1.5万元。\n1.因公出国")
    assert kinds(text)[1:] == [("0万元", None), ("1.5万元", None)]


# -- classes 3 and 4: the figure compared with; a 三公 item is no change ----------------------------

AGGREGATE = (
    HEAD + "2021年,“三公”经费支出决算汇总数为30万元,较上年32万元减少2万元,较预算数35万元"
    "减少5万元。其中:公务接待费为12万元,较上年14万元减少2万元;公务用车购置及运行维护费为"
    "18万元,较预算数16万元增加2万元,增长12%(其中:公务用车购置费5万元,较上年6万元减少1万元)。\n"
)


def test_last_year_s_figure_has_the_kind_of_the_figure_it_is_compared_with():
    assert kinds(AGGREGATE) == [
        ("30万元", "SPENDING"),
        ("32万元", "SPENDING"),
        ("2万元", "CHANGE"),
        ("35万元", "BUDGET"),
        ("5万元", "CHANGE"),
        ("12万元", "SPENDING"),
        ("14万元", "SPENDING"),
        ("2万元", "CHANGE"),
        ("18万元", "SPENDING"),
        ("16万元", "BUDGET"),
        ("2万元", "CHANGE"),
        ("5万元", "SPENDING"),  # not the 增加 of the 2万元 before it
        ("6万元", "SPENDING"),
        ("1万元", "CHANGE"),
    ]


def test_a_figure_after_an_unread_one_takes_no_kind_from_the_comparison():
    text = HEAD + "样例项目6万元,较上年5万元减少1万元。\n"
    assert kinds(text)[:2] == [("6万元", None), ("5万元", None)]


def test_a_comparison_that_names_its_own_kind_is_read_by_its_word():
    text = HEAD + "2021年预算数为40万元,较上年决算数38万元增加2万元。\n"
    assert kinds(text) == [("40万元", "BUDGET"), ("38万元", "SPENDING"), ("2万元", "CHANGE")]


# -- class 5: 预算经费, 列入…预算, 目标值, a goal's path ------------------------------------------


def test_预算经费_and_a_figure_put_in_the_budget_are_budget():
    text = (
        PROJECT + "2022年样例项目预算经费为80万元,2022年支付80万元。\n"
        "样例项目资金80万元列入2022年部门预算,已完成支付80万元。\n"
    )
    assert kinds(text) == [
        ("80万元", "BUDGET"),
        ("80万元", "SPENDING"),
        ("80万元", "BUDGET"),
        ("80万元", "SPENDING"),
    ]


def test_预算经费_spent_is_spending():
    assert kinds(PROJECT + "预算经费支出8万元。\n") == [("8万元", "SPENDING")]


def test_an_indicator_s_目标值_is_planned():
    text = PROJECT + "数量指标:样例设备购置资金,年初目标值30万,实际完成值30万。\n"
    assert kinds(text)[-2:] == [("30万", "PLANNED"), ("30万", "SPENDING")]


GOAL = PROJECT + "2、投入-成本目标-设备采购执行情况-投入 50 万元,实际完成48 万元。\n"


def test_a_goal_s_value_at_the_end_of_its_indicator_path_is_planned():
    assert kinds(GOAL) == [("50 万元", "PLANNED"), ("48 万元", "SPENDING")]


def test_a_path_with_no_done_value_after_it_keeps_its_reading():
    assert kinds(GOAL.replace(",实际完成48 万元", ""))[0] == ("50 万元", "SPENDING")


# -- class 6: units and years ---------------------------------------------------------------------

ROLE = (
    "样例市财政支出项目绩效自评报告(样例路网项目)\n一、项目概况\n"
    "1.资金:2022年样例路网项目预算经费为20万元,2022年支付20万元。\n"
    "主管部门为样例市样例区管委会(行政主管部门)\n项目业主为样例市样例区建设局\n"
    "项目负责人为张三。\n"
)


def test_a_role_line_names_the_unit_after_its_role():
    assert document(ROLE).unit == "样例市样例区建设局"


def test_a_line_of_another_body_s_role_signs_nothing():
    text = ROLE.replace("项目业主为样例市样例区建设局\n", "")
    assert document(text).unit != "主管部门为样例市样例区管委会"
    assert "主管部门" not in document(text).unit


HANDED = (
    "项目支出绩效自评报告\n项目名称:样例维护经费\n一、项目基本情况\n"
    "自治区样例厅每年均为样例市样例局下达样例维护经费,资金金额每年有所不同。\n"
    "项目资金预算10万元,到位10万元,实际支出10万元。\n"
)


def test_the_unit_a_project_s_funds_are_handed_down_to_is_its_holder():
    assert document(HANDED).unit == "样例市样例局"


def test_funds_handed_down_to_an_unplaced_body_name_no_unit():
    text = HANDED.replace("为样例市样例局下达", "为各县样例局下达")
    assert document(text).unit != "各县样例局"


TRIPS = (
    "2020年度一般公共预算财政拨款安排的“三公”经费支出决算总额为 1.5 万元。\n"
    "一、“三公”经费支出决算情况\n因公出国(境)费支出决算 0万元;公务接待费支出决算 1.5万元。\n"
    "(一)因公出国(境)费支出 0 万元。全年使用财政拨\n款安排样例市样例检测中心出国团组 0 个。\n"
)


def test_the_unit_whose_trips_a_三公_note_counts_is_its_unit():
    assert document(TRIPS).unit == "样例市样例检测中心"


def test_trips_of_各部门_name_no_unit():
    text = TRIPS.replace("样例市样例检测中心出国团组", "各部门出国团组")
    assert "各部门" not in document(text).unit


COVER = (
    "项目支出绩效自评报告\n项目名称:样例维护经费\n填报日期:2025年4月28日\n样例市财政局制\n"
    "2025年\n一、项目基本情况\n样例市样例局负责样例维护。项目资金预算10万元,实际支出10万元。\n"
)


def test_a_cover_s_date_under_its_maker_is_no_fiscal_year():
    assert document(COVER).year is None


def test_a_year_alone_not_under_a_maker_is_still_read():
    assert document(COVER.replace("样例市财政局制\n", "")).year == 2025


def test_an_item_after_another_statement_s_change_stays_a_change():
    text = HEAD + "“三公”经费支出合计90万元,收入增加5万元,其中:公务接待费30万元。\n"
    assert ("30万元", "SPENDING") not in kinds(text)


def test_a_form_filed_the_year_after_its_dated_acts_reports_on_their_year():
    text = COVER.replace(
        "负责样例维护。", "负责样例维护,2024年3月签订《2024年度样例维护服务》合同。"
    )
    assert document(text).year == 2024


def test_a_form_whose_acts_span_other_years_is_given_no_year():
    text = COVER.replace("负责样例维护。", "负责样例维护,2022年3月签订合同,2024年5月验收。")
    assert document(text).year is None
