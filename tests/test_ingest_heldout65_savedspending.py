"""Trial 65's 1351 (a news item on a city's accounts and its 三公), by class, on fictional text:
spending saved, said 节省支出 as 节约支出 is, is a SAVING (``kinds.kindwords``), not the spending
its 支出 names. 未节省 and a 支出 of its own keep their readings. Test material, fictional."""

from __future__ import annotations

from fictional_text import kinds

HEAD = "青岚市2035年“三公”经费决算情况说明\n一、总体情况\n"


def test_spending_saved_is_a_saving():
    text = HEAD + "全市一般公共预算支出120亿元,加上节省支出4.5亿元,全市支出总计124.5亿元。\n"
    read = dict(kinds(text))
    assert read["4.5亿元"] == "SAVING"
    assert read["120亿元"] == "SPENDING"


def test_spending_not_saved_is_no_saving():
    text = HEAD + "未节省支出4.5亿元。\n"
    assert dict(kinds(text))["4.5亿元"] != "SAVING"
