"""Tests, on fictional text, for a 三公 决算 table of items under a <year>年度支出(万元) head
flattened one cell a paragraph, unpiped, its figures with thousands commas and its total row
named for the whole (“三公”经费支出) (``threepublicspent``, trial 57's 1070, 渝中区 2017):
read where its sums prove it; near cases where nothing is read.
"""

from __future__ import annotations

from fictional_text import kinds
from govkg.ingest.extract import extract

TABLE = (
    "样例区2031年“三公”经费决算汇总情况(相关解读)\n\n"
    "2031年度样例区一般公共预算财政拨款开支“三公”经费决算情况\n\n"
    "经费项目\n\n"
    "2031年度支出 (万元)\n\n"
    "支出减少情况(万元)\n\n"
    "支出减少率\n\n"
    "因公出国(境)费\n\n"
    "{abroad}\n\n"
    "-\n\n"
    "-\n\n"
    "公务接待费\n\n"
    "205.10\n\n"
    "-\n\n"
    "-\n\n"
    "公务用车购置及运行维护费\n\n"
    "3,120.40\n\n"
    "-\n\n"
    "-\n\n"
    "公务用车购置费\n\n"
    "1,020.15\n\n"
    "-\n\n"
    "-\n\n"
    "公务用车运行维护费\n\n"
    "2,100.25\n\n"
    "-\n\n"
    "-\n\n"
    "{total_name}\n\n"
    "3,400.00\n\n"
    "-\n\n"
    "-\n\n"
    "2031年度样例区一般公共预算财政拨款开支“三公”经费使用情况\n\n"
    "使用项目\n\n"
    "2031年度数量或人次\n\n"
    "因公出国(境)团组数\n\n"
    "7\n\n"
)


def _table(abroad="74.50", total_name="“三公”经费支出"):
    return TABLE.format(abroad=abroad, total_name=total_name)


def test_the_cells_one_a_paragraph_are_read_spent_by_their_sums():
    assert kinds(_table()) == [
        ("74.50", "SPENDING"),
        ("205.10", "SPENDING"),
        ("3,120.40", "SPENDING"),
        ("1,020.15", "SPENDING"),
        ("2,100.25", "SPENDING"),
        ("3,400.00", "SPENDING"),
    ]


def test_a_cell_takes_its_head_year_and_comma_grouped_yuan():
    money = {m.as_written: m for m in extract(_table(), "f.txt").money}
    assert money["3,120.40"].amount == 31204000
    assert money["3,120.40"].year == 2031
    assert money["3,400.00"].label.startswith("“三公”经费支出")


def test_the_total_may_be_named_a_sum_of_the_three_public():
    assert kinds(_table(total_name="三公经费合计"))[-1] == ("3,400.00", "SPENDING")


def test_sums_that_fail_read_nothing():
    assert all(k is None for _, k in kinds(_table(abroad="70.50")))


def test_a_total_row_named_otherwise_reads_nothing():
    # a row that is neither an item nor the whole's name: the table is not proven
    assert all(k is None for _, k in kinds(_table(total_name="其他费用")))
