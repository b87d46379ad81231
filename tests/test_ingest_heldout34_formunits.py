"""Units of the thirty-fourth held-out trial named by a transfer's title or a form's cells,
by class: each rule held on fictional text written unlike the trial's, with near misses that
keep today's reading.

- a transfer's budget execution self-evaluation, the Ministry's title over two lines
  (``report._PROJECT``: …中央对地方转移支付预算执行 / 绩效自评报告);
- a form flattened one cell a line: its 资金使用单位 on the line after its label
  (``formunit._USER``);
- a transfer form whose 地方主管部门 and 资金使用单位 are the same office (``formunit``).
"""

from __future__ import annotations

from fictional_text import document
from govkg.ingest.document.report import UNNAMED

TAIL = (
    "二、项目资金情况\n年初预算30万元,实际支出29.5万元。\n"
    + "项目按期完工,群众满意度较高,后续管护责任已落实到村,档案资料完整齐全。\n" * 20
    + "三、存在的问题\n宣传不够。\n"
)  # long enough that no line of the opening reads as a signature at the end

# -- a transfer's budget execution self-evaluation (report._PROJECT) -------------------------


def test_a_transfers_budget_execution_title_over_two_lines_names_the_unit():
    text = (
        "青岚省农业农村厅2031年度中央对地方转移支付预算执行\n情况绩效自评报告\n\n"
        "一、耕地保护补助资金\n(一)绩效目标分解下达情况\n" + TAIL
    )
    doc = document(text)
    assert (doc.unit, doc.year, doc.genre) == ("青岚省农业农村厅", 2031, "项目支出绩效自评报告")


def test_a_notice_on_such_self_evaluations_is_no_title():
    text = (
        "根据《关于开展2031年度中央对地方转移支付预算执行情况绩效自评工作的通知》要求,"
        "现将有关情况报告如下:\n一、项目基本情况\n" + TAIL
    )
    doc = document(text)
    assert doc.notes[0].startswith("it has no title of the genre family")


# -- a form flattened one cell a line (formunit._USER) ---------------------------------------

FORM = (
    "委员履职服务项目绩效目标自评表 |\n|||||||\n(2031年度) |\n|||||||\n"
    "政策(项目)名称 |\n委员履职服务 |\n||||||\n"
    "{cells}"
    "项目资金 |\n|\n全年预算数 |\n全年执行数 |\n预算执行率 |\n|||\n"
    "年度资金总额: |\n30 |\n29.5 |\n98% |\n||||\n" + TAIL
)


def test_a_funds_user_on_the_line_after_its_label_is_the_unit():
    cells = "项目主管部门 |\n青岚县政协办公室 |\n资金使用单位 |\n青岚县政协办公室 |\n||||\n"
    assert document(FORM.format(cells=cells)).unit == "青岚县政协办公室"


def test_a_different_local_supervisor_on_its_own_line_leaves_the_unit_unread():
    cells = "地方主管部门 |\n青岚市财政局 |\n资金使用单位 |\n青岚县农业农村局 |\n||||\n"
    assert document(FORM.format(cells=cells)).unit == UNNAMED


# -- the local supervisor and the funds' user are one office (formunit) ------------------------


def test_one_office_supervising_and_using_the_money_is_the_unit():
    cells = "中央主管部门 | 民政部 |\n地方主管部门 | 民政局 | 资金使用单位 | 民政局 |\n"
    assert document(FORM.format(cells=cells)).unit == "民政局"


def test_two_offices_of_one_name_at_two_levels_leave_the_unit_unread():
    cells = "地方主管部门 | 青岚市民政局 | 资金使用单位 | 青岚县民政局 |\n"
    assert document(FORM.format(cells=cells)).unit == UNNAMED
