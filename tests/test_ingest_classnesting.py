"""A function class's 款 hang under its 类 (``lines/classnesting``), and the lines of a
决算's section on revenue hang under no spending total (``lines/revenuelines``): each on
fictional text, with the cases where neither may fire. The whole corpus drafted into one
graph is checked by tests/test_ingest_tree.py (no line's parts add up to more than it)."""

from __future__ import annotations

from decimal import Decimal

from govkg.ingest.extract import extract
from govkg.ingest.lines.classnesting import class_level


def tree(text: str) -> dict[str, tuple[str | None, Decimal | None]]:
    """name -> (parent's name, amount) of every line the rules draft."""
    lines = extract(text, "fictional.txt").lines
    names = {line.key: line.name for line in lines}
    return {line.name: (names.get(line.parent), line.amount) for line in lines}


SPENT_BY_CLASS = """青岚市文物馆2023年度部门决算情况说明
一、支出决算情况说明
2023年度支出合计500.00万元,其中:
(1)文化旅游体育与传媒(类)450.00万元,占90%。包括文物(款)400.00万元,文化和旅游(款)50.00万元。
(2)社会保障和就业(类)50.00万元,占10%。包括行政事业单位养老支出(款)50.00万元。
"""


def test_each_kuan_hangs_under_the_lei_it_is_listed_in_not_beside_it():
    found = tree(SPENT_BY_CLASS)
    assert found["文物(款)"][0] == found["文化和旅游(款)"][0] == "文化旅游体育与传媒(类)"
    assert found["行政事业单位养老支出(款)"][0] == "社会保障和就业(类)"  # the 类 just before
    assert found["文化旅游体育与传媒(类)"][0] == found["社会保障和就业(类)"][0] == "支出"


def test_a_xiang_hangs_under_its_kuan_and_a_level_said_in_words_counts():
    found = tree(
        "青岚市文物馆2023年度部门决算情况说明\n二、支出决算情况说明\n"
        "2023年度支出合计100.00万元,其中:文化旅游体育与传媒(类)100.00万元,"
        "其中文物(款)100.00万元,其中行政运行(项)60.00万元,博物馆(项)40.00万元。\n"
    )
    assert found["行政运行(项)"][0] == found["博物馆(项)"][0] == "文物(款)"
    assert found["文物(款)"][0] == "文化旅游体育与传媒(类)"
    assert class_level("一般公共服务支出类级科目") == 0
    assert class_level("档案事务款级科目") == 1


def test_a_part_larger_than_what_is_left_of_its_class_is_no_part_of_it():
    found = tree(
        "青岚市文物馆2023年度部门决算情况说明\n二、支出决算情况说明\n"
        "2023年度支出合计500.00万元,其中:卫生健康(类)20.00万元,"
        "文物(款)400.00万元,行政事业单位医疗(款)20.00万元。\n"
    )
    assert found["文物(款)"][0] == "支出"  # 400万元 cannot be inside a 20万元 class
    assert found["行政事业单位医疗(款)"][0] == "卫生健康(类)"


def test_a_name_ending_in_kuan_unbracketed_or_a_row_naming_its_chain_is_no_level():
    assert class_level("附属单位缴款") is None  # money paid in, not a level
    assert class_level("工程款") is None
    assert class_level("文化体育与传媒(类)文物(款)行政运行(项)") == 2
    found = tree(
        "青岚市文物馆2023年度部门决算情况说明\n二、支出决算情况说明\n"
        "2023年度支出合计100.00万元,其中:文化体育与传媒(类)文物(款)100.00万元,"
        "文化体育与传媒(类)文物(款)行政运行(项)60.00万元。\n"
    )
    rows = [name for name in found if name.endswith("(项)")]
    assert rows
    assert all(found[name][0] != "文化体育与传媒(类)文物(款)" for name in rows)


RECEIVED_BY_CLASS = """青岚市档案馆2023年度部门决算情况说明
一、收入决算情况说明
本年收入合计300.00万元,其中:财政拨款300.00万元。其中:
(1)一般公共服务(类)280.00万元,包括档案事务(款)280.00万元。
(2)卫生健康(类)20.00万元,包括行政事业单位医疗(款)20.00万元。
二、支出决算情况说明
2023年度支出合计300.00万元,其中:基本支出200.00万元,项目支出100.00万元。
"""


def test_the_lines_of_a_revenue_section_are_no_parts_of_the_spending_total(monkeypatch):
    # the tree as lines/ builds it: the revenue lines are left out after it (lines/unspent)
    monkeypatch.setattr("govkg.ingest.extract.without_unspent_lines", lambda lines, _: lines)
    found = tree(RECEIVED_BY_CLASS)
    assert found["财政拨款"][0] is None  # money received, not a part of money spent
    assert found["一般公共服务(类)"][0] is None
    assert found["卫生健康(类)"][0] is None
    assert found["档案事务(款)"][0] == "一般公共服务(类)"  # within the section: nested
    assert found["基本支出"][0] == found["项目支出"][0] == "支出"  # the spending keeps its tree
    monkeypatch.undo()
    drafted = tree(RECEIVED_BY_CLASS)  # and read as revenue, they are no funding lines
    assert not [name for name in drafted if "财政拨款" in name or "(类)" in name]
    assert drafted["基本支出"][0] == "支出"


def test_a_heading_naming_both_sides_or_a_sentence_after_it_is_no_revenue_section():
    found = tree(
        "青岚市档案馆2023年度部门决算情况说明\n一、收入支出决算总体情况说明\n"
        "2023年度收入合计300.00万元,支出合计300.00万元,其中:文物(款)100.00万元。\n"
        "(一)一般公共预算:2023年收入合计300.00万元。一般公共服务(类)50.00万元。\n"
    )
    assert found["文物(款)"][0] is not None
    assert found["一般公共服务(类)"][0] is not None


def test_a_class_marked_by_its_level_is_read_by_its_sections_heading():
    """``kinds/functionclass``: 文物(款) names a class as its code would; under a heading of
    spending its figure is spent, under one of revenue alone it is no spending."""
    spent = {m.as_written: m.kind for m in extract(SPENT_BY_CLASS, "fictional.txt").money}
    assert spent["400.00万元"] == "SPENDING"
    received = SPENT_BY_CLASS.replace("支出决算情况说明", "收入决算情况说明").replace(
        "支出合计", "收入合计"
    )
    kinds = {m.as_written: m.kind for m in extract(received, "fictional.txt").money}
    assert kinds["400.00万元"] != "SPENDING"
