"""The whole-department rules the eighteenth held-out trial asked for, each held on fictional
text with cases it must not fire on: a data sheet's grid headed by year, one cell a line
(yeargrid); a caption that lost its closing parenthesis (tableunits.open_unit) and a form's
自评得分 column (selfeval_form); the year's funds split by source and by nature, read where
its sums place it (naturesplit); a title's name with its level mark (本级) written in full
by the body's 机构设置 (titleunit, issuer).
"""

from __future__ import annotations

from decimal import Decimal

from fictional_text import document, found, kinds
from govkg.ingest.extract import extract
from govkg.ingest.tables.tableunits import open_unit

# -- a data sheet's grid headed by year, one cell a line (yeargrid) ---------------------------

SHEET = (
    "2022年青岚市某某镇人民政府决算编制说明\n\n"
    "2022年度部门整体支出绩效评价基础数据表\n\n"
    "财政供养人员情况(人\n\n编制数\n\n2022 年实际在职人数\n\n控制率\n\n30\n\n28\n\n93.33%\n\n"
    "{caption}\n\n2021 年决算数\n\n2022 年预算数\n\n2022 年决算数\n\n"
    "三公经费:\n\n0\n\n1.50\n\n0.80\n\n"
    "项目支出:\n\n312.40\n\n150.00\n\n298.75\n\n"
    "1、业务工作经费\n\n\n\n\n"
    "……\n\n\n\n\n"
    "公用经费\n\n40.10\n\n{partial}\n\n"
    "政府采购金额\n\n12.00\n\n15.00\n\n14.20\n\n"
    "楼堂馆所控制情况\n\n批复规模(㎡\n\n 120\n\n预算投资\n\n(万元\n\n 66.60\n\n"
    "说明:项目支出需要填报基本支出以外的所有项目支出情况。\n"
)


def _sheet(caption: str = "经费控制情况(万元", partial: str = "38.00\n\n41.25") -> str:
    return SHEET.format(caption=caption, partial=partial)


def test_a_year_headed_grid_is_read_row_by_row_with_each_heads_year():
    money = extract(_sheet(), "f.txt").money
    got = [(m.as_written, m.kind, m.year, m.label) for m in money if m.kind]
    assert got == [
        ("0", "SPENDING", 2021, "三公经费 2021年决算数"),
        ("1.50", "BUDGET", 2022, "三公经费 2022年预算数"),
        ("0.80", "SPENDING", 2022, "三公经费 2022年决算数"),
        ("312.40", "SPENDING", 2021, "项目支出 2021年决算数"),
        ("150.00", "BUDGET", 2022, "项目支出 2022年预算数"),
        ("298.75", "SPENDING", 2022, "项目支出 2022年决算数"),
        ("40.10", "SPENDING", 2021, "公用经费 2021年决算数"),
        ("38.00", "BUDGET", 2022, "公用经费 2022年预算数"),
        ("41.25", "SPENDING", 2022, "公用经费 2022年决算数"),
    ]
    assert ("312.40", "SPENDING", Decimal("3124000"), None) in found(_sheet())


def test_a_row_short_of_a_figure_and_a_procurement_row_are_listed_unread():
    got = found(_sheet(partial="41.25"))  # 公用经费: two figures under three heads
    unread = [(w, r) for w, k, _, r in got if k is None]
    assert [w for w, _ in unread] == ["40.10", "41.25", "12.00", "15.00", "14.20"]
    assert "2 figures for 3 columns" in unread[0][1]
    assert "政府采购金额" in unread[2][1]


def test_the_grid_ends_at_another_caption_with_its_unit():
    # 楼堂馆所's 120 (㎡) and 66.60 (under 预算投资 / (万元) are no cells of the grid
    assert all(w not in ("120", "66.60") for w, _ in kinds(_sheet()))


def test_a_closed_caption_states_the_unit_too():
    assert ("298.75", "SPENDING") in kinds(_sheet(caption="经费控制情况(万元)"))


def test_a_grid_whose_caption_states_no_unit_reads_nothing():
    got = found(_sheet(caption="经费控制情况"))  # corpus 01's sheet: no 万元 anywhere near
    assert all(w not in ("312.40", "298.75", "0.80") for w, _, _, _ in got)


def test_heads_in_a_sentence_are_no_grid():
    text = (
        "2022年青岚市某某镇人民政府部门整体支出绩效自评报告\n"
        "单位:万元\n2021年决算数为312.40,2022年预算数为150.00。\n"
        "2021 年决算数\n\n2022 年预算数 150.00\n\n项目支出\n\n312.40\n\n150.00\n"
    )
    assert all(k is None for _, k in kinds(text))


# -- a form's total row under (万元 and 自评得分; its split by source and nature (naturesplit) --


def test_open_unit_is_a_whole_captions_end_only():
    assert open_unit("经费控制情况(万元") == "万元"
    assert open_unit("(万元 ") == "万元"
    assert open_unit("预算(万元 以下的项目") is None
    assert open_unit("经费控制情况(万元)") is None  # closed: cell_unit's


