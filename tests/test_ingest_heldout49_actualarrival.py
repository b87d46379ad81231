"""What was actually handed down (实际下达) set against the budget, with the rate of arrival it
makes, under a heading of funds in place, is the money that came in (trial 49's 767; the
corpus's 187). A plain 下达 with a rate after it stays the budget handed down. Test material,
fictional."""

from __future__ import annotations

from govkg.ingest.extract import extract

HEAD = "样例省2031年度中央自然灾害救灾资金绩效自评报告\n二、绩效目标完成情况\n"


def written(body: str) -> list[tuple[str, str | None]]:
    return [(m.as_written, m.kind) for m in extract(HEAD + body, "fictional.txt").money]


def test_the_actual_handed_down_with_its_rate_is_received():
    body = "1)项目资金到位情况。2031年预算租机经费共计900万元,财政部实际下达资金450万元,资金到位率为50%。\n"
    assert written(body) == [("900万元", "BUDGET"), ("450万元", "REVENUE")]


def test_the_heading_on_its_own_line_is_read_too():
    body = "1.项目资金到位情况。\n市财政预算安排12万元,实际下达12万元,项目资金到位率100%。\n"
    assert written(body) == [("12万元", "BUDGET"), ("12万元", "REVENUE")]


def test_a_plain_handed_down_with_a_rate_stays_a_budget():
    body = "1.项目资金到位情况分析。\n\n2031年样例县下达第一批衔接资金70万元,全部列入本项目,资金到位率100%。\n"
    assert written(body) == [("70万元", "BUDGET")]


def test_no_rate_or_no_heading_keeps_the_budget():
    body = "1.项目资金到位情况。\n市财政预算安排12万元,实际下达12万元。\n"
    assert written(body)[1] == ("12万元", "BUDGET")
    body = "1.项目资金执行情况。\n市财政实际下达12万元,资金到位率100%。\n"
    assert written(body) == [("12万元", "BUDGET")]
