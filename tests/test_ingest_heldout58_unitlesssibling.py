"""Trial 58's 1085, a town's 部门预算情况说明, by class, on fictional texts: an item of a list
printed without its unit word (其中:一般公共服务支出795.93万元,教育支出5.98万元,文化旅游体育与传媒
支出92.65,社会保障和就业支出…), its two siblings or more right before it each with one unit
word, all one, their labels ending as its own (支出), is in that unit and read as they are
(``text.unitlesssibling``); missing before. Siblings in two units, one sibling only, a label
unlike theirs, a figure without decimals, a percent and a figure at the text's end read
nothing. Test material, fictional."""

from __future__ import annotations

from decimal import Decimal

from fictional_text import found
from govkg.ingest.text.unitlesssibling import unitless_siblings

TITLE = "样例镇人民政府2035年部门预算情况说明\n"


def test_a_bare_item_takes_its_siblings_unit_and_their_kind():
    text = TITLE + (
        "(二)支出预算:2035年支出合计300.5万元,其中:一般公共服务支出120.25万元,"
        "教育支出8.5万元,农林水支出41.75,卫生健康支出130万元。\n"
    )
    read = {w: (k, a) for w, k, a, _ in found(text)}
    assert read["41.75"] == ("BUDGET", Decimal("417500"))
    assert read["120.25万元"][0] == "BUDGET"


def test_siblings_after_a_顿号_count_too():
    text = "其中:人员经费12.5万元、公用经费3.25万元、运转经费1.75、其他。"
    assert unitless_siblings(text) == [(text.index("1.75"), text.index("1.75") + 4, "1.75", "万元")]


def test_siblings_in_two_units_or_one_sibling_read_nothing():
    assert unitless_siblings("其中:甲类支出120.25万元,乙类支出800元,丙类支出41.75,丁类。") == []
    assert unitless_siblings("其中:乙类支出8.5万元,丙类支出41.75,丁类支出1万元。") == []


def test_a_label_unlike_the_siblings_reads_nothing():
    text = "其中:一般公共服务支出120.25万元,教育支出8.5万元,同比增长12.5,主要是人员增加。"
    assert unitless_siblings(text) == []


def test_a_count_a_percent_or_a_cut_figure_reads_nothing():
    base = "其中:一般公共服务支出120.25万元,教育支出8.5万元,"
    assert unitless_siblings(base + "农林水支出41,其他。") == []
    assert unitless_siblings(base + "农林水支出41.75%,其他。") == []
    assert unitless_siblings(base + "农林水支出41.75") == []
    text = (
        TITLE
        + "2035年支出合计300.5万元,其中:一般公共服务支出120.25万元,教育支出8.5万元,农林水支出41.75"
    )
    assert all(k is None for w, k, _, _ in found(text) if w == "41.75")


def test_a_label_running_on_from_words_before_reads_nothing():
    text = (
        "其中:一般公共服务支出120.25万元,教育支出8.5万元,"
        + "很长的说明文字" * 4
        + "支出41.75,其他。"
    )
    assert unitless_siblings(text) == []
