"""Trial 57's 1055: the parts of a project's estimate listed under 其中 with 为 between each
part's name and its figure (工程建设其他费用为…元, 预备费用为…元) take their total's kind, as those
written with no 为 do; the 费用 of their names spends nothing (``kinds.itemfees``). Test
material, fictional."""

from __future__ import annotations

from fictional_text import kinds

TITLE = "样例产业园标准厂房建设项目绩效自评报告\n"


def test_an_estimate_s_parts_said_with_为_take_the_total_s_kind():
    text = TITLE + (
        "项目概算总投资为12,345,678.9元,其中:工程费为9,000,000元,工程建设其他费用为"
        "2,345,678.9元,预备费用为800,000元,建设期利息200,000元。\n"
    )
    read = kinds(text)
    assert [kind for _, kind in read] == ["OTHER"] * 5


def test_a_part_of_spending_said_with_为_stays_spent():
    text = TITLE + "项目实际支出120万元,其中:设计费用为20万元,监理费用为10万元。\n"
    read = dict(kinds(text))
    assert read["20万元"] == "SPENDING"
    assert read["10万元"] == "SPENDING"


def test_a_fee_said_with_为_under_no_其中_keeps_its_reading():
    text = TITLE + "项目总投资为300万元。本年度项目运维费用为12万元。\n"
    assert dict(kinds(text))["12万元"] == "SPENDING"
