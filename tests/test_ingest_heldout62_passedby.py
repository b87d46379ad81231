"""Trial 62's 1267 (a news item on two bodies' 三公 notes): 今年,中央黨校的預算數為595.99萬元,比去年
的實際支出高出20多萬元, read as spent by the 實際支出 compared with. Pattern: how far a figure
passes the one it is compared with, said 高出 / 多出 right before the figure after 比 / 较, is a
change (``kinds.kindwords``). Not 高出 with no comparison, not an overrun of a budget (超出预算),
not the figure compared with itself. Second round: the part listed under 其中 after such a
change (…高出20多万元。其中公务用车购置及运行费352.56万元) is the budget's part, not the change's
(``kinds.totalparts``, as after 比上年减少X万元。其中; the first try read it as a change, and was
reverted); a part after a change of no total keeps no total's kind. Test material, fictional."""

from __future__ import annotations

from fictional_text import kinds
from govkg.ingest.kinds.kindwords import kind_of

TITLE = "样例局“三公”经费预算情况\n"


def test_how_far_a_figure_passes_the_one_compared_with_is_a_change():
    assert kind_of("比去年的实际支出高出") == "CHANGE"
    assert kind_of("较2034年决算数多出了") == "CHANGE"


def test_no_comparison_or_an_overrun_keeps_its_reading():
    assert kind_of("高出") is None
    assert kind_of("超出预算") == "OTHER"
    assert kind_of("比去年实际支出") == "SPENDING"
    assert kind_of("比去年高出一成,实际支出") == "SPENDING"


def test_the_part_after_the_change_is_the_budgets():
    text = TITLE + (
        "今年,样例局的预算数为59.6万元,比去年的实际支出高出2多万元。"
        "其中公务用车购置及运行费35.2万元,占59%。\n"
    )
    assert kinds(text) == [("59.6万元", "BUDGET"), ("2多万元", "CHANGE"), ("35.2万元", "BUDGET")]
