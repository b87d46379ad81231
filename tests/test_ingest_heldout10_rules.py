"""The rules the tenth held-out trial (texts 149–158) asked for, each held on fictional text
with a case it must not fire on: a 三公 budget note is a report of the family (its title
…“三公”经费预算公开, or 财政拨款安排“三公”经费 with its amount); the items of a stated 三公
total take its kind; a 三公 table is read only where its own sums make each row certain; a
one-cell-a-line table's short row is unread; a title that drops 市 names the body's unit, a
unit may introduce itself after a comma, a 三公 sentence may open on the unit; a 资金来源
paragraph states revenue; a cost row under 年初目标值(A) | 实际完成值(B) | 得分 is read.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from fictional_text import document, found, kinds
from govkg.core.errors import IngestError
from govkg.ingest.corpus import expected_places

# -- class 1: a 三公 budget note is of the family ----------------------------------------------

TITLED = (
    "样例市样例区样例局2018年“三公”经费预算公开\n"
    "一、“三公”经费2018年预算情况\n"
    "2018年“三公”经费财政拨款预算3.50万元,比2017年预算减少0.20万元。\n"
)
ARRANGED = (
    "一、財政撥款安排的“三公”經費預算情況:\n"
    "2018年本部門財政撥款安排“三公”經(jīng)費12萬(wàn)元,比上年增加1萬(wàn)元。\n"
)


def test_a_三公_budget_note_with_its_title_or_its_arranged_total_is_accepted():
    read = document(TITLED)
    assert read.unit == "样例市样例区样例局"
    assert read.year == 2018
    assert ("3.50万元", "BUDGET") in kinds(TITLED)
    assert document(ARRANGED).year == 2018


def test_安排_without_财政拨款_or_a_title_that_goes_on_stays_refused():
    for text in (
        "样例县新闻\n今年全县安排“三公”经费500万元,比上年减少10%。\n",
        "样例市关于“三公”经费预算公开的通知\n各单位要按时公开,不得拖延。\n",
    ):
        with pytest.raises(IngestError, match="does not look like"):
            document(text)


# -- class 2: the items of a stated 三公 total -------------------------------------------------

ITEMS = (
    "样例县2019年度部门决算\n"
    "样例县2019年一般公共预算安排“三公”经费决算数300万元,比上年决算数下降5%。"
    "分项情况是:因公出国(境)经费10万元,比上年下降1%;公务接待费90万元,比上年下降2%;"
    "公车购置及运行费200万元(其中公务用车购置费50万元,公务用车运行费150万元),比上年下降3%。\n"
)


def test_the_items_of_a_三公_total_take_its_kind():
    got = kinds(ITEMS)
    for written in ("90万元", "200万元", "50万元", "150万元"):
        assert (written, "SPENDING") in got, written
    budget = ITEMS.replace("决算数300万元", "预算数300万元").replace("比上年决算数", "比上年")
    budget = budget.replace("因公出国(境)经费", "因公出国(境)费")  # 经费 alone reads as spent
    assert ("90万元", "BUDGET") in kinds(budget)


def test_items_are_not_read_where_the_paragraph_states_two_kinds_or_no_total():
    both = ITEMS.replace("决算数300万元,比上年决算数下降5%。", "预算数320万元,实际支出300万元。")
    assert ("90万元", None) in kinds(both)  # a part of the budget or of the spending: unsaid
    alone = "样例县2019年度部门决算\n情况如下:公务接待费90万元;会议费5万元。\n"
    assert ("90万元", None) in kinds(alone)
    counted = ITEMS.replace("比上年决算数下降5%。分项情况是:", "共有车辆12辆。其中:")
    assert ("90万元", None) in kinds(counted)  # 其中 after a count: the count's parts


# -- class 3: a 三公 table read where its sums make it certain ----------------------------------

SUM_GRID = (
    "单位:万元\n|\n项目\n|\n合计\n|\n一般公共\n预算\n|\n政府性基金\n预算\n|\n"
    "“三公”经费\n|\n12.00\n|\n12.00\n|\n0.00\n|\n"
    "其中:因公出国(境)费\n|\n2.00\n|\n2.00\n|\n0.00\n|\n"
    "公务接待费\n|\n10.00\n|\n9.00\n|\n0.00\n|\n"
    "一、财政拨款安排的“三公”经费预算情况:\n"
    "2020年本部门财政拨款安排“三公”经费12万元,比上年增加1万元。\n"
)


def test_a_sum_grid_of_a_budget_note_is_read_row_by_row_where_each_row_adds_up():
    got = found(SUM_GRID)
    read = [(w, k) for w, k, _, _ in got if k is not None and "万" not in w]
    assert read.count(("12.00", "BUDGET")) == 2
    assert read.count(("2.00", "BUDGET")) == 2
    assert ("10.00", "BUDGET") not in read  # 10.00 ≠ 9.00 + 0.00: the row is not certain
    assert ("9.00", "BUDGET") not in read


def test_a_sum_grid_of_a_note_naming_budget_and_accounts_is_not_read():
    text = SUM_GRID.replace("比上年增加1万元", "决算支出11万元")
    assert not [w for w, k, _, _ in found(text) if k is not None and "万" not in w]


CHANGE_GRID = (
    "样例县财政局2016年度部门决算\n样例县2016年“三公”经费决算情况统计表 | |\n单位:万元 | ||\n"
    "项目 | 上年决算数 | 本年决算数 | 比上年增、减情况 | |\n增、减金额 | 增、减幅度 | |\n"
    "合计 | 100.50 | 90.50 | -10 | -9.95% |\n"
    "1.因公出国(境)费 | 20 | 25 | 5 | 25% |\n"
    "2.公务接待费 | 80.50 | 70.50 | -9 | -11.18% |\n"
)


def test_a_change_grid_reads_last_this_year_and_the_change_where_they_check():
    got = {(w, k, a) for w, k, a, _ in found(CHANGE_GRID)}
    assert ("100.50", "SPENDING", Decimal("1005000")) in got
    assert ("90.50", "SPENDING", Decimal("905000")) in got
    assert ("10", "CHANGE", Decimal("100000")) in got  # the magnitude, its sign in the label
    assert ("5", "CHANGE", Decimal("50000")) in got
    # 80.50 - 9 ≠ 70.50: the row is not certain, nothing of it is read
    assert not {w for w, k, _ in got if k} & {"80.50", "70.50", "9"}


NESTED = (
    "样例区样例局2016年“三公”经费预算公开\n单位:万元 | |\n"
    "合 计 | 因公出国(境)费 | 公务用车费 | 公务接待费 | |\n"
    "小 计 | 公务用车运行维护费 | 公务用车购置费 | |\n"
    "6.5 | 1 | 3 | 3 | 0 | 2.5 | |\n注:上述数据为财政拨款安排的“三公”经费预算。\n"
)


def test_a_nested_grid_is_read_where_its_subtotal_and_total_add_up():
    got = [(w, k) for w, k, _, _ in found(NESTED)]
    assert got[:6] == [(w, "BUDGET") for w in ("6.5", "1", "3", "3", "0", "2.5")]
    wrong = NESTED.replace("6.5 | 1 | 3 |", "6.5 | 1 | 4 |")  # 4 ≠ 3 + 0
    assert all(k is None for w, k, _, _ in found(wrong) if "万" not in w)


# -- a table one cell a line: a row short of cells ---------------------------------------------

ONE_A_LINE = (
    "样例局2016年度部门决算\n一、“三公”经费决算情况表\n(单位:万元)\n项 目\n预算数\n决算数\n"
    "合 计\n20.00\n18.00\n因公出国(境)费\n0.00\n公务接待费\n20.00\n18.00\n"
)


def test_a_short_row_of_a_table_one_cell_a_line_is_unread():
    got = found(ONE_A_LINE)
    assert ("0.00", None) in [(w, k) for w, k, _, _ in got]
    assert ("18.00", "SPENDING") in [(w, k) for w, k, _, _ in got]
    piped = ONE_A_LINE.replace("因公出国(境)费\n0.00\n", "因公出国(境)费 | 0.00 | |\n")
    assert ("0.00", None) not in [(w, k) for w, k, _, _ in found(piped)]


# -- class 4: units ------------------------------------------------------------------------------


def test_a_title_that_drops_市_names_the_unit_the_body_writes_in_full():
    text = (
        "重庆样例区样例指挥中心2020年部门决算说明\n一、部门基本情况\n"
        "(二)机构设置。重庆市样例区样例指挥中心属于财政拨款一级预算事业单位。\n"
        "二、收入支出决算总体情况说明\n2020年度收入总计100万元。\n"
    )
    assert document(text).unit == "重庆市样例区样例指挥中心"
    other = text.replace("重庆市样例区样例指挥中心属于", "重庆市别处区样例指挥中心属于")
    assert document(other).unit == "重庆样例区样例指挥中心"  # another place: not the same


def test_a_unit_introduced_after_a_comma_or_opening_a_三公_sentence():
    comma = (
        "第一部分部门概况\n一、部门职责\n1.负责接待工作。\n二、机构设置\n"
        "样例县样例服务中心,为县委直属事业单位,为正科级。\n"
        "第二部分 2022年度部门决算情况说明\n一、收入支出决算总体情况说明\n"
        "2022年度收入总计100万元。\n"
    )
    assert document(comma).unit == "样例县样例服务中心"
    three = (
        "一、2016年“三公”经费决算情况表\n(单位:万元)\n项 目\n预算数\n决算数\n"
        "合 计\n20.00\n18.00\n二、2016年“三公”经费财政拨款支出决算情况说明\n"
        "样例市样例执法局2016年度“三公”经费财政拨款支出决算为18万元,完成年初预算的90%。"
        "其中:公务接待费支出决算为18万元,主要用于接待上级检查、来访考察等工作,比上年有所减少。\n"
    )
    assert document(three).unit == "样例市样例执法局"
    hands_out = three.replace("“三公”经费财政拨款支出决算为18万元", "“三公”经费下达各单位18万元")
    assert document(hands_out).unit != "样例市样例执法局"


# -- class 5: a 资金来源 paragraph, a cost row with its own units --------------------------------

ORIGIN = (
    "样例县2019年度样例平台项目支出绩效自评报告\n一、项目概况\n(一) 资金来源情况\n"
    "样例平台建设项目共计50万,其中财政拨款30万,银行赞助20万。\n"
    "(二) 资金使用情况\n项目支出45万元。\n"
)


def test_the_amounts_under_a_资金来源_heading_are_revenue():
    got = kinds(ORIGIN)
    for written in ("50万", "30万", "20万"):
        assert (written, "REVENUE") in got, written
    assert ("45万元", "SPENDING") in got


def test_a_heading_that_goes_on_or_an_amount_with_its_own_kind_is_left():
    goes_on = ORIGIN.replace("(一) 资金来源情况", "(一) 资金来源及使用情况")
    assert ("30万", "REVENUE") not in kinds(goes_on)
    own = ORIGIN.replace("银行赞助20万", "已支出20万")
    assert ("20万", "REVENUE") not in kinds(own)


COST_ROW = (
    "2022年度样例市样例项目自评表\n项目名称 | 样例项目 | |\n"
    "年度绩效目标 | 一级指标 | 二级指标 | 三级指标 | 年初目标值(A) | 实际完成值(B) | 得分 | |\n"
    "成本指标\n| 宣传片制作费、方案编制费 | 80万 | 78.5万元 | 10 | |\n"
)


def test_a_cost_row_under_a_target_header_with_得分_alone_is_read():
    got = kinds(COST_ROW)
    assert ("80万", "PLANNED") in got
    assert ("78.5万元", "SPENDING") in got
    no_score = COST_ROW.replace("| 10 | |", "| 好 | |")
    assert ("80万", "PLANNED") not in kinds(no_score)


def test_an_item_number_is_no_place_of_a_bare_cell():
    text = "合计\n|\n1.00\n|\n1.公务用车购置\n|\n0.00\n|\n公务接待费\n|\n1\n|\n"
    (place,) = expected_places(text, [{"as_written": "1"}])
    assert text[place[0] : place[1] + 2] == "1\n|"
