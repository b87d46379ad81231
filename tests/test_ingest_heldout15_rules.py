"""The rules the fifteenth held-out trial (texts 199–208) asked for, each held on fictional
text with a case it must not fire on: a thousands comma followed by a space is inside one
figure (never its tail read alone); an area's 三公 note compiled by its finance bureau
(经样例区财政局汇总,2017年区级“三公”经费…) is read, not refused, names the area, and its
items named alone are the area's spending; a summed title with 本级 names its place.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from fictional_text import document, found, kinds
from govkg.core.errors import IngestError
from govkg.ingest.document.genresigns import shows_genre
from govkg.ingest.text.numbers import number_value

# -- class 1: a figure with a space after its thousands comma --------------------------------


def test_a_thousands_comma_with_a_space_is_one_figure():
    text = "样例区2017年“三公”经费决算说明\n公务用车运行维护费支出2, 345.6万元。\n"
    assert [(w, y) for w, _, y, _ in found(text)] == [("2, 345.6万元", Decimal("23456000"))]
    assert number_value("2, 345.6") == Decimal("2345.6")


def test_the_tail_after_a_comma_and_space_is_never_read_alone():
    text = "样例区2017年“三公”经费决算说明\n公务用车运行维护费支出2, 3456万元。\n"
    assert all(y != Decimal("34560000") for _, _, y, _ in found(text))


def test_a_clause_comma_before_a_figure_still_starts_it():
    text = "样例区2017年“三公”经费决算说明\n与上年相比, 公务接待费支出减少345.6万元。\n"
    assert [w for w, _, _, _ in found(text)] == ["345.6万元"]


# -- class 2: an area's 三公 note compiled by its finance bureau -------------------------------

SUMMED = (
    "经样例区财政局汇总,2017年区级“三公”经费公共财政拨款支出120.5万元,比上年减少支出10.5万元。\n"
    "(一)因公出国(境)费2.00万元。全年组织出国团组1个。\n"
    "(二)公务接待费30.50万元,比上年减少3.2万元。\n"
)


def test_an_areas_summed_三公_note_is_read_and_names_the_area():
    doc = document(SUMMED)
    assert doc.unit == "样例区"
    assert doc.year == 2017


def test_its_items_named_alone_are_the_areas_spending():
    got = dict(kinds(SUMMED))
    assert got["2.00万元"] == "SPENDING"
    assert got["30.50万元"] == "SPENDING"


def test_a_summed_budget_sentence_makes_no_item_spending():
    budget = SUMMED.replace("公共财政拨款支出120.5万元", "预算数120.5万元")
    assert dict(kinds(budget)).get("2.00万元") != "SPENDING"


def test_a_sum_without_a_bureau_or_a_level_names_no_unit():
    for opening in ("经汇总,2017年区级", "经样例区财政局汇总,2017年样例局"):
        text = SUMMED.replace("经样例区财政局汇总,2017年区级", opening)
        assert document(text).unit != "样例区"


def test_a_news_item_on_a_summed_total_without_money_is_refused():
    assert not shows_genre("经样例区财政局汇总,2017年区级“三公”经费下降。\n详见附件。\n")
    with pytest.raises(IngestError):
        document("本报讯 区政府严控开支,2017年“三公”经费有所下降,各部门厉行节约。\n")


# -- class 3: a summed title with 本级 -------------------------------------------------------


def test_a_summed_title_with_本级_names_its_place():
    text = (
        "样例市样例区本级2017年“三公”经费决算汇总情况\n"
        "经汇总,2017年区本级开支“三公”经费20万元,其中:公务接待费8万元。\n"
    )
    assert document(text).unit == "样例市样例区"


def test_a_title_without_汇总_names_no_place():
    text = "样例区本级2017年“三公”经费决算情况\n经汇总,2017年区本级开支“三公”经费20万元。\n"
    assert document(text).unit != "样例区"


# -- class 4: changes ---------------------------------------------------------------------------


def test_a_clause_opening_on_its_comparison_keeps_the_三公_item():
    text = (
        "样例区2017年“三公”经费决算说明\n"
        "2017年“三公”经费较上年决算减少8.5万元,下降9%;较年初预算数减少4.5万元,下降5%。\n"
    )
    assert dict(kinds(text))["4.5万元"] == "CHANGE"


def test_a_budget_difference_of_no_三公_item_stays_other():
    text = (
        "样例局2017年度部门决算说明\n"
        "2017年本年支出合计80万元,较上年减少8.5万元。项目支出完成情况良好;较年初预算数减少4.5万元。\n"
    )
    assert dict(kinds(text)).get("4.5万元") != "CHANGE"


def test_spending_less_than_last_year_is_a_change():
    text = "样例区2017年“三公”经费决算说明\n“三公”经费支出60万元,比上年减少支出6.5万元,下降9.8%。\n"
    assert kinds(text) == [("60万元", "SPENDING"), ("6.5万元", "CHANGE")]


# -- class 3: a project's published evaluation results --------------------------------------------


def test_a_title_of_evaluation_results_names_its_unit():
    text = (
        "首页 >政务公开\n\n样例市样例区农业委员会2019年度项目资金重点绩效评价结果\n\n"
        "为全面实施预算绩效管理,样例市样例区财政局委托第三方机构对我单位负责的项目开展了评价。\n"
        "项目资金共安排30万元,实际支出28万元。\n"
    )
    doc = document(text)
    assert doc.unit == "样例市样例区农业委员会"
    assert doc.year == 2019


def test_evaluation_results_inside_a_sentence_are_no_title():
    text = "样例新闻\n样例区2019年度项目资金重点绩效评价结果将向社会公开,各单位抓好整改。\n"
    with pytest.raises(IngestError):
        document(text)


# -- class 4: a 三公 table whose money column's head carries the unit ---------------------------

HEAD_TABLE = (
    "样例市2017年“三公”经费决算说明\n2017年“三公”经费支出30万元。\n"
    "附表:样例市本级2017年“三公”经费决算汇总表\n项目 |\n2017年决算(万元) |\n"
    "因公出国(境)经费 |\n9 |\n公务接待费 |\n1,014 |\n公务用车运行维护费 |\n20 |\n"
)


def test_cells_under_a_column_head_carrying_the_unit_are_listed_unread():
    cells = [(w, y, r) for w, _, y, r in found(HEAD_TABLE) if r and "column's head" in r]
    assert [(w, y) for w, y, _ in cells] == [
        ("9", Decimal("90000")),
        ("1,014", Decimal("10140000")),
        ("20", Decimal("200000")),
    ]


def test_a_column_head_without_a_unit_lists_nothing():
    text = HEAD_TABLE.replace("2017年决算(万元)", "2017年决算")
    assert not [w for w, _, _, r in found(text) if r and "三公”经费 table" in r]


def test_a_column_head_of_counts_lists_nothing():
    text = HEAD_TABLE.replace("2017年决算(万元)", "2017年批次(个)")
    assert not [w for w, _, _, r in found(text) if r and "三公”经费 table" in r]
