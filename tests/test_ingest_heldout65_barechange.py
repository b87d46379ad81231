"""Trial 65's 1357 (a county bureau's 决算 note), by class, on fictional text: a bare 增 / 减 with
its 了 after the year compared with and 相比 (与上年相比增了…) is the change (``kinds.kindwords``),
as 较上年增… is; it was read as spent by the 项目支出 before it. A 增 of a name (增值) and a level
keep their readings. Test material, fictional."""

from __future__ import annotations

from fictional_text import kinds

HEAD = "样例局2035年度部门决算情况说明\n一、支出决算情况\n"


def test_a_bare_rise_with_its_le_after_the_year_compared_is_a_change():
    text = HEAD + "2035年项目支出500万元,2034年项目支出300万元,与上年相比增了200万元。\n"
    read = kinds(text)
    assert read[-1] == ("200万元", "CHANGE")
    assert ("500万元", "SPENDING") in read
    fell = HEAD + "2035年项目支出300万元,较上年减了20万元。\n"
    assert kinds(fell)[-1] == ("20万元", "CHANGE")


def test_spending_named_after_the_year_compared_is_no_change():
    text = HEAD + "与上年相比,项目支出200万元。\n"
    assert dict(kinds(text))["200万元"] == "SPENDING"
