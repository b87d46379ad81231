"""A piped 三公 item table whose empty cells ended its rows early: the thirty-first held-out
trial (texts 387–394) left its cells unread. Held on fictional text, with cases the rule
must not fire on."""

from __future__ import annotations

from fictional_text import kinds

TABLE = (
    "青岚镇文化站2031年“三公”经费{kind}情况\n"
    "{title}\n"
    "单位:万元\n"
    "项目 | {head} |\n"
    "合计 | {total} |\n"
    "1.因公出国(境)费 | 2.40 |\n"
    "2.公务用车购置及运行维护费 | |\n"
    "其中:公务用车购置费 | |\n"
    "公务用车运行维护费 | |\n"
    "3.公务接待费 | 1.10 |\n"
    "二、其他说明\n"
    "本站无其他需说明的事项。\n"
)


def _table(kind="预算", title="2031年“三公”经费预算表", head="预算数", total="3.50"):
    return TABLE.format(kind=kind, title=title, head=head, total=total)


def test_cells_of_a_table_its_sums_prove_are_read_as_its_column_says():
    assert kinds(_table()) == [("3.50", "BUDGET"), ("2.40", "BUDGET"), ("1.10", "BUDGET")]


def test_an_accounts_column_is_spent():
    text = _table(kind="决算", title="2031年“三公”经费决算表", head="决算数")
    assert kinds(text) == [("3.50", "SPENDING"), ("2.40", "SPENDING"), ("1.10", "SPENDING")]


def test_a_total_that_is_not_the_sum_of_its_rows_keeps_todays_reading():
    # the rows up to the first empty cell, as one money column's; none after it
    read = kinds(_table(total="4.50"))
    assert read == [("4.50", "BUDGET"), ("2.40", "BUDGET"), ("1.10", None)]


def test_a_title_that_says_the_other_kind_leaves_the_cells_unread():
    text = _table(kind="决算", title="2031年“三公”经费决算表")
    assert all(kind is None for _, kind in kinds(text))


def test_a_column_of_no_kind_is_not_read():
    assert all(kind is None for _, kind in kinds(_table(head="备注")))


def test_a_table_whose_rows_count_something_is_not_read_past_them():
    text = _table().replace(
        "3.公务接待费 | 1.10 |", "公务用车保有量(辆) | 2 |\n3.公务接待费 | 1.10 |"
    )
    assert ("2", "BUDGET") not in kinds(text)
