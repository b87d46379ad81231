"""Trial 58's 1113 and 1119, news items on 三公 money: a headline's bare 花 right before the
figure says it was spent (5个部门花2.69亿: missing before, the bare 亿 having no money word in
its clause), and 少花 / 多花 say it was spent so much less or more than the figure compared
with, a change (去年中央“三公”实际少花9亿多元, listed unread before) (``kinds.kindwords``,
``kinds.money``). 花 inside a word (花卉, 花生) or away from the figure names no money."""

from __future__ import annotations

from fictional_text import kinds as _kinds

TITLE = "青岚市2035年“三公”经费决算说明\n"


def kinds(text: str):
    return dict(_kinds(TITLE + text))


def test_a_bare_花_before_a_headlines_figure_is_spent():
    read = kinds("4个部门花1.23亿\n前四名合计支出约1.23亿元。\n")
    assert read["1.23亿"] == "SPENDING"


def test_spent_less_or_more_is_a_change():
    read = kinds("去年全市“三公”实际少花3亿多元\n今年“三公”预算比去年实际花费多2亿\n")
    assert read["3亿"] == "CHANGE"
    assert read["2亿"] == "CHANGE"


def test_花_in_a_word_or_away_from_the_figure_names_no_money():
    read = kinds("全区种植花生2万,花卉基地增收3亿。\n")
    assert "2万" not in read
    assert "3亿" not in read
    assert kinds("公务用车运行费花费最高,约为3.5亿元。\n")["3.5亿元"] == "SPENDING"


def test_a_flowers_name_before_the_figure_is_no_spending():
    read = kinds("全区种植樱花20万元,棉花1.5亿\n")
    assert read.get("20万元") != "SPENDING"
    assert "1.5亿" not in read


def test_a_bare_spent_less_is_money_without_other_words():
    assert kinds("甲局去年少花1.2亿\n")["1.2亿"] == "CHANGE"
