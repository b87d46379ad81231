"""The rules the held-out trial (texts 60–72) asked for, each held on fictional text, and
each with the sentence it must not fire on: the issuing unit in a 机构设置 sentence, an
opening, a "…中心决算" title, never a fund's name; the fiscal year past a compared or a
cited year; a place the unit reader keeps; two table shapes read only where every figure's
row and column are certain; and the kind words 批复, 安排…费, …/人, …已全部到位, a budget
statement's 支出, a fund's composition.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from govkg.ingest.document.report import UNNAMED, read_document
from govkg.ingest.entities.unitnames import names_reporter, own_places
from govkg.ingest.extract import extract
from govkg.ingest.text.textview import clean_view


def document(text: str):
    return read_document(clean_view(text), "fictional.txt")


def money(text: str) -> list[tuple[str, str | None, Decimal]]:
    return [(m.as_written, m.kind, m.amount) for m in extract(text, "fictional.txt").money]


ACCOUNTS_BODY = "\n一、收入支出决算总体情况说明\n2024年度收入总计120.00万元，支出总计118.00万元。\n"


# -- the issuing unit ------------------------------------------------------------------


def test_the_unit_that_has_sections_in_its_organisation_paragraph_issues_the_report():
    text = (
        "第一部分单位概况\n一、主要职责\n负责农业技术推广。\n二、机构设置\n"
        "青岚县农业技术服务中心下设办公室、财务室、种子管理组等。\n"
        "第二部分2024年度单位决算情况说明" + ACCOUNTS_BODY
    )
    found = document(text)
    assert (found.unit, found.unit_named) == ("青岚县农业技术服务中心", True)


def test_a_unit_speaking_of_itself_or_without_its_place_is_not_read_as_the_issuer():
    for subject in ("本中心", "农业技术服务中心"):  # 本…: itself; no place: not said in full
        text = (
            "二、机构设置\n" + subject + "下设办公室、财务室。\n"
            "第二部分2024年度单位决算情况说明" + ACCOUNTS_BODY
        )
        assert document(text).unit == UNNAMED


def test_a_statement_that_opens_on_its_unit_is_that_units():
    text = (
        "青岚市公路养护中心财政拨款“三公”经费预算2014年情况如下:\n"
        "一、公务接待费\n2014年青岚市公路养护中心安排公务接待费预算8万元，较上年预算数下降20%。\n"
    )
    assert document(text).unit == "青岚市公路养护中心"


@pytest.mark.parametrize(
    "opening",
    [
        "青岚市财政局2014年下达各单位财政拨款“三公”经费预算合计46万元。",
        "青岚市审计局2014年对各单位财政拨款“三公”经费预算进行审计。",
    ],
)
def test_an_opening_whose_subject_acts_on_others_names_no_issuer(opening):
    text = opening + "\n一、公务接待费\n2014年公务接待费预算8万元，较上年预算数下降20%。\n"
    assert document(text).unit == UNNAMED


def test_a_title_line_naming_the_unit_then_决算_is_the_title():
    text = "首页 >> 预决算公开\n2021年度青岚市信息技术中心决算\n目录\n第一部分部门概况\n"
    text += "第二部分2021年度部门决算情况说明" + ACCOUNTS_BODY
    found = document(text)
    assert (found.unit, found.year, found.title) == (
        "青岚市信息技术中心",
        2021,
        "2021年度青岚市信息技术中心决算",
    )


def test_a_fund_named_in_the_title_is_never_the_unit_its_holder_is():
    body = "\n一、绩效目标\n衔接资金共下达105万元。\n二、自评结论\n已完成。\n"
    held = document("青岚市秀水区水务局2022年衔接资金项目绩效自评报告" + body)
    assert (held.unit, held.year) == ("青岚市秀水区水务局", 2022)
    alone = document("2022年衔接资金项目绩效自评报告" + body)
    assert (alone.unit, alone.unit_named, alone.year) == (UNNAMED, False, 2022)
    named = document("2022年青岚市水务局项目支出绩效自评报告" + body)
    assert named.unit == "青岚市水务局"  # a unit between the year and the genre stays


# -- the fiscal year -------------------------------------------------------------------


def test_a_compared_year_is_not_the_fiscal_year():
    text = (
        "一、收入决算情况说明\n5.经营收入 0.00 万元,较 2022 年度决算数增加 0.00\n"
        "万元。\n(二)本单位 2023 年度总支出 125.08 万元,其中基本支出 116.12 万元。\n"
    )
    assert document(text).year == 2023


def test_a_year_of_a_cited_document_is_not_the_fiscal_year_and_nor_is_its_range():
    text = (
        "专项资金绩效自评价报告\n\n2018年青岚市水产养殖基地建设项目\n\n专项资金绩效自评价报告\n"
        "根据《关于开展 2019 年度预算绩效信息公开工作的通知》的精神，为实现《青岚市"
        "养殖池塘改造规划(2016-2020 年)》的目标，进行了自评价。\n一、项目概况\n"
        "财政资金计划总额2200万元。\n"
    )
    found = document(text)
    assert found.year == 2018
    assert found.unit == UNNAMED  # the project's name is no unit


def test_a_text_of_a_range_of_years_still_has_no_fiscal_year():
    text = "专项资金绩效自评报告\n一、项目概况\n2019-2021年专项资金预算安排300万元，支出300万元。\n"
    assert document(text).year is None


# -- the unit reader keeps the place ---------------------------------------------------


def test_the_reporters_places_are_known_and_a_short_name_of_it_is_the_reporter():
    assert own_places("海口市秀英区水务局") == ("海口市", "秀英区")
    assert own_places("渠县农业综合技术服务中心") == ("渠县",)
    assert own_places("益阳市智慧城市和大数据中心") == ("益阳市",)  # 智慧城市 is no place
    assert own_places("市人民政府办公室") == ()
    assert names_reporter("秀英区水务局", "海口市秀英区水务局")
    assert names_reporter("县农业综合技术服务中心", "渠县农业综合技术服务中心")
    assert not names_reporter("水务局", "海口市秀英区水务局")
    assert not names_reporter("信息技术中心", "眉山市政府信息技术中心")
    assert not names_reporter("县财政局", "渠县农业综合技术服务中心")


def test_a_unit_named_with_the_reporters_district_keeps_it():
    text = (
        "青岚市秀水区水务局2022年衔接资金项目绩效自评报告\n一、绩效目标\n"
        "该专项资金已拨入到秀水区水务局，并由秀水区农业农村局监督。\n"
    )
    names = {m.name for m in extract(text, "fictional.txt").mentioned if m.kind == "unit"}
    assert "秀水区农业农村局" in names  # not 区农业农村局
    assert not {"区水务局", "秀水区水务局"} & names  # the reporter is no other unit


# -- tables ----------------------------------------------------------------------------

FLATTENED = """{title}

