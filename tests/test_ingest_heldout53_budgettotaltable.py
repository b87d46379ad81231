"""Trial 53's 893 and 903, by class, on fictional texts: a budget's 收支总表 whose two sides
share one 预算数 column, the sides named once above the heads (收入 | 支出), the label heads
blank or written, a 序号 column and a 栏次 row, one cell a line with no bar (893), or barred
with a row named by its source (一、一般公共预算 | 540.56: 903). Each figure right after its
row's label is that row's budget; the rows' numbers and the 栏次 row are no figures; under
决算数 a source's row stays unread (tables/samecolumnsides). Test material, fictional."""

from __future__ import annotations

from govkg.ingest.extract import extract


def _cells(*lines: str) -> str:
    return "\n\n".join(lines) + "\n"


ONE_CELL_A_LINE = (
    "样例县某某局2031年部门预算信息公开目录\n\n部门预算收支总表\n\n样例县某某局\n\n"
    "预算年度:2031\n\n单位:万元\n\n"
    + _cells(
        "序号",
        "收入",
        "支出",
        " ",
        "预算数",
        " ",
        "预算数",
        "栏次",
        "1",
        "2",
        "3",
        "4",
        "1",
        "一、一般公共预算拨款收入",
        "500.50",
        "一、一般公共服务支出",
        " ",
        "2",
        "二、政府性基金预算拨款收入",
        " ",
        "二、外交支出",
        " ",
        "3",
        "三、单位资金",
        "20",
        "三、教育支出",
        "410.25",
        "4",
        " ",
        " ",
        "四、卫生健康支出",
        "80.25",
        "5",
        " ",
        " ",
        "五、住房保障支出",
        "30",
        "6",
        "本年收入合计",
        "520.50",
        "本年支出合计",
        "520.50",
    )
    + "以上为本部门预算收支总表。\n"
)


def _read(text: str) -> list[tuple[str, str | None]]:
    return [(m.as_written, m.kind) for m in extract(text, "fictional.txt").money]


def test_a_one_cell_a_line_total_table_reads_each_figure_after_its_label_as_a_budget():
    assert _read(ONE_CELL_A_LINE) == [
        ("500.50", "BUDGET"),
        ("20", "BUDGET"),
        ("410.25", "BUDGET"),
        ("80.25", "BUDGET"),
        ("30", "BUDGET"),
        ("520.50", "BUDGET"),
        ("520.50", "BUDGET"),
    ]


def test_row_numbers_and_the_column_numbers_are_no_figures():
    written = [m.as_written for m in extract(ONE_CELL_A_LINE, "fictional.txt").money]
    assert not {"1", "2", "3", "4", "5", "6"} & set(written)


def test_the_same_table_without_its_side_heads_is_not_read():
    text = ONE_CELL_A_LINE.replace("收入\n\n支出\n\n \n\n预算数", "甲\n\n乙\n\n \n\n预算数")
    assert all(kind is None for _, kind in _read(text))


BARRED = (
    "样例大学某某分校2031年度部门预算\n"
    "2031年样例大学某某分校财政拨款收支总体情况表 ||||||部门公开表一 单位:万元 |||\n"
    "|||收 入 ||支 出 |||\n"
    "||项 目 ||预算数 ||项 目 ||预算数 ||\n"
    "一、一般公共预算 ||300.10 ||一、一般公共服务支出 ||||\n"
    "二、政府性基金预算 ||||二、教育支出 ||280.10 ||\n"
    "||||三、社会保障和就业支出 ||20 ||\n"
    "||||四、住房保障支出 ||||\n"
)


def test_a_barred_table_reads_a_row_named_by_its_source_as_budgeted():
    assert _read(BARRED) == [("300.10", "BUDGET"), ("280.10", "BUDGET"), ("20", "BUDGET")]


def test_under_final_accounts_a_row_named_by_its_source_stays_unread():
    text = BARRED.replace("预算数", "决算数").replace("2031年度部门预算", "2031年度部门决算")
    read = dict(_read(text))
    assert read.get("300.10") is None
    assert read["280.10"] == "SPENDING"
