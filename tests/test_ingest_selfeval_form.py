"""The national 项目支出绩效自评表 grid (ingest/tables/selfeval_form.py): real forms flattened to
text (blanks, one cell per line, pipes, a PDF's order) and fictional variants: missing
cells, a 万元 header, 元 amounts with decimals, a row whose cells do not fit (left unread).
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from govkg.ingest.extract import extract
from govkg.ingest.tables.selfeval_form import find_form_money
from govkg.ingest.text.textview import clean_view

REAL = Path(__file__).with_name("fixtures") / "real-reports"


def form(text: str) -> list[tuple[str, str, Decimal, str | None]]:
    """(label, as written, yuan, kind) of each figure the form rule reads or lists."""
    view = clean_view(text)
    return [(m.label, m.as_written, m.amount, m.kind) for m in find_form_money(view, 2022)]


def real(name: str) -> list[tuple[str, str, Decimal, str | None]]:
    return form(next(REAL.glob(f"{name}_*.txt")).read_text(encoding="utf-8"))


HEADER = "项目资金（万元） 年初预算数 全年预算数 全年执行数 分值 执行率 得分"


def test_a_real_form_one_cell_per_line_is_read_by_row_and_column():
    """56 (廊坊, the text kept aside until the rule was written): 年初 / 预算数 over two
    lines, blank lines between cells, 上年结转资金 and 其他资金 blank."""
    assert real("56") == [
        ("年度资金总额 年初预算数", "43.2", Decimal("432000"), "BUDGET"),
        ("年度资金总额 全年预算数", "43.2", Decimal("432000"), "BUDGET"),
        ("年度资金总额 全年执行数", "37.24", Decimal("372400"), "SPENDING"),
        ("当年财政拨款 年初预算数", "43.2", Decimal("432000"), "BUDGET"),
        ("当年财政拨款 全年预算数", "43.2", Decimal("432000"), "BUDGET"),
        ("当年财政拨款 全年执行数", "37.24", Decimal("372400"), "SPENDING"),
    ]


def test_a_real_form_between_blanks_reads_a_sub_row_of_money_columns_only():
    """32 (棠溪镇): 年度资金总额: 0 0 0 10 0 0, then 其中:本年财政拨款 90 89.974 89.974."""
    assert real("32") == [
        ("年度资金总额 年初预算数", "0", Decimal("0"), "BUDGET"),
        ("年度资金总额 全年预算数", "0", Decimal("0"), "BUDGET"),
        ("年度资金总额 全年执行数", "0", Decimal("0"), "SPENDING"),
        ("本年财政拨款 年初预算数", "90", Decimal("900000"), "BUDGET"),
        ("本年财政拨款 全年预算数", "89.974", Decimal("899740"), "BUDGET"),
        ("本年财政拨款 全年执行数", "89.974", Decimal("899740"), "SPENDING"),
    ]


def test_a_real_whole_department_form_with_pipes_and_annotated_columns():
    """57 (太白镇): 年初预算数(A) | 全年执行数(B) | 分值(10分) | 得分, a row's last cells on
    the next line."""
    read = real("57")
    assert [(label, written, kind) for label, written, _, kind in read] == [
        ("年度资金总额 年初预算数", "1172.55", "BUDGET"),
        ("年度资金总额 全年执行数", "1268.72", "SPENDING"),
        ("基本支出 年初预算数", "985.19", "BUDGET"),
        ("基本支出 全年执行数", "914.97", "SPENDING"),
        ("项目支出 年初预算数", "187.36", "BUDGET"),
        ("项目支出 全年执行数", "353.75", "SPENDING"),
    ]


def test_a_total_row_printed_before_its_header_is_read_only_with_its_rate_in_place():
    """58 (区商务局): 年度财政 资金总额 … 预算数 (A) 执行数(B) 执行率(B/A) 得分 (20 分*执行率)
    285.84 285.84 100% 20: the 100% under 执行率 and 285.84/285.84 confirm the columns."""
    assert real("58") == [
        ("年度财政资金总额 预算数", "285.84", Decimal("2858400"), "BUDGET"),
        ("年度财政资金总额 执行数", "285.84", Decimal("2858400"), "SPENDING"),
    ]


def test_a_pdf_order_form_without_row_labels_is_not_read_by_position():
    """33 (普陀): the labels come after the figures and the sub-rows hold two figures for
    three money columns (上年结转资金 0 0 —): nothing is placed by this rule."""
    assert [r for r in real("33") if r[3] is not None] == []


def test_figures_under_a_run_of_unit_headings_are_listed_unread():
    """59 (广水): 中央 省、地 本级 其他 合计 执行数 (万元)×6 5.5 5.5, and a third 5.5 printed
    apart before the grid's 执行率 (…3、一次性□ 5.5 执行率 100%): amounts in 万元 whose
    columns are not shown."""
    read = real("59")
    assert [(written, amount, kind) for _, written, amount, kind in read] == [
        ("5.5", Decimal("55000"), None),
        ("5.5", Decimal("55000"), None),
        ("5.5", Decimal("55000"), None),
    ]


def test_a_grid_figure_printed_apart_is_listed_only_before_the_grids_execution_rate():
    """The cells between the unit headings' figures and the grid's 执行率 are its money row;
    with no 执行率 within a few cells, a later figure is nothing of the grid's."""
    head = "项目资金 中央 本级 合计 执行数 (万元) (万元) (万元) (万元) 8.2 8.2 来源 一次性□ 8.2 "
    closed = [c.as_written for c in find_form_money(clean_view(head + "执行率 100% 目标"), 2024)]
    assert closed == ["8.2", "8.2", "8.2"]
    assert all(c.kind is None for c in find_form_money(clean_view(head + "执行率"), 2024))
    open_ = head + "项目年度目标 完成 采购 设备 10 台套 执行率 100%"
    assert [c.as_written for c in find_form_money(clean_view(open_), 2024)] == ["8.2", "8.2"]


