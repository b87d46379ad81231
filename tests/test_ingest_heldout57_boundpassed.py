"""Trial 57's 1079: the figure a number of bodies' money is said to pass (20多个部门因公出国经费
超过1000万元) is a bound, OTHER, no one's money (``kinds.threshold``); money paid to bodies
counted, or one body's money said to pass a figure, keeps its reading. Test material,
fictional."""

from __future__ import annotations

from fictional_text import kinds

TITLE = "样例部2035年“三公”经费预算情况说明\n"


def read(text: str) -> dict[str, str | None]:
    return dict(kinds(TITLE + text))


def test_a_bound_counted_bodies_money_passes_is_other():
    text = "在统计的40多个中央部门“三公”经费预算中,十余个部门因公出国经费超过500万元。\n"
    assert read(text)["500万元"] == "OTHER"


def test_a_bound_said_在_以上_is_other():
    assert read("其中,5个单位公务接待费预算均在20万元以上。\n")["20万元"] == "OTHER"


def test_money_paid_to_bodies_counted_is_no_bound():
    text = "2035年向12个单位拨付补助资金超过500万元。\n"
    assert read(text)["500万元"] != "OTHER"


def test_one_body_s_money_passing_a_figure_keeps_its_reading():
    text = "样例部门2035年因公出国经费预算超过300万元。\n"
    assert read(text)["300万元"] == "BUDGET"
