"""Trial 58's 1113, a news item on 贵州's 三公: 五者总额约为2.69亿元,占“三公经费”总额将近54%. An
amount no word names, stated as a share of the 三公经费 (spent money, as its 经费 says), is
spent, as a share of 支出总额 is (``kinds.shareof``, ``kinds.partkinds``); a rough share's
将近 / 约 may stand before the percent. Listed unread before. A share of the 三公经费预算 or of
a count, or an amount with its own word, reads no spending from it."""

from __future__ import annotations

from fictional_text import kinds as _kinds

TITLE = "青岚市2035年“三公”经费决算说明\n"


def kinds(text: str):
    return dict(_kinds(TITLE + text))


def test_a_share_of_the_三公经费_is_spent():
    text = "前三名分别为甲局、乙局、丙局,三者总额约为1.5亿元,占“三公经费”总额将近40%。\n"
    assert kinds(text)["1.5亿元"] == "SPENDING"
    assert kinds("三者合计0.8亿元,占三公经费总额的20%。\n")["0.8亿元"] == "SPENDING"


def test_a_share_of_revenue_stays_revenue():
    assert kinds("三者总额约为1.5亿元,占收入总额的40%。\n")["1.5亿元"] == "REVENUE"


def test_a_share_of_the_budget_or_of_a_count_reads_nothing():
    assert kinds("三者总额约为1.5亿元,占三公经费预算总额的40%。\n")["1.5亿元"] != "SPENDING"
    read = kinds("三者总额约为1.5亿元,占部门总数的40%。\n")
    assert read["1.5亿元"] != "SPENDING"
