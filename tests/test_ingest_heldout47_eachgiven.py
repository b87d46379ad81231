"""Money the unit gives to each of the recipients its sentence names (对…分别补助7万元) is paid
on, spent (trial 47's 725); a subsidy received keeps its reading. Test material, fictional."""

from __future__ import annotations

from govkg.ingest.extract import extract


def _kinds(text: str) -> list[tuple[str, str | None]]:
    return [(m.as_written, m.kind) for m in extract(text, "fictional.txt").money]


def _report(body: str) -> str:
    return "样例区民政局2031年度救助资金转移支付绩效自评报告\n一、资金情况\n" + body + "\n"


def test_given_to_each_named_recipient_is_spent():
    text = _report("经局务会研究,向东关、西坝、南塘三个街道分别拨付救助资金12万元。")
    assert _kinds(text) == [("12万元", "SPENDING")]


def test_a_subsidy_received_stays_revenue():
    text = _report("2031年省级补助12万元,市级补助6万元。")
    assert set(dict(_kinds(text)).values()) == {"REVENUE"}


def test_given_to_each_but_said_arrived_keeps_its_reading():
    text = _report("向三个街道分别下拨12万元,资金已全部到位。")
    before = _report("三个街道下拨12万元,资金已全部到位。")
    assert dict(_kinds(text))["12万元"] == dict(_kinds(before))["12万元"]


def test_each_named_with_a_kind_word_of_its_own_keeps_it():
    text = _report("对三个街道分别安排资金12万元。")
    assert _kinds(text) == [("12万元", "BUDGET")]
