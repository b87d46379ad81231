"""A one-column 三公 table, one cell a line, whose first row lost its label: the figure right
after the money column's head is the 合计 where the rows below sum to it
(``tables.unlabelledtotal``, forty-fourth trial's 664). Held on fictional text, with the cases
where the grid's reading is kept."""

from __future__ import annotations

from decimal import Decimal

from fictional_text import found

OPENING = "2019年“三公”经费决算\n\n一、2019年“三公”经费支出决算表\n\n单位:元\n\n"
CLOSING = (
    "\n二、2019年“三公”经费支出决算情况说明\n\n"
    "青川县档案馆2019年度“三公”经费支出决算数与年初预算持平。\n"
)


def _table(cells: list[str]) -> str:
    return OPENING + "\n\n".join(cells) + "\n" + CLOSING


def _read(text: str) -> list[tuple[str, str | None, Decimal]]:
    return [(w, k, y) for w, k, y, _ in found(text)]


def test_the_first_figure_the_items_sum_to_is_the_total():
    text = _table(
        [
            "决 算 数", "48210",
            "公务用车购置及运行费", "30000",
            "  其中:公务用车购置费", "0",
            "  公务用车运行维护费", "30000",
            "公务接待费", "18210",
            "因公出国(境)费", "0",
        ]
    )
    read = _read(text)
    assert ("48210", "SPENDING", Decimal("48210")) in read
    assert ("18210", "SPENDING", Decimal("18210")) in read
    assert sum(1 for _, k, y in read if k == "SPENDING" and y == Decimal("30000")) == 2


def test_a_first_figure_the_rows_do_not_sum_to_or_a_row_of_two_figures_is_not_a_total():
    unsummed = _table(
        [
            "决 算 数", "50000",
            "公务用车购置及运行费", "30000",
            "公务接待费", "18210",
            "因公出国(境)费", "0",
        ]
    )
    two_figures = _table(
        [
            "决 算 数", "48210", "48210",
            "公务用车购置及运行费", "30000", "30000",
            "公务接待费", "18210", "18210",
            "因公出国(境)费", "0", "0",
        ]
    )
    assert not any(w == "50000" and k for w, k, _ in _read(unsummed))
    assert not any(w == "48210" and k == "SPENDING" for w, k, _ in _read(two_figures))
