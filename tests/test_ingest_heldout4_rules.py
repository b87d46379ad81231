"""The rules the fourth held-out trial (texts 95–104) asked for, each held on fictional text
with a case it must not fire on: a fiscal account's balancing words (上解, 调出, 稳定调节基金,
财力, 一般公共预算收入 in a 决算); 经费 under a heading of money arriving; the parts of a total
split 按支出性质分; a difference from the budget; amounts that add up to a total of their
paragraph; a figure cut at the end under a short heading; a figure after a clause's comma;
table cells no rule can place, listed unread; parts rounded past their total; the page's
publisher in a ``|`` cell, or
written in full where a form's cell lost a character; a title in two lines.
"""

from __future__ import annotations

from decimal import Decimal

from fictional_text import document, found, kinds
from govkg.ingest.extract import extract

ACCOUNTS = "2023年样例镇人民政府部门决算\n"
PROJECT = "2023年度样例项目支出绩效自评报告\n一、项目概况\n项目预算资金12万元,全年执行12万元。\n"


# -- the first priority: no budget, revenue or other read as spending ------------------------


def test_a_fiscal_accounts_balancing_items_are_neither_spending_nor_budget():
    text = ACCOUNTS + (
        "全镇本级一般公共预算收入实现50.5万元,加上上级补助收入、动用预算稳定调节基金等120.3万元,"
        "收入总计170.8万元。\n全镇一般公共预算支出170.8万元。加上结转下年、安排预算稳定调节基金、"
        "上解上级支出等0万元,支出总计170.8万元。\n政府性基金财力3万元。加上上年结转收入2万元。\n"
    )
    assert kinds(text) == [
        ("50.5万元", "REVENUE"),
        ("120.3万元", "REVENUE"),  # 动用预算稳定调节基金: drawn in, the 预算 is a fund's name
        ("170.8万元", "REVENUE"),
        ("170.8万元", "SPENDING"),  # not fired: the spending of the account is spending
        ("0万元", "OTHER"),  # 上解上级支出: remitted, not spent
        ("170.8万元", "SPENDING"),
        ("3万元", "REVENUE"),  # 财力
        ("2万元", "CARRY_OVER"),
    ]


def test_the_accounts_name_is_no_revenue_where_a_budget_is_said():
    assert kinds(ACCOUNTS + "一般公共预算收入预算为50万元。\n") == [("50万元", "BUDGET")]
    planned = PROJECT + "一般公共预算收入50万元。\n"  # no 决算: not the year's outcome
    assert kinds(planned)[-1] == ("50万元", "BUDGET")
    assert kinds(ACCOUNTS + "结转下年10万元。\n") == [("10万元", "CARRY_OVER")]


def test_funds_named_经费_under_a_heading_of_money_arriving_are_revenue():
    arrived = "(一)项目资金情况\n1.项目资金到位情况。\n截至2023年底,样例项目经费8.5万元。全部列入财政预算。\n"
    assert kinds(PROJECT + arrived)[-1] == ("8.5万元", "REVENUE")
    used = arrived.replace("到位情况", "使用情况")
    assert kinds(PROJECT + used)[-1] == ("8.5万元", "SPENDING")
    spent = arrived.replace("样例项目经费8.5万元", "支出经费8.5万元")
    assert kinds(PROJECT + spent)[-1] == ("8.5万元", "SPENDING")


def test_the_parts_of_a_total_split_by_the_nature_of_its_spending_are_not_spending():
    form = "年度资金总额\n\n300.5万元\n\n按支出性质分:\n\n其中:基本支出:100.5万元\n\n项目支出:200万元\n"
    parts = [m for m in found(PROJECT + form) if m[0] in ("100.5万元", "200万元")]
    assert [(w, k) for w, k, _, _ in parts] == [("100.5万元", None), ("200万元", None)]
    assert all("按支出性质分" in reason for *_, reason in parts)
    sentence = "本年基本支出100.5万元,项目支出200万元。\n"
    assert kinds(PROJECT + sentence)[-2:] == [("100.5万元", "SPENDING"), ("200万元", "SPENDING")]


# -- recall and kinds --------------------------------------------------------------------


def test_a_difference_from_the_budget_is_other_not_a_change():
    text = ACCOUNTS + "财政拨款本年收入80万元,完成年初预算的80%,比年初预算减少20.5万元。\n"
    assert kinds(text)[-1] == ("20.5万元", "OTHER")
    year_on_year = ACCOUNTS + "财政拨款本年收入80万元,比上年减少20.5万元。\n"
    assert kinds(year_on_year)[-1] == ("20.5万元", "CHANGE")


