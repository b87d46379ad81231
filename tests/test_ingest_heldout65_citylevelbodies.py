"""A news item stating a city's whole 三公 total by the bodies that make its level, 广州市直党政
机关和事业单位…开支的“三公”经费合计为3.74亿元, names the city (trial 65's 1351, read unnamed; the
corpus names a city-level total by the city: 999 广州市, 994, 1030), as 中央行政事业单位 names the
central level's. A department of the city (市直某局) and a total of something else read
nothing. Test material, fictional."""

from __future__ import annotations

from govkg.ingest.threepublic.areatotal import area_total

NEWS = (
    "样例晚报讯 记者某某报道:2035年,青岚市直党政机关和事业单位一般公共预算资金开支的“三公”经费"
    "合计为3.74亿元,同比减少1.15亿元。\n"
)


def test_the_city_level_bodies_name_the_city():
    assert area_total(NEWS)[0] == "青岚市"


def test_near_misses_read_nothing():
    assert area_total(NEWS.replace("市直党政机关和事业单位", "市直某局")) is None
    assert area_total(NEWS.replace("“三公”经费", "基本建设支出")) is None
