"""A sentence opening on a revenue's name and 中 lists parts of that revenue (trial 51's 824:
財政補助收入中,在職人員經費…元,…), and an average charge per patient is a rate. Test material,
fictional."""

from __future__ import annotations

from govkg.ingest.extract import extract

HEAD = (
    "样例医院2031年度部门决算情况说明\n一、收入支出决算总体情况说明\n(一)收入情况\n"
    "2031年度,医院收入总计1,000,000.00元,其中财政补助收入300,000元,医疗收入700,000.00元。"
)


def kinds(body: str) -> dict[str, str | None]:
    return {m.as_written: m.kind for m in extract(HEAD + body, "fictional.txt").money}


def test_the_items_of_a_revenue_opening_its_sentence_are_received():
    found = kinds("财政补助收入中,在职人员经费200,000.00元,设备购置项目100,000元。\n")
    assert found["200,000.00元"] == "REVENUE"
    assert found["100,000元"] == "REVENUE"


def test_a_sentence_opening_on_spending_keeps_its_reading():
    found = kinds("\n(二)支出情况\n支出中,人员经费支出200,000.00元,设备购置项目支出100,000元。\n")
    assert found["200,000.00元"] == "SPENDING"


def test_the_next_sentence_is_not_under_the_lead():
    found = kinds("财政补助收入中,在职人员经费200,000.00元。全年支出人员经费210,000.00元。\n")
    assert found["200,000.00元"] == "REVENUE"
    assert found["210,000.00元"] == "SPENDING"


def test_an_average_charge_per_patient_is_a_rate():
    found = kinds("\n每门急诊人次平均收费314.99元,出院者平均医药费用5,392.67元。\n")
    assert found["314.99元"] == "PRICE_OR_RATE"
    assert found["5,392.67元"] == "PRICE_OR_RATE"
