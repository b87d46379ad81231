"""The rules the second held-out trial (texts 73–84) asked for, each held on fictional
text with a case it must not fire on: a title's fee or spending is never its unit, the
unit before the year (after 关于) is; a unit name never starts with an index number or a
cell border; the 转移支付 title and a spreadsheet's 部门决算公开表 file line are titles of
the genre; a 决算总表 flattened onto one line is read only where a row is certain; and
a piped table's unit on its own line above multi-level header rows; and
the kind words 差值, 需支付, a bare 收支, a fee's 决算, 分配至, and the parts of a total
past its change in percent.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from govkg.core.errors import IngestError
from govkg.ingest.document.report import UNNAMED, read_document
from govkg.ingest.extract import extract
from govkg.ingest.text.textview import clean_view


def document(text: str):
    return read_document(clean_view(text), "fictional.txt")


def money(text: str) -> list[tuple[str, str | None, Decimal]]:
    return [(m.as_written, m.kind, m.amount) for m in extract(text, "fictional.txt").money]


BODY = "\n一、项目概况\n项目预算资金12万元，全年执行12万元。\n"
ACCOUNTS = "\n一、收入支出决算总体情况说明\n2021年度收入总计120.00万元，支出总计118.00万元。\n"


# -- the issuing unit ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("title", "unit"),
    [
        ("青岚市公安局2023年度信息系统维护费及等级测评费项目绩效自评报告", "青岚市公安局"),
        ("2023年度信息系统维护费及等级测评费项目绩效自评报告", UNNAMED),  # no holder
        ("2023年度青岚市公安局项目支出绩效自评报告", "青岚市公安局"),  # a unit: kept
    ],
)
def test_a_fee_between_the_year_and_the_genre_is_no_unit_its_holder_before_the_year_is(title, unit):
    assert document(title + BODY).unit == unit


@pytest.mark.parametrize(
    ("title", "unit"),
    [
        ("关于青岚市司法局2017年度“三公”经费支出决算情况说明", "青岚市司法局"),
        ("2017年度“三公”经费支出决算情况说明", UNNAMED),  # spending is no unit
    ],
)
def test_the_unit_after_关于_issues_a_statement_of_its_spending(title, unit):
    assert document(title + ACCOUNTS).unit == unit


def test_an_index_number_joined_onto_the_title_is_not_part_of_the_name():
    for joined in ("监督索引号53090000722201000", "53090000722201000"):  # lines joined
        text = joined + "青岚市纪律检查委员会2021年度部门决算\n" + ACCOUNTS
        assert document(text).unit == "青岚市纪律检查委员会"
    text = "青岚市12345热线中心2021年度部门决算\n" + ACCOUNTS  # digits inside: kept
    assert document(text).unit == "青岚市12345热线中心"


def test_a_title_in_a_metadata_rows_cell_is_read_without_the_cell_border():
    text = "发布机构: | 青岚区财政局 |\n名称: | 青岚区交通局2021年度部门决算情况说明 |\n" + ACCOUNTS
    assert document(text).unit == "青岚区交通局"


# -- titles of the genre ---------------------------------------------------------------


def test_a_transfers_self_assessment_is_a_project_report_and_its_fund_no_unit():
    text = (
        "附件3青岚县2021年中央食品监管专项转移支付绩效自评报告为进一步规范资金管理,"
        "对我局2021年食品监管补助资金进行自评:中央下达预算资金3万元。\n"
    )
    found = document(text)
    assert (found.genre, found.unit, found.year) == ("项目支出绩效自评报告", UNNAMED, 2021)
    with pytest.raises(IngestError):  # news of a transfer is no report
        document("新闻:2021年中央财政下达专项转移支付资金3万元,用于食品监管。\n")


SHEET = (
    "文库 - 精品文档\n\n青岚县卫生院2021年部门决算公开表20221013044707503.xls\n\n"
    "收入支出决算总表 部门:青岚县卫生院 收入 项目 行次 栏次 金额 1 "
    "七、其他收入 8 1,122,315.04 1,003,618.46 9 10 总计 30 2,125,933.50 注:本表反映。 "
    "公开01表 金额单位:元 支出 项目(按功能分类) 行次 栏次 金额 2 "
    "八、社会保障和就业支出 38 697,723.84 九、卫生健康支出 39 1,428,209.66 十、节能环保支出 40 \n"
)


def test_a_spreadsheets_file_line_titles_it_where_its_body_has_a_table_of_the_genre():
    found = document(SHEET)
    assert (found.genre, found.unit, found.year) == ("部门决算", "青岚县卫生院", 2021)
    file_line_alone = "文库\n\n青岚县卫生院2021年部门决算公开表2022.xls\n\n下载后继续阅读。\n"
    with pytest.raises(IngestError):
        document(file_line_alone)


def test_a_table_flattened_onto_one_line_is_read_only_where_a_row_is_certain():
    found = money(SHEET)
    read = [(w, k, a) for w, k, a in found if k]
    assert read == [
        ("697,723.84", "SPENDING", Decimal("697723.84")),
        ("1,428,209.66", "SPENDING", Decimal("1428209.66")),
    ]
    unread = [w for w, k, _ in found if k is None]  # before the unit, or several per row
    assert unread == ["1,122,315.04", "1,003,618.46", "2,125,933.50"]
    without_unit = SHEET.replace("金额单位:元 ", "")
    assert [m for m in money(without_unit) if "," in m[0]] == []


PIPED_SANGONG = """2017年度青岚县三公经费决算情况说明
2017年度“三公”经费支出决算表
单位:万元
{between}“三公”经费 | 机关运行 经费决算数 | ||||
合计 | 公务接待费 | |||
预算数 | 决算数 | 预算数 | 决算数 | 325.88 |
22.00 | 8.77 | 8.00 | 0.30 |
"""


def test_a_unit_line_above_a_piped_tables_header_rows_is_its_unit_its_cells_unread():
    found = money(PIPED_SANGONG.format(between=""))
    assert [(w, k, a) for w, k, a in found][:2] == [
        ("325.88", None, Decimal("3258800")),
        ("22.00", None, Decimal("220000")),
    ]
    assert [w for w, _, _ in found] == ["325.88", "22.00", "8.77", "8.00", "0.30"]
    note = "注:本表为2017年数据。\n"  # a sentence between: the unit may be another's
    assert money(PIPED_SANGONG.format(between=note)) == []


# -- kinds -----------------------------------------------------------------------------

PROJECT = "2021年青岚县道路项目支出绩效自评报告\n一、项目概况\n"
SANGONG = "2018年青岚县三公经费决算情况说明\n一、收入支出决算总体情况\n"


def kinds(text: str) -> list[str | None]:
    return [k for _, k, _ in money(text)]


def test_a_difference_from_the_budget_is_no_budget():
    text = SANGONG + "三公经费支出2.05万元,年初预算为2.95万元,差值为0.9万元。\n"
    assert kinds(text) == ["SPENDING", "BUDGET", "OTHER"]


def test_what_must_be_paid_is_planned_and_what_was_paid_spent():
    assert kinds(PROJECT + "全年需支付市电信公司68万元的线路租赁费。\n") == ["PLANNED"]
    assert kinds(PROJECT + "全年已支付市电信公司68万元的线路租赁费。\n") == ["SPENDING"]


def test_a_bare_收支_before_its_figure_states_revenue_and_spending_alike():
    text = SANGONG + "主要原因是2020年凌云路项目收支2,000万元,2021年无该项目。\n"
    assert kinds(text) == ["REVENUE", "SPENDING"]
    assert kinds(SANGONG + "主要原因是2020年凌云路项目收入2,000万元。\n") == ["REVENUE"]


def test_a_fees_决算_is_spent_and_its_bracket_stays_in_its_label():
    text = (
        SANGONG + "三公经费年初预算为22.00万元,完成预算的39.86%,其中:因公出国(境)费决算为0万元。\n"
    )
    found = extract(text, "fictional.txt").money
    assert [(m.kind, m.label) for m in found][1] == ("SPENDING", "因公出国(境)费决算")
    text = SANGONG + "预算收入785.59万元，决算数为885.63万元。\n"  # a bare 决算数: revenue
    assert kinds(text) == ["BUDGET", "REVENUE"]


def test_funds_allocated_after_their_figure_are_a_budget():
    text = PROJECT + "各市将2022年度奖补资金8,200万元分配至各县(市、区)。\n"
    assert kinds(text) == ["BUDGET"]
    assert kinds(PROJECT + "各市的2022年度奖补资金8,200万元。\n") == [None]


def test_the_parts_of_a_total_past_its_change_in_percent_are_of_the_totals_kind():
    text = (
        SANGONG
        + "购置及运行费决算支出785万元,较年初预算减少28%其中:购置费274万元,运行费511万元。\n"
    )
    assert kinds(text) == ["SPENDING", "SPENDING", "SPENDING"]
    text = SANGONG + "购置及运行费决算支出785万元,其中:购置费较上年减少274万元。\n"
    assert kinds(text) == ["SPENDING", "CHANGE"]
