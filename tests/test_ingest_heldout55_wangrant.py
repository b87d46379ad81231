"""Trial 55's 970, by class, on fictional texts: 万 without 元 right before the name of a
grant or a budget (年中新增了1000万政府性基金预算财政拨款用于…扩建工程, a 决算's reason for a
rise in revenue) is money, as 万 before 资金 / 经费 was (141.8万补助资金); 万 before a count's
measure word, or before other words, stays no money. Test material, fictional."""

from __future__ import annotations

import pytest

from govkg.ingest.document.report import Given
from govkg.ingest.extract import extract
from govkg.ingest.text.amounts import amounts
from govkg.ingest.text.simplified import simplified


def found(text: str) -> list[tuple[str, str, int]]:
    return [(a.figure, a.unit, a.yuan) for a in amounts(simplified(text))]  # as find_money reads


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("年中新增了1000万政府性基金预算财政拨款用于某某公墓扩建工程。", "1000"),
        ("县财政安排500万财政拨款用于道路维修。", "500"),
        ("今年新增200万一般公共预算用于设备购置。", "200"),
        ("争取到3000万专项债券用于园区建设。", "3000"),
        ("年中追加80萬財政撥款用於場館維修。", "80"),
    ],
)
def test_wan_before_a_grants_name_is_money(text, figure):
    assert found(text) == [(figure, "万元", int(figure) * 10000)]


@pytest.mark.parametrize(
    "text",
    [
        "全县财政供养人员达2万人,服务3万户。",
        "全年接待游客5万政府机关人员参观。",  # 万 before other words: no grant named
        "辖区常住人口12万财政所服务。",
    ],
)
def test_wan_before_other_words_stays_no_money(text):
    assert found(text) == []


def test_the_grant_as_the_reason_for_a_rise_in_revenue_is_revenue():
    text = (
        "2.收入情况。2031年度收入合计1238.61万元,总收入较上年决算数增加819.06万元,"
        "主要原因是年中新增了1000万政府性基金预算财政拨款用于某某工程项目。\n"
    )
    money = extract(text, "fictional.txt", Given(title="某某馆2031年度部门决算情况说明")).money
    assert [(m.as_written, m.kind) for m in money][-1] == ("1000万", "REVENUE")