def test_amounts_that_add_up_to_a_total_of_their_paragraph_have_its_kind():
    text = PROJECT + (
        "下达样例资金预算30万元;下达样例资金预算20万元;样例资金合计50万元。"
        "以上任务中,甲补助资金10万元由甲负责,乙资金40万元由乙负责。\n"
    )
    assert kinds(text)[-5:] == [
        ("30万元", "BUDGET"),
        ("20万元", "BUDGET"),
        ("50万元", "BUDGET"),  # 30 + 20
        ("10万元", "BUDGET"),  # 10 + 40 = 50: parts; 补助资金 is the fund's name
        ("40万元", "BUDGET"),
    ]
    off = text.replace("乙资金40万元", "乙资金41万元").replace("合计50万元", "合计51万元")
    assert [k for _, k in kinds(off)[-3:]] == [None, "REVENUE", "REVENUE"]  # 补助 near by


# -- every amount accounted for ------------------------------------------------------------


def test_a_figure_after_a_clauses_comma_is_read_and_a_thousands_comma_is_not_a_start():
    assert kinds(ACCOUNTS + "支出总计,86.5万元。\n")[-1] == ("86.5万元", "SPENDING")
    assert [w for w, _ in kinds(ACCOUNTS + "支出总计1,234万元。\n")] == ["1,234万元"]


def test_a_figure_cut_at_the_end_under_a_short_heading_is_listed_unread():
    text = PROJECT + "1.项目资金到位情况。\n样例经费11.2万元已全部到位。\n2.项目资金执行情况。\n资金按计划执行,11"
    cut = [m for m in found(text) if m[0] == "11"]
    assert [(k, a) for _, k, a, _ in cut] == [(None, Decimal("110000"))]
    assert "ends inside this figure" in cut[0][3]
    long_line = "该项目由样例单位负责实施,各项工作按照计划有序推进,群众满意度较高,取得良好效果"
    far = text.replace("2.项目资金执行情况。", long_line)
    assert [m for m in found(far) if m[0] == "11"] == []


def test_table_cells_no_rule_can_place_are_listed_unread_never_read():
    table = (
        "表1 收入支出决算总表\n单位:万元 收入 项 目 行次 决算数 项 目 行次 决算数 "
        "一、一般公共预算财政拨款收入 1 83.22 一、一般公共服务支出 27 87.21 二、外交支出 28 0.00\n"
    )
    cells = [m for m in found(ACCOUNTS + table) if m[0] in ("83.22", "87.21", "0.00", "1", "27")]
    assert [(w, k, a) for w, k, a, _ in cells] == [
        ("83.22", None, Decimal("832200")),
        ("87.21", None, Decimal("872100")),
        ("0.00", None, Decimal("0")),
    ]  # the 行次 1, 27 are no cells of money
    assert all("a cell of a table in 万元" in reason for *_, reason in cells)
    bare = table.replace("决算数", "金额").replace("收入支出决算总表", "公开01表")
    assert [m for m in found(ACCOUNTS + bare) if m[0] == "83.22"] == []
    between = table.replace("单位:万元 ", "单位:万元。本表为样例。 ")
    assert [m for m in found(ACCOUNTS + between) if m[0] == "83.22"] == []


def test_parts_rounded_past_their_total_hang_under_no_line():
    text = "样例县检察院2023年度部门整体支出绩效评价报告\n一、部门概况\n本年支出合计100.05万元,其中:基本支出60.03万元,项目支出40.03万元。\n"
    lines = extract(text, "f.txt").lines
    names = {line.key: line.name for line in lines}
    parents = {line.name: names.get(line.parent) for line in lines}
    assert parents["基本支出"] is None  # 60.03 + 40.03 = 100.06 > 100.05: rounding
    assert parents["项目支出"] is None
    over = text.replace("40.03万元", "45.03万元")  # 5万元 over: stated, the findings say so
    lines = extract(over, "f.txt").lines
    names = {line.key: line.name for line in lines}
    assert [names.get(line.parent) for line in lines if line.name == "项目支出"] == ["支出"]


# -- units -------------------------------------------------------------------------------


def test_the_publisher_in_a_pages_metadata_cells_is_the_unit():
    body = "\n(样例检查站租金项目)\n一、项目基本情况\n2023年财政安排经费11.2万元。\n"
    named = document("索引号 | 001-2023 | 发布机构 | 青岚县林业和草原局 |" + body)
    assert named.unit == "青岚县林业和草原局"
    place = document("索引号 | 001-2023 | 发布机构 | 青岚县 |" + body)
    assert not place.unit_named


def test_the_publisher_writes_in_full_a_name_a_forms_cell_lost_a_character_of():
    form = "\n2023年部门整体支出绩效自评表\n单位名称: 岚区林业局\n年度资金总额 10万元\n"
    assert document("发布机构: 青岚区林业局" + form).unit == "青岚区林业局"
    other = document("发布机构: 样例市青岚区林业局" + form)  # adds more than a lost character
    assert other.unit == "岚区林业局"


def test_a_unit_alone_on_the_line_above_its_years_title_is_the_unit():
    text = "青岚县样例镇人民政府\n2023年决算报告\n一、收入支出决算总体情况\n全镇一般公共预算支出100万元。\n"
    assert document(text).unit == "青岚县样例镇人民政府"