金额单位:万元

收入

支出

项目

行次

金额

项目

行次

金额

栏次

1

栏次

2

一、一般公共预算财政拨款收入

1

440.55

一、一般公共服务支出

{second}

423.20

二、上级补助收入

2

10.00

二、外交支出

30

0.00

三、经
"""


def table(text: str) -> list[tuple[str, str | None, Decimal]]:
    return [m for m in money(text) if m[0] in ("440.55", "423.20", "10.00", "0.00")]


def test_a_flattened_总表_with_its_行次_is_read_row_by_row():
    text = "2019年青岚县招商中心部门决算\n" + FLATTENED.format(title="收入支出决算总表", second=29)
    assert table(text) == [
        ("440.55", "REVENUE", Decimal("4405500.00")),
        ("423.20", "SPENDING", Decimal("4232000.00")),
        ("10.00", "REVENUE", Decimal("100000.00")),
        ("0.00", "SPENDING", Decimal("0.00")),
    ]


def test_a_flattened_预算_table_states_budgets():
    text = "2019年青岚县招商中心部门预算\n" + FLATTENED.format(title="收入支出预算总表", second=29)
    assert {kind for _, kind, _ in table(text)} == {"BUDGET"}


def test_a_flattened_table_whose_rows_are_not_certain_is_not_read():
    head = "2019年青岚县招商中心部门决算\n\n"
    out_of_order = FLATTENED.format(title="收入支出决算总表", second=29).replace("\n30\n", "\n33\n")
    assert [m[0] for m in table(head + out_of_order)] == ["440.55", "423.20", "10.00"]
    no_unit = FLATTENED.format(title="收入支出决算总表", second=29).replace("金额单位:万元", "")
    assert table(head + no_unit) == []
    untitled = FLATTENED.format(title="公开01表", second=29)  # 决算 or 预算: not said
    assert table(head + untitled) == []


PIPED = """2014年青岚市养护中心“三公”经费预算情况如下:较上年预算数下降20%。
2014年“三公”经费预算财政拨款情况统计表
单位:万元
项 目 | {column} |
合 计 | 46 |
1.因公出国(境)费用 | |
2.公务接待费 | 8 |
"""


def test_a_piped_table_of_one_known_column_reads_each_row_in_its_unit():
    found = money(PIPED.format(column="本年预算数"))
    assert [(w, k, a) for w, k, a in found if w in ("46", "8")] == [
        ("46", "BUDGET", Decimal("460000")),
        ("8", "BUDGET", Decimal("80000")),
    ]


def test_a_piped_table_of_an_unknown_column_is_not_read():
    assert [m for m in money(PIPED.format(column="备注")) if m[0] in ("46", "8")] == []


# -- kinds -----------------------------------------------------------------------------

PROJECT = "2021年青岚县道路项目支出绩效自评报告\n一、项目概况\n"


def test_an_approved_investment_is_a_budget_and_an_investment_alone_is_not():
    found = money(PROJECT + "一批项目县级批复总投资3374.3万元，其中建筑工程3292万元。\n")
    assert [k for _, k, _ in found] == ["BUDGET", "BUDGET"]
    # a project's own 总投资 is its budget since the sixteenth trial (the real texts 138, 199
    # and 209 expect BUDGET); an investment that is not a project's total stays other
    found = money(PROJECT + "一批项目带动社会投资3374.3万元。\n")
    assert [k for _, k, _ in found] == ["OTHER"]


def test_a_fee_the_budget_arranges_is_a_budget_and_one_arranged_for_use_is_spent():
    found = money(PROJECT + "安排公车购置及运行维护费38万，较上年下降20%。\n")
    assert found == [("38万", "BUDGET", Decimal("380000"))]
    found = money(PROJECT + "统筹安排使用经费20万元。\n")
    assert [k for _, k, _ in found] == ["SPENDING"]


def test_an_amount_per_person_is_a_rate_and_an_increase_alone_a_change():
    found = money(PROJECT + "标准为1.142万元/人，新生增加0.3万元/人，总额增加0.3万元。\n")
    assert [k for _, k, _ in found] == ["PRICE_OR_RATE", "PRICE_OR_RATE", "CHANGE"]


def test_money_said_received_after_its_figure_is_revenue_and_without_a_word_unread():
    found = money(PROJECT + "衔接资金105万元已全部到位。\n衔接资金105万元。\n")
    assert [k for _, k, _ in found] == ["REVENUE", None]


STATEMENT = """青岚市水务局2018年用一般公共预算财政拨款数开支的“三公”经费支出合计24.75万元。\
其中:公务接待费支出16.55万元。
“三公”经费预算增减变化的主要原因是:2018年“三公”经费支出预算合计24.75万元。\
公务接待费支出预算16.55万元,比上年预算数减少4.65万元。
"""


def test_a_budget_statements_支出_restated_as_its_budget_is_that_budget_and_no_line():
    report = extract(STATEMENT, "fictional.txt")
    kinds = [(m.as_written, m.kind) for m in report.money]
    assert kinds == [
        ("24.75万元", "BUDGET"),
        ("16.55万元", "BUDGET"),
        ("24.75万元", "BUDGET"),
        ("16.55万元", "BUDGET"),
        ("4.65万元", "CHANGE"),
    ]
    assert [line.as_written for line in report.lines if line.amount is not None] == []


def test_spending_in_a_text_of_final_accounts_stays_spending():
    text = STATEMENT.replace("主要原因是:", "主要原因是(与决算数相比):")
    report = extract(text, "fictional.txt")
    assert [m.kind for m in report.money][:2] == ["SPENDING", "SPENDING"]
    assert any(line.amount == Decimal("165500.00") for line in report.lines)


def test_spending_restated_as_the_budget_of_another_item_stays_spending():
    text = STATEMENT.replace("公务接待费支出预算16.55万元", "会议费支出预算16.55万元")
    assert [m.kind for m in extract(text, "fictional.txt").money][1] == "SPENDING"


@pytest.mark.parametrize(
    ("sentence", "kinds"),
    [
        ("优抚资金包括优待金33.1万元,慰问工作经费1.5万元,共计:34.6万元。", [None] * 3),
        ("项目支出资金包括优待金33.1万元,慰问工作经费1.5万元。", ["SPENDING", "SPENDING"]),
    ],
)
def test_a_funds_composition_names_no_kind_unless_its_sentence_does(sentence, kinds):
    assert [k for _, k, _ in money(PROJECT + sentence + "\n")] == kinds
