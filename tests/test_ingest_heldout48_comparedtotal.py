"""The parts under 其中 of a total compared with last year's figure, its change stated as an
amount and then as a rate alone (收入预算…万元,比2030年…万元增加…万元,增长6%。其中:…: trial
48): the parts are the total's, not its change's. A total's change against the budget (较预算数
…减少…) is no comparison with a year: its parts keep their own words. Test material,
fictional."""

from __future__ import annotations

from govkg.ingest.extract import extract

HEAD = (
    "样例市文化馆2031年预算情况说明\n一、部门基本情况\n本馆为公益一类事业单位。\n二、收入预算说明\n"
)


def written(body: str) -> dict[str, str | None]:
    return {m.as_written: m.kind for m in extract(HEAD + body, "fictional.txt").money}


def test_the_parts_after_a_total_its_compared_figure_and_a_bare_rate_are_the_totals():
    body = (
        "2031年收入预算5400.50万元,比2030年5000.50万元增加400万元,增长8%。"
        "其中:财政拨款3200.20万元,比2030年3100.20万元增加100万元;其他资金2200.30万元。\n"
    )
    found = written(body)
    assert found["3200.20万元"] == "BUDGET"
    assert found["3100.20万元"] == "BUDGET"
    assert found["400万元"] == "CHANGE"


def test_a_change_against_the_budget_leaves_the_parts_to_their_words():
    body = (
        "“三公”经费支出决算数为86万元,较上年90万元减少4万元,下降4%,较预算数100万元减少14万元,"
        "下降14%。其中:公务接待费为30万元,较上年32万元减少2万元。\n"
    )
    assert written(body)["30万元"] == "SPENDING"


def test_a_change_stated_without_the_compared_figure_keeps_todays_reading():
    body = "2031年收入预算5400.50万元,增加400万元,增长8%。其中:财政拨款3200.20万元。\n"
    assert written(body)["400万元"] == "CHANGE"
