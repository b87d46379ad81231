"""A form's funds fields, each label carrying its unit, written with no bar between the cells,
and the source rows under them: the twenty-first held-out trial's class (text 269, an OCR'd
county template on a document-sharing site), held on fictional text with the cases the rule
must not fire on (``gluedfields``)."""

from __future__ import annotations

from decimal import Decimal

from fictional_text import found
from govkg.ingest.extract import extract

COVER = (
    "《项目支出绩效自评报告.docx》由会员分享,可在线阅读。\n"
    "1、项目支出绩效自评报告评价类型:项目实施过程评价项目名称乡村学校少年宫运行经费"
    "项目单位青岚县教育局主管部门青岚县人民政府评价方式:部门(单位)绩效自评"
    "评价机构:部门(单位)评价组一、项目基本概况项目负责人李某项目起止时间2022年1月起至"
    "2022年12月止"
)
FIELDS = "计划安排资金(万元)40实际到位资金(万元){arrived}实际支出(万元)3I+5结余(万元)"
GARBLED = "其中:中央财政其中:中其中;中央财央财政政"
ROWS = (
    "省财政省财政省财政省财政"
    "县财政40县财政{county}县财政18县\n2、财政"
    "其它其它其它13.5其它"
)
AFTER = "二、项目支出明细情况支出内容实际支出数会计凭证号\n"


def _glued(text: str) -> list[tuple[str, str | None, Decimal, str | None]]:
    return [
        (m.as_written, m.kind, m.amount, m.label)
        for m in extract(text, "f.txt").money
        if m.rule == "glued-fields"
    ]


def _form(arrived="36", county="36", garbled=GARBLED, rows=ROWS) -> str:
    return COVER + FIELDS.format(arrived=arrived) + garbled + rows.format(county=county) + AFTER


def test_glued_fields_and_their_source_rows_past_a_garbled_row_and_a_page_marker():
    assert [(w, k, y) for w, k, y, _ in _glued(_form())] == [
        ("40", "BUDGET", Decimal("400000")),
        ("36", "REVENUE", Decimal("360000")),
        ("40", "BUDGET", Decimal("400000")),  # 县财政 under 计划安排资金
        ("36", "REVENUE", Decimal("360000")),
        ("18", "SPENDING", Decimal("180000")),
        ("13.5", "SPENDING", Decimal("135000")),  # 其它, its third cell: 实际支出
    ]
    labels = [label for *_, label in _glued(_form())]
    assert labels[3] == "县财政 实际到位资金"
    assert all(w != "3I+5" for w, *_ in found(_form()))  # garbled: states nothing


def test_a_column_that_does_not_add_up_to_its_total_reads_no_source_row():
    got = _glued(_form(county="35"))  # 35 is not the 36 arrived
    assert [w for w, *_ in got] == ["40", "36"]


def test_a_digit_in_the_garbled_stretch_reads_no_source_row():
    got = _glued(_form(garbled="其中:中央财政其中:中7其中;中央财央财政政"))
    assert [w for w, *_ in got] == ["40", "36"]


def test_a_row_whose_label_comes_more_or_fewer_times_reads_no_source_row():
    rows = ROWS.replace("县财政18县\n2、财政", "县财政18")  # three 县财政 for four fields
    assert [w for w, *_ in _glued(_form(rows=rows))] == ["40", "36"]


def test_a_line_opening_on_a_number_after_no_page_one_cuts_the_label():
    text = _form().replace("1、项目支出绩效自评报告", "项目支出绩效自评报告")
    assert [w for w, *_ in _glued(text)] == ["40", "36"]  # 县 / 2、财政: no page marker


def test_labels_with_no_figure_between_them_are_no_run():
    header = COVER + "预算数(万元)决算数(万元)\n合计 100 90\n" + AFTER
    assert _glued(header) == []


def test_a_barred_form_is_left_to_unitfields():
    barred = COVER + "计划安排资金(万元) | 40 | 实际到位资金(万元) | 36 |\n" + AFTER
    assert _glued(barred) == []
