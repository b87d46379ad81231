"""Thirty-third trial (424): a form's money cell written with 万 and no 元, set off from the
next cell by a blank (转移支付预算数(A) 5.8万 预算执行率(B/A) 100%), is money where its label
names money (``text.bareunitcell``). Held on fictional text, with the counts and indicator
cells that must stay no amount."""

from __future__ import annotations

from fictional_text import kinds

FORM = "样例县2031年度项目支出绩效自评表\n项目名称 乡村道路养护\n"


def test_a_budget_cell_with_wan_before_the_next_cell_is_money():
    text = FORM + "资金到位数 12.6万 到位率 100%\n实际执行数:12.6万 | 执行率 100%\n"
    assert kinds(text) == [("12.6万", "REVENUE"), ("12.6万", "SPENDING")]


def test_an_indicator_cell_with_wan_is_no_amount():
    text = FORM + "指标1:受益人次 ≥3万 3.2万 10 10\n指标2:覆盖人口3万 人\n"
    assert kinds(text) == []


def test_wan_glued_to_the_next_word_stays_no_amount():
    text = FORM + "预算数 5万 元\n资金 2万户 受益\n"
    assert [w for w, _ in kinds(text)] == ["5万 元"]