FORM = (
    "2022年青岚市某某镇人民政府决算编制说明\n\n"
    "2022年度部门整体支出绩效自评表\n\n"
    "预算部门、单位名称\n\n青岚市某某镇人民政府\n\n"
    "年度预算申请\n\n(万元\n\n\n年初预算数\n\n全年预算数\n\n全年执行数\n\n分值\n\n执行率\n\n"
    "自评得分\n\n年度资金总额\n\n{row}\n\n"
    "{split}\n\n 年度总体目标\n\n预期目标\n\n实际完成情况\n\n完成全镇各项工作任务。\n"
)
ROW = "500.00\n\n820.00\n\n820.00\n\n10\n\n100%\n\n10"
SPLIT = (
    "按收入性质分:820.00\n\n按支出性质分:{nature}\n\n其中: 一般公共预算:600.00\n\n"
    "其中:基本支出:{basic}\n\n政府性基金拨款:20.00\n\n项目支出:300.00\n\n"
    "纳入专户管理的非税收入拨款:\n\n\n其他资金:{other}"
)


def _form(row=ROW, nature="780.00", basic="480.00", other="200.00", split=None) -> str:
    split = SPLIT.format(nature=nature, basic=basic, other=other) if split is None else split
    return FORM.format(row=row, split=split)


def test_the_total_row_is_read_under_an_open_unit_and_a_self_score_column():
    got = kinds(_form())
    assert got[:3] == [("500.00", "BUDGET"), ("820.00", "BUDGET"), ("820.00", "SPENDING")]


def test_a_split_that_adds_up_to_the_budget_is_budget_and_one_that_adds_to_nothing_unread():
    got = found(_form())
    assert [(w, k) for w, k, _, _ in got[3:]] == [
        ("820.00", "BUDGET"),  # 600 + 20 + 200 = 820, the 全年预算数
        ("780.00", None),  # 480 + 300 = 780: no figure of the total row
        ("600.00", "BUDGET"),
        ("480.00", None),
        ("20.00", "BUDGET"),
        ("300.00", None),
        ("200.00", "BUDGET"),
    ]
    assert "add up to no figure" in got[4][3]


def test_a_split_equal_to_the_executed_figure_only_is_spending():
    row = "500.00\n\n820.00\n\n780.00\n\n10\n\n95.12%\n\n9"  # 780 / 820 = 95.12%
    got = kinds(_form(row=row))
    assert ("480.00", "SPENDING") in got
    assert ("300.00", "SPENDING") in got


def test_parts_that_do_not_add_up_to_their_stated_total_are_unread():
    got = kinds(_form(other="199.99"))  # 600 + 20 + 199.99 ≠ 820
    assert ("600.00", None) in got
    assert ("199.99", None) in got
    assert ("820.00", None) in got


def test_a_cell_of_neither_half_leaves_the_block_unread():
    split = SPLIT.format(nature="780.00", basic="480.00", other="200.00").replace(
        "项目支出:300.00", "人员经费:300.00"
    )
    got = kinds(_form(split=split))
    assert all(k is None for w, k in got[3:])


def test_parts_in_their_own_unit_with_no_stated_totals_match_the_budget():
    # corpus 95's shape: each cell with 万元, no figure after 按…性质分, the total row's rate
    # contradicting its figures (so the row itself is not read)
    row = "820.00万元\n\n820.00万元\n\n640.00万元\n\n10\n\n100%\n\n10"
    split = (
        "按收入性质分:\n\n按支出性质分:\n\n其中: 一般公共预算:620.00万元\n\n"
        "其中:基本支出:520.00万元\n\n政府性基金拨款:\n\n项目支出:300.00万元\n\n"
        "纳入专户管理的非税收入拨款:\n\n其他资金:200.00万元"
    )
    got = kinds(_form(row=row, split=split))
    for figure in ("620.00万元", "520.00万元", "300.00万元", "200.00万元"):
        assert (figure, "BUDGET") in got


def test_label_figure_cells_not_right_under_the_total_row_are_no_split():
    text = _form().replace("按收入性质分:820.00", "备注:见附表\n\n按收入性质分:820.00")
    assert all(k is None for w, k in kinds(text)[3:])


# -- a title's name with its level mark, written in full by the body (titleunit, issuer) -----

LEVEL = (
    "2021年度林业局(本级)部门整体支出绩效自评报告\n"
    "一、基本情况\n(一)部门基本情况。\n"
    "1.职能职责。负责林业及其生态建设的监督管理。\n"
    "2.单位构成。{body}内设办公室、计划财务科等5个内设机构。\n"
    "2021年部门决算收入1200.00万元,支出1200.00万元。\n"
)


def test_the_body_s_subdivision_writes_the_titles_bare_bureau_in_full():
    assert document(LEVEL.format(body="青岚市翠屏区林业局")).unit == "青岚市翠屏区林业局"


def test_another_bureau_or_a_subordinate_is_not_the_title_s():
    assert document(LEVEL.format(body="青岚市翠屏区农业农村局")).unit == "林业局"
    assert document(LEVEL.format(body="青岚市翠屏区林业局种苗站")).unit == "林业局"


def test_a_titles_level_mark_is_not_part_of_the_name():
    text = LEVEL.format(body="本局").replace("2021年度林业局", "2021年度青岚市林业局")
    assert document(text).unit == "青岚市林业局"
