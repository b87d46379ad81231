"""Trial 59's 1150, a township finance office's 部门预算公开表 given as its first table only,
under the page's tabs: its head's unit line, the budget code glued before the name
(920平山县下口镇财政所 / 预算年度:2025 / 单位:万元, the cleaning joining the short lines), is
the only place the unit is named (``document.budgettablehead``; the corpus's 893 has the same
head under a title). Unnamed before. A bare place, a name with no 预算年度 line after it, or a
预算年度 line after a sentence name no unit."""

from __future__ import annotations

from fictional_text import document
from govkg.ingest.document.budgettablehead import budget_table_unit
from govkg.ingest.text.textview import clean_view

TABS = "2035年部门预算信息公开目录\n部门预算公开表\n部门预算信息公开情况说明\n"
ROWS = (
    "序号 |\n收入 |\n支出 | ||\n1 |\n一、一般公共预算拨款收入 |\n120.5 |\n"
    "一、一般公共服务支出 |\n120.5 |\n2 |\n收入总计 |\n120.5 |\n支出总计 |\n120.5 \n"
)


def test_the_table_heads_unit_line_names_the_unit():
    text = TABS + "812青岚县白石镇财政所 |\n预算年度:2035 |\n单位:万元 | ||\n" + ROWS
    doc = document(text)
    assert doc.unit == "青岚县白石镇财政所"
    assert doc.year == 2035


def test_the_head_on_lines_of_its_own():
    head = "样例页\n\n部门预算收支总表\n\n321青岚县样例局\n\n预算年度:2035\n\n单位:万元\n\n序号\n"
    text = clean_view(head).text
    name, (start, end) = budget_table_unit(text)
    assert name == text[start:end] == "青岚县样例局"


def test_no_placed_name_or_no_year_line_names_no_unit():
    assert budget_table_unit("812青岚县 |\n预算年度:2035 |\n单位:万元 |\n") is None
    assert budget_table_unit("812某某专项资金 |\n预算年度:2035 |\n单位:万元 |\n") is None
    assert budget_table_unit("812青岚县白石镇财政所 |\n单位:万元 |\n") is None
    assert budget_table_unit("青岚县白石镇财政所负责全镇预算年度:2035 |\n单位:万元 |\n") is None
    text = TABS + "预算年度:2035 |\n单位:万元 | ||\n" + ROWS
    assert document(text).unit_named is False
