"""A one-column 三公 table printed a row a line, label then figure (threepubliclines), and a
mirror's 年 printed as a dash in its column's head (text.dashyear): forty-first held-out
trial, held on fictional text with the near misses it must not fire on.
"""

from __future__ import annotations

from govkg.ingest.extract import extract
from govkg.ingest.text.dashyear import writes_year_as_dash

TABLE = (
    "青岚县{year}度农机服务中心“三公”经费{kind}情况表\n"
    "单位:万元\n"
    "项  目 {head}\n"
    "合计 {total}\n"
    "1、因公出国(境)费\n"
    "2、公务用车购置及运行费 4.50\n"
    "3、公务接待费 2.10\n"
    "二、相关统计数\n"
    "1.公务用车保有量(辆) 3\n"
    "2.公务接待批次(批) 41\n"
    "说明:三公经费比{last}决算数增加0.30万元。\n"
)


def _table(year="2019年", kind="决算", head="本年决算数", total="6.60", last="2018年"):
    return TABLE.format(year=year, kind=kind, head=head, total=total, last=last)


def _read(text):
    money = extract(text, "f.txt").money
    return [(m.as_written, m.kind, m.label) for m in money if m.kind and "万元" not in m.as_written]


def _unread(text):
    return [m.as_written for m in extract(text, "f.txt").money if m.kind is None]


def test_each_row_line_gives_its_figure_of_the_columns_kind():
    assert _read(_table()) == [
        ("6.60", "SPENDING", "合计 本年决算数"),
        ("4.50", "SPENDING", "2、公务用车购置及运行费 本年决算数"),
        ("2.10", "SPENDING", "3、公务接待费 本年决算数"),
    ]


def test_a_budget_column_under_a_budget_title_is_budget():
    got = _read(_table(kind="预算", head="本年预算数", last="2018年"))
    assert [kind for _, kind, _ in got] == ["BUDGET"] * 3


def test_a_mirrors_dash_for_year_in_the_head_is_read_where_the_text_shows_it():
    got = _read(_table(year="2019-", head="本-决算数", last="2018-"))
    assert [(w, k) for w, k, _ in got] == [
        ("6.60", "SPENDING"),
        ("4.50", "SPENDING"),
        ("2.10", "SPENDING"),
    ]


def test_a_dash_head_with_no_dash_year_elsewhere_is_not_read():
    text = _table(head="本-决算数")  # the title writes 2019年度: no substitution shown
    assert _read(text) == []
    assert _unread(text) == ["6.60", "4.50", "2.10"]  # listed unread, as before


def test_the_title_naming_the_other_kind_reads_nothing():
    text = _table(kind="决算", head="本年预算数")
    assert _read(text) == []
    assert _unread(text) == ["6.60", "4.50", "2.10"]


def test_counts_below_the_money_rows_are_never_money():
    got = _read(_table())
    assert all(w not in ("3", "41") for w, _, _ in got)
    assert "41" not in _unread(_table())


def test_a_table_whose_rows_name_one_item_only_is_not_this_table():
    text = (
        "青岚县2019年度某中心“三公”经费决算情况表\n单位:万元\n项目 本年决算数\n"
        "合计 2.10\n公务接待费 2.10\n"
    )
    assert _read(text) == []


def test_a_dash_is_a_year_only_before_a_word():
    assert writes_year_as_dash("2015-度某局")
    assert writes_year_as_dash("比2014-决算数")
    assert not writes_year_as_dash("发布时间:2016-06-10")
    assert not writes_year_as_dash("2015- 2016")
