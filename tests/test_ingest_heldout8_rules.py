"""The rules the eighth held-out trial (texts 131–140) asked for, each held on fictional text
with a case it must not fire on: an amount glued from a form's cells (a points cell before
it, the same amount again after it) is never read; a title naming only money (2019年收入
决算情况说明) names no unit, and a form's next field (填报日期) is never part of a unit's name.
"""

from __future__ import annotations

from decimal import Decimal

from fictional_text import document, found, kinds
from govkg.ingest.extract import extract
from govkg.ingest.tables.gluedcells import REASON

# -- class 1: an amount glued from a form's cells --------------------------------------------

GLUED = (
    "2022年样例资金项目绩效自评表项目名称样例水标尺项目主管部门样例县水务局"
    "绩效指标一级指标二级指标三级指标分值年度指标值全年实际值得分"
    "时效指标及时开工率10≥90%≥90%10成本指标项目计划总投资1030万元30万元10"
    "效益指标社会效益指标群众满意度10≥95%≥95%10\n"
)


def test_an_amount_glued_from_a_points_cell_and_an_amount_is_not_read():
    # since corpus round 17 a cut the form's points prove is read (gluedpoints: 1030 is 10 |
    # 30 within the form's 100 points); here 1 | 530 and 15 | 30 both fit: never read
    figures = found(GLUED.replace("1030万元30万元10", "1530万元30万元1"))
    glued = [f for f in figures if f[0] == "1530万元"]
    assert len(glued) == 1
    _, kind, _, reason = glued[0]
    assert kind is None
    assert reason == REASON.format(points="15", tail="30万元")
    assert not any(f[2] == Decimal("15300000") and f[1] for f in figures)


def test_an_ordinary_sentence_keeps_its_amount_read():
    text = (
        GLUED.replace("1030万元30万元10", "10")
        + "项目计划总投资1030万元,其中30万元为本年财政拨款。\n"
    )
    figures = found(text)
    assert ("1030万元", Decimal("10300000")) in [(f[0], f[2]) for f in figures if f[1]]
    # the same amount again, but after more than a points cell: no glued cells
    text = GLUED.replace("1030万元30万元10", "1030万元530万元10")
    assert [f[3] for f in found(text) if f[0] == "1030万元"] != [
        REASON.format(points="10", tail="30万元")
    ]


# -- class 2: a unit is a name ending with an organisation word ---------------------------

ACCOUNTS = (
    "目录\n一、部门概况\n二、2019年度部门决算表\n(一)2019年收入决算情况说明\n"
    "第一部分 样例市退役军人事务局概况\n样例市退役军人事务局2019年收入合计300万元,支出合计280万元。\n"
)


def test_a_heading_naming_only_money_names_no_unit():
    assert document(ACCOUNTS).unit == "样例市退役军人事务局"
    # a title naming the unit is kept
    titled = "样例市退役军人事务局2019年度部门决算情况说明\n一、收入合计300万元。\n"
    assert document(titled).unit == "样例市退役军人事务局"


FIELDS = (
    "2021年项目绩效自评报告表(实施单位用)填报单位:{unit}{field}:2022年9月18日"
    "基本情况项目名称样例项目资金总额1000万元。支出情况良好。\n"
)


def test_a_form_field_after_the_unit_is_never_part_of_its_name():
    for field in ("填报日期", "填報日期", "联系人", "负责人"):
        text = FIELDS.format(unit="样例市疾病预防控制中心", field=field)
        assert document(text).unit == "样例市疾病预防控制中心", field
    # a field at the end of the line: the name is kept whole
    text = (
        "2021年项目绩效自评报告表填报单位:样例市人民政府办公室\n资金总额1000万元。支出情况良好。\n"
    )
    assert document(text).unit == "样例市人民政府办公室"


# -- class 3: every amount accounted for -----------------------------------------------------

SHEET = (
    "样例中心2021年度部门决算公开部门决算表.xls\n"
    "收入支出决算表 公开01表 部门:样例中心 金额单位:元 收入 项目 支出 行次 栏次 金额 "
    "项目(按功能分类) 1 栏次 1,234,567.89 一、一般公共服务支出 行次 金额 2 "
    "一、一般公共预算财政拨款收入 1 本年收入合计 27 1,234,567.89 "
    "注:1.本表反映部门本年度的总收支和年初、年末结转结余情况。 总计 60 1,234,567.89\n"
)


def test_a_sheets_comma_grouped_cells_are_listed_unread():
    cells = [(w, k, r) for w, k, _, r in found(SHEET)]
    assert [w for w, _, _ in cells] == ["1,234,567.89"] * 3  # the note ends no table
    assert all(k is None and r for _, k, r in cells)
    # a body sentence after the table ends it: the cell after it is no cell of the table
    text = SHEET.replace("注:1.本表反映", "本单位说明")
    assert [w for w, *_ in found(text)] == ["1,234,567.89"] * 2


