"""Funds granted on approval (获批) are a budget, and the years' tranches listed under them are
its parts (目前获批省政府专项债券资金12300万元,其中2021年3300万元,2022年9000万元: trial 46's
692). Test material, fictional."""

from __future__ import annotations

from govkg.ingest.extract import extract

TEXT = (
    "样例省政府专项债券项目绩效自评价报告\n一、项目情况\n4.资金投入和使用情况\n"
    "目前获批省政府专项债券资金1230万元,其中2031年330万元,2032年900万元,"
    "至2032年底实际使用788万元。\n"
)


def test_granted_funds_and_their_tranches_are_a_budget_and_use_is_spending():
    kinds = {m.as_written: m.kind for m in extract(TEXT, "fictional.txt").money}
    assert kinds == {
        "1230万元": "BUDGET",
        "330万元": "BUDGET",
        "900万元": "BUDGET",
        "788万元": "SPENDING",
    }
