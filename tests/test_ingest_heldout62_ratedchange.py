"""Trial 62's 1265 (a news item on eleven districts' 三公 决算: 从化区下降543万元,降幅达58.6%, listed
unread before; 10个区平均下降达239.36万元, read as the 会议费决算 its clause names). Pattern: a
bare verb of change right before a figure names no change by itself, but its rate of change said
right after it (,降幅达58.6%; ,下降8%) or an average of several bodies' changes (平均下降达) proves
the figure is by how much a sum moved: CHANGE (``kinds.ratedchange``). A figure after a bare verb
followed by a share or nothing, and a rate per person (人均增加), keep their reading. Test
material, fictional."""

from __future__ import annotations

from fictional_text import kinds
from govkg.ingest.kinds.ratedchange import rated_change_kind

TITLE = "青岚市2035年各区“三公”经费决算\n"


def _kinds(line: str) -> list[tuple[str, str | None]]:
    return kinds(TITLE + "青岚市样例局2035年“三公”经费决算支出120万元。" + line)[1:]


def test_a_bare_fall_proven_by_its_rate_is_a_change():
    assert _kinds("东湖区下降54万元,降幅达58.6%,为各区之最。") == [("54万元", "CHANGE")]
    assert _kinds("西湖区减少12万元,下降8%。") == [("12万元", "CHANGE")]


def test_an_average_fall_is_a_change():
    line = "各区会议费决算均呈下降趋势,10个区平均下降达23.93万元。"
    assert _kinds(line) == [("23.93万元", "CHANGE")]


def test_a_bare_verb_with_a_share_or_nothing_after_keeps_its_reading():
    text = "东湖区增加54万元,占总支出的5%。"
    assert rated_change_kind(text, text.index("54"), text.index(",占"), None) is None
    text = "东湖区下降54万元。"
    assert rated_change_kind(text, text.index("54"), text.index("。"), None) is None


def test_a_rate_per_person_is_no_average_change():
    text = "东湖区人均增加0.5万元。"
    assert rated_change_kind(text, text.index("0.5"), text.index("。"), None) is None