def test_yuan_amounts_with_decimals_under_a_yuan_header():
    text = (
        "项目支出绩效自评表（2022年度）\n项目资金（元）\n年初预算数\t全年预算数\t全年执行数\t分值\t"
        "执行率\t得分\n年度资金总额\t120,000.00\t118,500.50\t100,000.25\t10\t84.39%\t8.44\n"
        "其中：当年财政拨款\t120,000.00\t118,500.50\t100,000.25\t—\t84.39%\t—\n"
        "上年结转资金\t—\t—\t—\t—\t—\t—\n其他资金\n年度总体目标\n"
    )
    assert form(text) == [
        ("年度资金总额 年初预算数", "120,000.00", Decimal("120000.00"), "BUDGET"),
        ("年度资金总额 全年预算数", "118,500.50", Decimal("118500.50"), "BUDGET"),
        ("年度资金总额 全年执行数", "100,000.25", Decimal("100000.25"), "SPENDING"),
        ("当年财政拨款 年初预算数", "120,000.00", Decimal("120000.00"), "BUDGET"),
        ("当年财政拨款 全年预算数", "118,500.50", Decimal("118500.50"), "BUDGET"),
        ("当年财政拨款 全年执行数", "100,000.25", Decimal("100000.25"), "SPENDING"),
    ]


def test_a_wan_yuan_header_written_as_a_unit_line_and_missing_sub_rows():
    text = (
        f"单位：万元\n{HEADER}\n年度资金总额 50 50 45.5 10 91% 9.1\n其中：财政拨款 50 50 45.5\n"
        "其他资金\n绩效指标\n"
    )
    read = form(text)
    assert [(label, amount) for label, _, amount, _ in read] == [
        ("年度资金总额 年初预算数", Decimal("500000")),
        ("年度资金总额 全年预算数", Decimal("500000")),
        ("年度资金总额 全年执行数", Decimal("455000")),
        ("财政拨款 年初预算数", Decimal("500000")),
        ("财政拨款 全年预算数", Decimal("500000")),
        ("财政拨款 全年执行数", Decimal("455000")),
    ]


