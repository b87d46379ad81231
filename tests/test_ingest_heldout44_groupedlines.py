"""A 三公 table printed one row a line under a head of two lines, a money column over its parts
(``tables.threepublicgroupedlines``, forty-fourth trial's 663). Held on fictional text, with
the cases where it must not fire."""

from __future__ import annotations

from decimal import Decimal

from fictional_text import found

TITLE = "青川县档案馆2021年度“三公”经费决算表\n单位:元\n"
HEADS = "项 目 2021年度决算数\n合计 其中:财政拨款 其中:其他资金\n"
ROWS = (
    "“三公”经费支出合计 36400 30000 6400\n"
    "1.因公出国(境)费用 0 0 0\n"
    "2.公务用车购置及运行维护费 20000 20000 0\n"
    "  其中:公务用车购置费\n"
    "  公务用车运行维护费 20000 20000 0\n"
    "3.公务接待费 16400 10000 6400\n"
    "注:本表反映单位“三公”经费决算情况。\n"
)


def _read(text: str) -> list[tuple[str, str | None, Decimal]]:
    return [(w, k, y) for w, k, y, _ in found(text)]


def test_each_full_row_is_read_under_its_column_and_a_row_without_figures_moves_nothing():
    read = _read(TITLE + HEADS + ROWS)
    spent = [(w, y) for w, k, y in read if k == "SPENDING"]
    assert ("36400", Decimal("36400")) in spent
    assert ("6400", Decimal("6400")) in spent
    assert sum(1 for w, _ in spent if w == "20000") == 4
    assert ("16400", Decimal("16400")) in spent


def test_a_short_row_a_budget_head_under_an_accounts_title_or_one_head_line_reads_nothing_here():
    short_row = TITLE + HEADS + "“三公”经费支出合计 36400 30000\n3.公务接待费 16400 10000 6400\n"
    other_kind = TITLE + HEADS.replace("决算数", "预算数") + ROWS
    one_line = TITLE + "项 目 2021年度决算数\n" + ROWS
    assert not any(w == "30000" and k for w, k, _ in _read(short_row))
    assert not any(k == "BUDGET" for _, k, _ in _read(other_kind))
    assert not any(w == "6400" and k for w, k, _ in _read(one_line))
