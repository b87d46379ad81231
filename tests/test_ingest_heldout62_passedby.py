"""Trial 62's 1267 (a news item on two bodies' 三公 notes): 今年,中央黨校的預算數為595.99萬元,比去年
的實際支出高出20多萬元, read as spent by the 實際支出 compared with. Pattern: how far a figure
passes the one it is compared with, said 高出 / 多出 right before the figure after 比 / 较, is a
change (``kinds.kindwords``). Not 高出 with no comparison, not an overrun of a budget (超出预算),
not the figure compared with itself. Test material, fictional."""

from __future__ import annotations

from govkg.ingest.kinds.kindwords import kind_of


def test_how_far_a_figure_passes_the_one_compared_with_is_a_change():
    assert kind_of("比去年的实际支出高出") == "CHANGE"
    assert kind_of("较2034年决算数多出了") == "CHANGE"


def test_no_comparison_or_an_overrun_keeps_its_reading():
    assert kind_of("高出") is None
    assert kind_of("超出预算") == "OTHER"
    assert kind_of("比去年实际支出") == "SPENDING"
    assert kind_of("比去年高出一成,实际支出") == "SPENDING"