def test_a_row_whose_cells_do_not_fit_the_columns_is_left_unread():
    """Five cells under six columns (one lost, which one unknown), a total row with only
    three figures (its 年初预算数 or its 执行率 lost?), a rate under a money column, 得分
    over 分值, and a 执行率 that 执行数/预算数 does not give: none is placed."""
    rows = [
        "年度资金总额 50 50 45.5 10 9.1",  # five cells
        "年度资金总额 50 45.5 10",  # a total with three figures
        "年度资金总额 50 91% 45.5 10 50 9.1",  # a rate under a money column
        "年度资金总额 50 50 45.5 10 91% 12",  # 得分 over 分值
        "年度资金总额 50 50 45.5 10 60% 6",  # 45.5/50 is 91%, not 60%
        "其中：当年财政拨款 50 45.5",  # a sub-row with two figures for three columns
    ]
    for row in rows:
        assert form(f"{HEADER}\n{row}\n年度总体目标\n") == [], row


def test_no_unit_no_amount():
    text = "年初预算数 全年预算数 全年执行数 分值 执行率 得分\n年度资金总额 50 50 45.5 10 91% 9.1\n"
    assert form(text) == []


def test_extract_keeps_each_form_cell_once_and_cites_it_verbatim():
    """Through the whole pipeline: the form's cells are money figures citing their text."""
    text = (
        "某某中心2022年度项目支出绩效自评报告\n一、项目基本情况\n"
        f"{HEADER}\n年度资金总额 50 50 45.5 10 91% 9.1\n其中：当年财政拨款 50 50 45.5\n"
        "年度总体目标 完成\n"
    )
    report = extract(text, "form.txt")
    cells = [m for m in report.money if m.rule == "selfeval-form"]
    assert [m.as_written for m in cells] == ["50", "50", "45.5", "50", "50", "45.5"]
    for money in cells:
        quote = money.cites[0]
        assert text[quote.start : quote.end] == quote.quote
        assert quote.quote.endswith(money.as_written)
    assert len({m.cites[0].end for m in report.money}) == len(report.money)


def test_a_final_account_against_a_project_budget_is_spending():
    """Pattern: a bare 决算数 after a budget of no revenue is what was spent (48: 预算数为15.00
    万元,决算数为5.00万元); after 预算收入 it stays revenue (15)."""
    project = "某项目2020年度绩效自评报告\n该项目2020年预算数为20.00万元，决算数为18.50万元。\n"
    kinds = {m.as_written: m.kind for m in extract(project, "p.txt").money}
    assert kinds == {"20.00万元": "BUDGET", "18.50万元": "SPENDING"}
    revenue = "某单位2021年度整体支出绩效自评报告\n本年预算收入785.59万元，决算数为885.63万元。\n"
    kinds = {m.as_written: m.kind for m in extract(revenue, "r.txt").money}
    assert kinds["885.63万元"] == "REVENUE"


def test_the_year_of_a_file_name_line_when_the_body_states_none():
    """59: 2019年度市纪委办公局域网维护项目绩效自评表.pdf is the only year; a dated form
    (填报日期:2020 年 2 月 18 日) is not the fiscal year."""
    text = next(REAL.glob("59_*.txt")).read_text(encoding="utf-8")
    assert extract(text, "59.txt").document.year == 2019
    fictional = "2021年度某某经费项目自评表.docx\n项目支出绩效自评表 填报日期：2022年3月1日\n"
    fictional += "预算数为10万元，执行数为9万元。\n"
    assert extract(fictional, "f.txt").document.year == 2021
