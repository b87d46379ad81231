"""A county's self-evaluation of a fund it received, speaking for the county and naming no
department: 现就盐边县2021年度中央财政补助公共文化服务体系建设专项资金绩效自评情况报告如下 …
我县严格按照… (trial 64's 1335), 下达固镇县20xx年中央支持地方…补助资金 … 固镇县20xx年中央补助
地方…资金…全部执行完毕 (1333, its years masked), the corpus's 591 (长泰区2024年中央专项彩票公益金,
我区收到…): all unnamed before; the area is the unit, as 591's expected names it. Two areas'
funds, a text speaking as a unit (我局, 本单位), or one mention with no voice read nothing.
Test material, fictional."""

from __future__ import annotations

from fictional_text import document
from govkg.ingest.document.areafund import area_fund

REPORT = (
    "某某资金绩效自评报告 篇1\n"
    "根据《样例省财政厅关于…的通知》要求,现就青岚县2035年度中央财政补助某某服务体系建设专项资金"
    "绩效自评情况报告如下:\n一、基本情况\n2035年中央下达某某服务体系建设专项资金预算123.45万元。\n"
    "二、综合评价结论\n我县严格按照2035年中央下达某某补助资金区域绩效目标表进行资金分配,执行率为96%,"
    "绩效自评分数为93分。\n三、绩效目标完成情况分析\n(一)资金投入情况分析。\n"
    "1.省财政厅下达我县2035年中央级补助某某服务体系建设专项资金123.45万元。\n"
)


def test_the_county_speaking_for_its_fund_is_the_unit():
    assert document(REPORT).unit == "青岚县"


def test_the_masked_year_and_two_mentions():
    masked = (
        "绩效自评报告\n共下达白石县20xx年中央支持地方某某补助资金12.3万元。\n"
        "白石县20xx年中央补助地方某某资金12.3万元,全部执行完毕。"
    )
    assert area_fund(masked)[0] == "白石县"


def test_near_misses_name_none():
    once = "绩效自评报告\n下达白石县2035年中央支持地方某某补助资金12.3万元。"
    assert area_fund(once) is None  # one mention, no voice
    bureau = "绩效自评报告\n现就青岚县2035年度某某专项资金绩效自评。我局严格按照…。我县…"
    assert area_fund(bureau) is None  # a bureau speaks
    two = "绩效评价报告\n下达青岚县2035年某某资金,下达白石县2035年某某资金。我县…"
    assert area_fund(two) is None  # two areas' funds
    unevaluated = "下达青岚县2035年某某资金。青岚县2035年某某资金已执行。"
    assert area_fund(unevaluated) is None  # no evaluation
    city = "绩效自评报告\n现就青岚市2035年度某某专项资金绩效自评情况报告如下:我市…"
    assert area_fund(city) is None  # a city's evaluation (the corpus's 362, 529, 530)
