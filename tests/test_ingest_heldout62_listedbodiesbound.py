"""Trial 62's 1265 (a news item on eleven districts' 三公 决算: 此外,荔湾区和海珠区的该项费用决算也
低于200万元, read as spending before) and 1264 (a news item on Beijing's 三公 budgets: 市国土局、
市高院、市检的“三公”也均比去年预算下降200万元以上, read as a budget; 共有5个部门今年安排的“三公”
经费比去年增支200万元以上, read as a change). Pattern: a figure several bodies' money is said to
pass or fall short of is a threshold, OTHER (``kinds.threshold``, as 20多个部门…超过1000万元 is):
the bodies named in a list (甲区和乙区, 甲局、乙院、丙检) as the counted ones are, and a change
said of several bodies with 以上 / 以下 after it is the bound each one's change passes. One
body's change or level, listed bodies with no bound, and money paid to listed bodies keep their
reading. Test material, fictional."""

from __future__ import annotations

from fictional_text import kinds

TITLE = "青岚市2035年各区“三公”经费决算\n"


def _kinds(line: str) -> list[tuple[str, str | None]]:
    return kinds(TITLE + "青岚市样例局2035年“三公”经费决算支出120万元。" + line)[1:]


def test_listed_bodies_money_under_a_bound_is_a_threshold():
    assert _kinds("此外,东湖区和西湖区的该项费用决算也低于200万元,降幅在40%左右。") == [
        ("200万元", "OTHER")
    ]


def test_listed_bodies_changes_past_a_bound_are_a_threshold():
    line = "此外,市样例局、市青岚院、市检的“三公”也均比去年预算下降200万元以上。"
    assert _kinds(line) == [("200万元", "OTHER")]
    counted = "统计显示,共有5个部门今年安排的“三公”经费比去年增支200万元以上。"
    assert _kinds(counted) == [("200万元", "OTHER")]


def test_one_bodys_change_past_a_figure_stays_a_change():
    assert _kinds("样例局的“三公”经费比上年减少200万元以上。") == [("200万元", "CHANGE")]


def test_listed_bodies_with_no_bound_or_paid_keep_their_reading():
    assert _kinds("东湖区和西湖区的公务接待费决算支出为200万元。") == [("200万元", "SPENDING")]
    assert _kinds("东湖区和西湖区的“三公”经费比上年减少200万元。") == [("200万元", "CHANGE")]


def test_money_paid_to_listed_bodies_is_no_threshold():
    assert _kinds("向东湖区和西湖区拨付资金超过500万元。") != [("500万元", "OTHER")]
