"""A 将 clause moves money with its verb after the figure (将…X万元拨付给我局账户 / 将X万元…拨付
到各…): paid to the writer it is received, paid to others it is spent (trial 49's 763). Near
misses keep today's reading. Test material, fictional."""

from __future__ import annotations

from govkg.ingest.extract import extract

HEAD = "样例市2031年度小微企业担保奖补资金绩效自评报告\n一、项目资金情况\n"


def written(body: str) -> list[tuple[str, str | None]]:
    return [(m.as_written, m.kind) for m in extract(HEAD + body, "fictional.txt").money]


def test_money_paid_to_the_writers_account_is_received():
    body = "样例市财政局于2031年6月将奖补资金320.5万元拨付给我局账户。\n"
    assert written(body) == [("320.5万元", "REVENUE")]
    body = "市财政局将专项资金48万元划拨至本单位专户。\n"
    assert written(body) == [("48万元", "REVENUE")]


def test_money_paid_on_to_recipients_is_spent():
    body = "样例市经信局于2031年7月2日将320.5万元按核定的各机构奖补数一次性拨付到各担保机构。\n"
    assert written(body) == [("320.5万元", "SPENDING")]
    body = "我局将补助资金15万元拨付给样例镇人民政府。\n"
    assert written(body) == [("15万元", "SPENDING")]


def test_money_said_to_have_arrived_stays_received():
    body = "市财政局将奖补资金60万元拨付到位。\n"
    assert written(body) == [("60万元", "REVENUE")]


def test_a_use_or_a_future_act_is_not_this_pattern():
    body = "我局将50万元用于拨付样例镇补助。\n"
    assert written(body) == [("50万元", None)]  # a use planned, not a payment made
    body = "县财政将近90万元拨付给各乡镇。\n"
    assert written(body) == [("90万元", None)]  # 将近: nearly, no 将 of an act


def test_money_handed_down_stays_a_budget():
    body = "市财政将8万元资金下拨至各乡镇。\n"
    assert written(body) != [("8万元", "SPENDING")]
