"""A fund's amount no word names takes the kind its section's heading says (trial 65's 1340, a
town's self-evaluation: (一)项目资金到位情况分析 / 该项目2020年度财政资金270.21万元,其中…, then
(二)项目资金使用情况分析 / 该项目资金270.21万元全部用于…; 1358, a water station's note on a
transfer fund in traditional characters: 二、資金使用情況 / …資金主要用于:甲工程(10.03萬元),…;
kinds/fundsection), and a heading of funds handed down is the budget's (1342, a mirror's
(一)資金下達情況 / …專項資金13352萬元,其中:…; kinds/allocated). All read unread before.
Near misses: a heading naming both acts or a plan, a second sentence, an arrival word before
the 用于, a budget word before it, an amount with no fund named under the arrival heading,
and a heading that is not the line right above. Test material, fictional."""

from __future__ import annotations

from fictional_text import kinds
from govkg.ingest.kinds.fundsection import fund_section_kind
from govkg.ingest.kinds.kindwords import kind_of

ARRIVAL = (
    "样例镇2035年度项目支出绩效自评报告\n二、项目资金使用及管理情况分析\n"
    "(一)项目资金到位情况分析\n"
    "该项目2035年度财政资金120.50万元,其中甲村补助100万元,乙村补助20.50万元。\n"
    "(二)项目资金使用情况分析\n"
    "该项目资金120.50万元全部用于保障村级组织正常运转。\n"
)
LISTED = (
    "2035年青岚镇水利站专项资金收支情况说明\n"
    "2035年专项资金收入30萬元,支出30萬元。\n"
    "二、資金使用情況\n"
    "2035年专项資金主要用于:泵站冬修工程(10萬元),河岸挡墙修复(15.5萬元),堤围绿化(4.5萬元)。\n"
)
HANDED = (
    "样例厅2035年项目运行绩效监控报告\n一、项目支出基本情况\n(一)資金下達情況\n"
    "2035年样例引导专项资金500萬元,其中:市县项目300萬元、省直项目200萬元。\n"
)


def test_the_arrival_heading_reads_its_fund_as_revenue_and_the_use_heading_as_spent():
    assert kinds(ARRIVAL) == [
        ("120.50万元", "REVENUE"),
        ("100万元", "REVENUE"),
        ("20.50万元", "REVENUE"),
        ("120.50万元", "SPENDING"),
    ]


def test_a_list_its_fund_was_used_for_under_the_use_heading_is_spent():
    assert kinds(LISTED)[2:] == [
        ("10萬元", "SPENDING"),
        ("15.5萬元", "SPENDING"),
        ("4.5萬元", "SPENDING"),
    ]


def test_a_heading_of_funds_handed_down_is_the_budget():
    assert kinds(HANDED) == [
        ("500萬元", "BUDGET"),
        ("300萬元", "BUDGET"),
        ("200萬元", "BUDGET"),
    ]


def _unread(text):
    return [w for w, k in kinds(text) if k is None]


def test_near_misses_stay_unread():
    # a heading naming both acts, or a plan
    for heading in ("(二)项目资金到位及使用情况分析", "(二)项目资金使用计划"):
        assert _unread(ARRIVAL.replace("(二)项目资金使用情况分析", heading)) == ["120.50万元"]
    # a second sentence of the line
    second = ARRIVAL.replace("该项目资金120.50万元", "资金已拨付。该项目资金120.50万元")
    assert _unread(second) == ["120.50万元"]
    # an arrival word before the 用于, or no 用于 at all
    got = LISTED.replace("2035年专项資金主要用于", "2035年取得专项資金主要用于")
    assert _unread(got) == ["10萬元", "15.5萬元", "4.5萬元"]
    bare = ARRIVAL.replace("全部用于保障村级组织正常运转", "按季度拨到各村")
    assert _unread(bare) == ["120.50万元"]
    # no fund named under the arrival heading
    unnamed = "(一)项目资金到位情况分析\n该项目共120.50万元。\n"
    assert fund_section_kind(unnamed, unnamed.index("120"), unnamed.index("。"), kind_of) is None
    # the heading not the line right above
    apart = LISTED.replace("二、資金使用情況\n", "二、資金使用情況\n资金使用规范。\n")
    assert _unread(apart) == ["10萬元", "15.5萬元", "4.5萬元"]
    # a heading of funds handed down and used names spending too: not the budget's
    used = HANDED.replace("資金下達情況", "資金下達和使用情況")
    assert "500萬元" in _unread(used)
