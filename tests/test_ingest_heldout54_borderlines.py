"""A 三公 预算表 piped one cell a line whose title is followed by lines of bare borders (|, ||)
and whose unit closes its own empty cell (单位:万元 |), its rows' empty cells kept (trial 54's
954, a prefecture bureau's note): the border lines are no lines between the title and the
unit, the unit's empty cell is no head, and each figure is read in its column where the
table's sums prove the rows (``tables.threepublicemptycells``). Sums that fail, or a title
further up than three lines of words, read nothing. Test material, fictional."""

from __future__ import annotations

from govkg.ingest.extract import extract

LEAD = (
    "当前位置: 样例州人民政府>>样例局窗口>>公开目录>>工作动态>>\n"
    "样例局2030年“三公”经费预算情况说明\n"
    "样例局2030年“三公”经费财政拨款预算安排30万元,其中,安排因公出国(境)费0万元,"
    "公务用车购置及运行费20万元,公务接待费10万元。具体情况如下:\n"
    "一、公务接待费\n"
    "2030年样例局安排公务接待费预算10万元,比上年减少1万元,下降9.09%,主要用于上级部门"
    "检查项目工作接待;县市、乡镇上报项目工作时接待。\n"
    "附表:样例局2030年“三公”经费预算表\n"
)
TITLE = "样例局2030年“三公”经费财政拨款预算表 |\n||\n|\n|\n单位:万元 |\n"
HEADS = "项 目 |\n2029年预算数 |\n2030年预算数 |\n"


def rows(total=("31.5", "30")) -> str:
    cells = [
        ("合计", *total),
        ("1、因公出国(境)费", "", ""),
        ("2、公务接待费", "11", "10"),
        ("3、公务用车购置及运行费", "20.5", "20"),
        ("其中:(1)公务用车购置费", "", ""),
        ("(2)公务用车运行费", "20.5", "20"),
    ]
    return "".join(f"{label} |\n{a} |\n{b} |\n".replace(" |\n |", " |\n|") for label, a, b in cells)


def table_kinds(title: str = TITLE, total=("31.5", "30"), lead: str = LEAD):
    body = lead + title + HEADS + rows(total) + "附件:“三公”经费口径说明\n"
    money = extract(body, "fictional.txt").money
    return [(m.as_written, m.kind, m.year, m.label) for m in money if "万元" not in m.as_written]


def test_each_cell_is_read_in_its_column():
    read = table_kinds()
    assert [(w, k, y) for w, k, y, _ in read] == [
        ("31.5", "BUDGET", 2029),
        ("30", "BUDGET", 2030),
        ("11", "BUDGET", 2029),
        ("10", "BUDGET", 2030),
        ("20.5", "BUDGET", 2029),
        ("20", "BUDGET", 2030),
        ("20.5", "BUDGET", 2029),
        ("20", "BUDGET", 2030),
    ]
    assert read[2][3] == "2、公务接待费 2029年预算数"


def test_a_total_not_its_rows_sum_reads_nothing():
    read = table_kinds(total=("32.5", "30"))
    assert not [kind for _, kind, _, _ in read if kind]


def test_an_accounts_title_over_budget_columns_reads_nothing():
    title = TITLE.replace("预算表", "决算表")
    read = table_kinds(title=title, lead=LEAD.replace("预算表", "决算表"))
    assert not [kind for _, kind, _, _ in read if kind]
