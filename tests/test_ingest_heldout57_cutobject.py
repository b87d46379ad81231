"""Trial 57's 1070, 1076 and 1079: a cut whose object, the money cut, is named between the
verb and the figure (减少了“三公”经费342.74万元, 削减“三公”经费预算8552.6万元, 较去年压缩“三公”
经费开支1.7亿元), or a bare 减 right after the money or the year compared with (“三公”预算减
1.7亿元, 较去年约减60万), is a change, not the spending or budget its last word names
(``kinds.kindwords``)."""

from __future__ import annotations

import pytest

from fictional_text import kinds as _kinds
from govkg.ingest.kinds.kindwords import kind_of

TITLE = "样例局2035年“三公”经费预算说明\n"


def kinds(text: str):
    return _kinds(TITLE + text)


def test_a_cut_naming_the_三公_before_its_figure_is_a_change():
    text = (
        "2035年度青岚区“三公”经费支出减少了80.5万元。其中,区法院等两个单位上划到市级,"
        "减少了“三公”经费21.3万元,其中公务用车购置及运行维护费15.2万元。\n"
    )
    read = dict(kinds(text))
    assert read["21.3万元"] == "CHANGE"
    assert read["15.2万元"] == "CHANGE"


def test_a_cut_of_a_budget_named_before_its_figure_is_a_change():
    text = "比如某某总局2035年削减“三公”经费预算612.4万元,包括压缩公务接待费20.1万元。\n"
    read = dict(kinds(text))
    assert read["612.4万元"] == "CHANGE"
    assert read["20.1万元"] == "CHANGE"


def test_a_cut_of_spending_compared_with_last_year_is_a_change():
    text = "统计显示,各部门较去年压缩“三公”经费开支2.3亿元。\n"
    assert dict(kinds(text))["2.3亿元"] == "CHANGE"


def test_a_bare_cut_after_the_money_or_the_year_compared_is_a_change():
    assert dict(kinds("原标题:50余部门“三公”预算减2.1亿元\n"))["2.1亿元"] == "CHANGE"
    assert dict(kinds("某某部“三公”经费较去年约减40万\n"))["40万"] == "CHANGE"


def test_the_money_itself_stays_what_it_is():
    text = "2035年“三公”经费预算数4891.27万元,2034年“三公”经费支出3000万元。\n"
    read = dict(kinds(text))
    assert read["4891.27万元"] == "BUDGET"
    assert read["3000万元"] == "SPENDING"


def test_a_level_an_adjustment_or_an_act_between_is_no_cut():
    assert dict(kinds("公务接待费一项由263.48万元减至211.48万元。\n"))["211.48万元"] != "CHANGE"
    assert dict(kinds("年中调减专项资金40万元。\n"))["40万元"] != "CHANGE"
    text = "为减少公用经费开支,本年安排资金30万元购置设备。\n"
    assert dict(kinds(text))["30万元"] == "BUDGET"


@pytest.mark.parametrize(
    "own",
    [
        "减少了“三公”经费",
        "压缩公务接待费",
        "削减“三公”经费预算",
        "较去年压缩“三公”经费开支",
        "“三公”经费较去年约减",
    ],
)
def test_a_cut_s_words_before_the_figure(own):
    assert kind_of(own) == "CHANGE"


@pytest.mark.parametrize(
    "own",
    [
        "通过集中采购减少支出",  # 减少支出 alone names no money cut: left as it was read
        "压缩开支",  # so 压缩开支 (trial 55's test: spending, as read)
        "由263.48万元减至",  # a level
        "年中调减专项资金",  # an adjustment
        "核减",  # an audit's cut of a claim
        "为减少公用经费开支,本年安排资金",  # an act between the cut and the figure
        "减少公用经费开支用于",
        "增加的设备由项目支出",  # 的 / 由: the verb names no cut of this money (heldout21's test)
    ],
)
def test_no_cut_of_the_figure(own):
    assert kind_of(own) != "CHANGE"
