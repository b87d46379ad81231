"""An area whose 万亩 a writer mistyped 万元亩 (承保面积为42.59万元亩: an insurance report's
acreage, trial 47's 721) is no money: neither read nor listed unread. A rate per mu keeps its
slash and stays money; an amount before a clause about land stays an amount. Test material,
fictional."""

from __future__ import annotations

from govkg.ingest.extract import extract

HEAD = "样例县2031年度农业保险保费补贴项目绩效自评报告\n一、绩效目标完成情况\n"


def written(body: str) -> dict[str, str | None]:
    return {m.as_written: m.kind for m in extract(HEAD + body, "fictional.txt").money}


def test_an_area_mistyped_with_the_money_unit_is_no_amount():
    body = "全县水稻种植50.1万亩,实际承保面积为40.25万元亩,总保费1200.5万元。\n"
    assert "40.25万元" not in written(body)
    assert "1200.5万元" in written(body)


def test_a_rate_per_mu_and_an_amount_before_land_words_stay_money():
    body = "保费标准为每亩30元,补贴标准为20元/亩,下达补贴资金300万元,亩均补贴20元。\n"
    assert {"30元", "20元", "300万元"} <= set(written(body))
