"""A city's own level named with the city in the sentence that opens its 三公 total: 根据百色市…
批准的百色市本级2024年预算,2024年市本级…(以下简称“三公”经费)支出预算安排情况如下 (trial 64's
1331, a city's note) and 东莞市2016年市本级“三公”决算汇总表及情况说明公布,…2016年市本级“三公”
支出合计为9615.12万元 (1325, a paper), both read unnamed before. The area is the unit, as the
corpus names a city's level total (1185, 206, 999). Two areas, no total, no 三公 in the sentence,
or a text speaking as a unit read nothing. Test material, fictional."""

from __future__ import annotations

from fictional_text import document
from govkg.ingest.threepublic.levelarea import level_area

NOTE = (
    "根据青岚市第三届人民代表大会第二次会议批准的青岚市本级2035年预算,2035年市本级一般公共预算"
    "安排的公务接待费、因公出国(境)费、公务用车购置及运行维护费(以下简称“三公”经费)支出预算安排"
    "情况如下:\n2035年,一般公共预算安排的“三公”经费支出共计1234万元,比2034年预算数减少12万元。"
    "其中:\n公务接待费234万元。\n因公出国(境)经费费100万元。\n公务用车购置费300万元。\n"
    "公务用车运行维护费600万元。\n"
)
NEWS = (
    "样例时间网讯 昨日,记者从市财政局了解到,青岚市2035年市本级“三公”决算汇总表及情况说明公布,"
    "数据显示,2035年市本级“三公”支出合计为1234.56万元,比年初预算减少12.34万元。\n"
)


def test_the_city_level_total_names_its_city():
    assert document(NOTE).unit == "青岚市"
    assert level_area(NEWS)[0] == "青岚市"


def test_near_misses_name_none():
    total = "2035年市本级“三公”经费支出共计1234万元。"
    two = "青岚市本级2035年“三公”经费预算,白石县本级2035年“三公”经费预算。" + total
    assert level_area(two) is None  # two areas
    assert level_area("青岚市本级2035年“三公”经费预算情况如下:\n公务接待费234万元。") is None
    assert level_area("青岚市本级2035年预算已批准。\n" + total) is None  # no 三公 in its sentence
    own = "根据青岚市本级2035年“三公”经费预算,本单位“三公”经费支出合计12万元。"
    assert level_area(own) is None  # a unit's own note under its city's budget
    news = "记者从市人大获悉,今年市本级单位“三公经费”预算合计10.5亿元。"
    assert level_area(news) is None  # 今年 is no area (the corpus's 876)
