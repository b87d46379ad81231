"""Trial 61's 1218, by class, on fictional texts: a town's transfer funds handed down (下达…转移支付
X万元。) then each level's share broken down by its projects after a 为 (省级资金转移支付124.23万元,
为甲村美丽乡村建设25万元,对村集体组织帮助0.71万元;市级资金260.3万元,为奖励督查10万元…等。): the
level's funds and its projects are the handed-down budget (kinds/levelbreakdown). Unread before.
A line with no 下达 budget before, an amount read between as received (到位), a 为 after no
level's amount, or an item with more words after its figure keep their reading (unread). Test
material, fictional."""

from __future__ import annotations

from fictional_text import found

HEAD = "一、绩效目标分解下达情况\n"
HANDED = "1.青岚镇人民政府2035年度下达上级资金转移支付300.5万元。"
LEVELS = (
    "省级资金转移支付120.25万元,为甲村美丽乡村建设20万元,对村集体组织帮助0.25万元;"
    "市级资金180.25万元,为奖励督查30万元,样例生态补偿资金150万元等。\n"
)


def _kinds(text: str) -> dict[str, str | None]:
    return {w: k for w, k, _a, _r in found(HEAD + text)}


def test_levels_and_their_projects_after_a_handed_down_total_are_budgeted():
    kinds = _kinds(HANDED + LEVELS)
    for written in ("120.25万元", "20万元", "0.25万元", "180.25万元", "30万元", "150万元"):
        assert kinds[written] == "BUDGET", written


def test_no_handed_down_budget_before_reads_nothing():
    kinds = _kinds("1.青岚镇人民政府2035年度资金情况如下。" + LEVELS)
    assert kinds["20万元"] is None
    assert kinds["120.25万元"] is None


def test_an_amount_received_between_breaks_the_run():
    text = HANDED + "资金150万元已全部到位。" + LEVELS
    assert _kinds(text)["20万元"] is None


def test_a_wei_after_no_levels_amount_and_an_item_saying_more_read_nothing():
    kinds = _kinds(HANDED + "资金共计120.25万元,为甲村美丽乡村建设20万元,乙村10万元。\n")
    assert kinds["20万元"] is None
    kinds = _kinds(HANDED + "省级资金120.25万元,为甲村建设20万元已完工,乙村10万元。\n")
    assert kinds["10万元"] is None
