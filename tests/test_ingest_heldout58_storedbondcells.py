"""A bond column's cells one a line, which the cleaning joined because a short notice's cells
are long, are read from the lines as stored (trial 58's 1103, 永嘉县巽宅镇人民政府's 专项债券
evaluation notice: …投资有限公司 / …建设项目 / 0.05 joined into one line, the bond's issued
size 0.05 亿元 unread before). Only where the cleaned lines read no row, and only a cell the
cleaning kept whole; a planned bond (计划发行金额) stays unread, and a table the cleaned lines
read is read once. Test material, fictional."""

from __future__ import annotations

from decimal import Decimal

from govkg.ingest.extract import extract
from govkg.ingest.tables.bondcolumn import find_bond_columns
from govkg.ingest.text.simplified import simplified
from govkg.ingest.text.textview import TextView, clean_view

NOTICE = (
    "2035年青岚专项债券项目资金绩效评价公开\n"
    "根据《样例省财政厅关于开展2036年度地方政府专项债券项目资金绩效评价工作的通知》(样财债"
    "[2036]3号)等文件要求,现将青岚县样例镇人民政府2035年度专项债券项目资金绩效评价情况公示如下:\n"
    "序号\n主管部门\n项目单位\n项目名称\n发行金额(亿元)\n评价结果\n备注\n"
    "1\n青岚县样例镇人民政府\n青岚县样例镇城乡建设投资发展有限公司\n青岚县样例镇山区共同富裕示范片区建设项目\n"
    "0.08\n优\n主管部门评价结果"
)


def _cells(text: str) -> list[tuple[str, Decimal, str]]:
    view = clean_view(text)
    view = TextView(view.source, simplified(view.text), view.origin)
    return [(m.as_written, m.amount, m.kind) for m in find_bond_columns(view, 2035)]


def test_a_joined_rows_bond_cell_is_read_from_the_stored_lines():
    assert "建设项目0.08" in clean_view(NOTICE).text  # the cleaning joined the cells
    assert _cells(NOTICE) == [("0.08", Decimal("8000000.00"), "REVENUE")]
    money = extract(NOTICE, "fictional.txt").money
    assert [(m.as_written, m.kind) for m in money] == [("0.08", "REVENUE")]
    assert money[0].cites[0].quote == "0.08"
    assert "发行金额" in money[0].label


def test_a_planned_bond_stays_unread():
    assert _cells(NOTICE.replace("发行金额(亿元)", "计划发行金额(亿元)")) == []


def test_a_table_the_cleaned_lines_read_is_read_once():
    short = NOTICE.replace("青岚县样例镇城乡建设投资发展有限公司", "样例公司").replace(
        "青岚县样例镇山区共同富裕示范片区建设项目", "示范项目"
    )
    assert "示范项目\n0.08" in clean_view(short).text  # not joined
    assert _cells(short) == [("0.08", Decimal("8000000.00"), "REVENUE")]