TARGET = (
    "项目支出绩效目标表\n(2023年度)\n项目名称\n|\n样例增雨项目\n|\n项目资金\n(万元)\n|\n"
    "中期资金总额:\n|\n300.5万\n|\n年度资金总额:\n|\n100.5万\n|\n|\n其中:财政拨款\n|\n300.5万\n|\n"
    "其中:财政拨款\n|\n100.5万\n|\n|\n其他资金\n|\n|\n其他资金\n|\n|\n总\n体\n目\n标\n"
)


def test_a_target_forms_funds_are_budgets_in_their_columns():
    read = [(w, k, y) for w, k, y, _ in found(TARGET)]
    assert read == [
        ("300.5万", "BUDGET", Decimal("3005000")),
        ("100.5万", "BUDGET", Decimal("1005000")),
        ("300.5万", "BUDGET", Decimal("3005000")),
        ("100.5万", "BUDGET", Decimal("1005000")),
    ]
    years = [m.year for m in extract(TARGET, "f.txt").money]
    assert years == [None, 2023, None, 2023]  # 中期: a term of years


def test_a_self_assessment_forms_total_row_is_no_target_form():
    text = (
        "项目支出绩效自评表\n(2023年度)\n项目资金 (万元) 年初预算数 全年预算数 全年执行数 分值 "
        "执行率 得分 年度资金总额: 0 0 0 10 0 0 其中:本年财政拨款 90 89.974 89.974\n"
    )
    assert not any(m.rule == "target-form" for m in extract(text, "f.txt").money)


# -- class 4: kinds decided by the words -----------------------------------------------------


def test_a_project_forms_funds_by_source_are_budgets():
    text = (
        "2021年项目绩效自评报告表填报单位:样例市疾病预防控制中心\n基本情况项目名称样例项目"
        "资金总额及构成总额100.5万元,其中:中央60.5万元;省级财政10万元;市级财政30万元;其他万元。"
        "实施情况全年支出资金95万元。\n"
    )
    assert kinds(text) == [
        ("100.5万元", "BUDGET"),
        ("60.5万元", "BUDGET"),
        ("10万元", "BUDGET"),
        ("30万元", "BUDGET"),
        ("95万元", "SPENDING"),  # after the field's end: its own words
    ]


def test_an_adjusted_budget_compared_with_the_first_is_a_change():
    text = (
        "样例中心2024年度部门决算\n一、支出决算情况。2024 年部门年初预算 100.5 万元,年中调整预算为 "
        "150.5 万元,比年初预算增加 50 万元,全年执行数 140 万元。\n"
    )
    assert ("50 万元", "CHANGE") in kinds(text)
    # an outcome short of its budget stays a difference, not a change
    text = (
        "样例中心2024年度部门决算\n一、收入决算情况。财政拨款本年收入60万元,完成年初预算的60%,"
        "比年初预算减少40万元。\n"
    )
    assert ("40万元", "OTHER") in kinds(text)


def test_money_counted_into_revenue_is_revenue():
    text = (
        "样例中心2024年度部门决算\n一、收入决算情况。市财政将部分预留总预算资金 30.5 万元,"
        "统一计入我中心财政拨款收入。另安排预算资金20万元,不列入年初预算。\n"
    )
    assert kinds(text)[:2] == [("30.5 万元", "REVENUE"), ("20万元", "BUDGET")]


def test_what_was_paid_out_and_put_to_use_is_spent():
    text = (
        "2022年样例项目支出绩效自评报告\n该项目申请专项债券资金5亿元,2022年已拨付资金3亿元,"
        "已全部投入使用。\n"
    )
    assert ("3亿元", "SPENDING") in kinds(text)
    # paid out with no word of its use: the other rules' reading stands
    text = text.replace(",已全部投入使用", ",由专户管理")
    assert ("3亿元", "SPENDING") not in kinds(text)


# -- class 5: a grade's money stated as a share of spending --------------------------------


def test_money_of_a_grade_stated_as_a_share_of_spending_is_spending():
    text = (
        "样例中心2024年度部门决算\n项目支出绩效自评结果。项目10个,项目支出总额50 万元。"
        "10 个项目评为一等,涉及资金 50 万元,占项目总数比例 100%,占项目支出总额比例 100%;"
        "0 个项目评为二等,涉及资\n金 0 万元,占项目总数比例 0%,占项目支出\n总额比例 0%。\n"
    )
    assert kinds(text)[1:] == [("50 万元", "SPENDING"), ("0 万元", "SPENDING")]
    # a share of the project count alone says nothing of money
    text = "样例中心2024年度部门决算\n项目支出情况。涉及资金 50 万元,占项目总数比例 100%。\n"
    assert kinds(text) == [("50 万元", None)]
