"""The numbered items of a list a lead opens right after a total (主要用于以下三个方面:) take the
total's kind (trial 50's 789). Items out of order, a list with no lead, a lead after no total
keep their readings. Test material, fictional."""

from __future__ import annotations

from govkg.ingest.extract import extract

HEAD = "样例市民政局2031年度中央财政福彩公益金转移支付绩效自评报告\n二、绩效情况分析\n"


def written(body: str) -> list[tuple[str, str | None]]:
    return [(m.as_written, m.kind) for m in extract(HEAD + body, "fictional.txt").money]


LIST = (
    "\n\n1.养老服务类资金200万元,资金使用120万元,部分项目正在建设中。"
    "\n\n2.儿童福利类资金100万元,资金使用30万元,按实际人数发放。\n"
)


def test_the_numbered_parts_of_a_budget_are_budgeted():
    body = (
        "2031年我市共投入中央福彩公益金300万元,用于社会福利事业发展。主要用于以下两个方面:" + LIST
    )
    assert written(body) == [
        ("300万元", "BUDGET"),
        ("200万元", "BUDGET"),
        ("120万元", "SPENDING"),
        ("100万元", "BUDGET"),
        ("30万元", "SPENDING"),
    ]


def test_the_lead_may_close_the_totals_own_sentence():
    body = "2031年下达我局专项资金300万元,包括以下几个部分:" + LIST
    assert [k for _, k in written(body)] == ["BUDGET", "BUDGET", "SPENDING", "BUDGET", "SPENDING"]


def test_no_lead_or_a_count_too_small_keeps_the_items_unread():
    # a total the items do not add up to (350, not 300): where they add up exactly, the sum
    # says they are its parts, whatever the lead (``kinds.summedlines``, trial 54)
    body = "2031年我市共投入中央福彩公益金350万元,用于社会福利事业发展。" + LIST
    assert written(body)[1] == ("200万元", None)
    body = "2031年我市共投入中央福彩公益金350万元。主要用于以下一个方面:" + LIST
    assert written(body)[3] == ("100万元", None)


def test_items_out_of_order_keep_their_reading():
    body = (
        "2031年我市共投入中央福彩公益金300万元。主要用于以下两个方面:"
        "\n\n2.养老服务类资金200万元,资金使用120万元。\n\n1.儿童福利类资金100万元,资金使用30万元。\n"
    )
    got = written(body)
    assert got[1] == ("200万元", None)
    assert got[3] == ("100万元", None)
