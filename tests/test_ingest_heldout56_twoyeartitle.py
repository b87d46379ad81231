"""Tests, on fictional text, for a 三公 table whose title names two years and their kinds
(``threepublic.words.TABLE_TITLE``, trial 56's 1038: “三公”经费2011年决算和2012年预算情况表,
past the sixteen characters a title's words reached), its unit in its columns' heads
(2030年决算(万元)): its cells are the table's, listed unread where nothing places them, and
read where the prose restates each (``restatedcells``), with the year the prose gives.
"""

from __future__ import annotations

from govkg.ingest.extract import extract

PROSE = (
    "一、因公出国(境)经费\n"
    "2030年样例市样例局因公出国(境)团组1次,实际发生住宿费、交通费、伙食补助费等因公出国(境)"
    "经费支出3万元,用于参加境外业务培训及业务考察活动。\n"
    "二、公务接待费\n"
    "2030年样例市样例局执行公务、开展业务活动共开支交通费、住宿费、用餐费等公务接待费21.5万元。\n"
    "2031年样例市样例局安排公务接待费预算20.8万元,较2030年决算下降3%,主要是严格控制接待标准。\n"
    "三、公务用车购置及运行维护费\n"
    "2030年样例市样例局执行公务、开展业务活动共计开支公务用车运行费35万元,主要用于燃料费、维修费。\n"
    "2031年安排公车运行维护费33.6万元,较2030年决算下降4%,主要是公务用车数量减少。\n"
)
TABLE = (
    "附:样例市样例局 “三公”经费2030年决算和2031年预算情况表\n"
    "项目 | 2030年决算(万元) | 2031年预算(万元) |\n"
    "因公出国(境)经费 | 3 | |\n"
    "公务接待费 | 21.5 | 20.8 |\n"
    "公务用车购置及运行维护费 | 35 | 33.6 |\n"
)


def _cells(text: str) -> dict[str, tuple[str | None, int | None]]:
    return {
        m.as_written: (m.kind, m.year)
        for m in extract(text, "f.txt").money
        if m.rule == "money-table"
    }


def test_cells_the_prose_restates_are_read_with_its_kinds_and_years():
    cells = _cells(PROSE + TABLE)
    assert cells["3"] == ("SPENDING", 2030)
    assert cells["21.5"] == ("SPENDING", 2030)
    assert cells["20.8"] == ("BUDGET", 2031)
    assert cells["33.6"] == ("BUDGET", 2031)


def test_a_cell_the_prose_does_not_state_leaves_them_listed_unread():
    other = TABLE.replace("| 35 | 33.6 |", "| 36 | 33.6 |")
    cells = _cells(PROSE + other)
    assert cells["36"] == (None, 2030)
    assert cells["20.8"][0] is None


def test_the_years_written_with_度_and_joined_by_及_are_a_title_too():
    other = TABLE.replace("2030年决算和2031年预算情况表", "2030年度决算数及2031年度预算数对比表")
    cells = _cells(PROSE + other)
    assert cells["20.8"] == ("BUDGET", 2031)


def test_a_sentence_naming_the_table_is_no_title():
    other = TABLE.replace("情况表\n", "情况详见本表。\n")
    assert "20.8" not in _cells(PROSE + other)
