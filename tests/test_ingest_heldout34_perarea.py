"""A grant said per county or township: the thirty-fourth held-out trial read 4个示范县每县补助
1000万元 as money received by its 补助; 每村, 每户 were rates already, 每县 was no head. Held on
fictional text, with the readings the rules must keep."""

from __future__ import annotations

from fictional_text import kinds

REPORT = "青岚市某某局2031年度转移支付资金绩效自评报告\n\n一、资金投入情况\n\n"


def test_a_grant_per_township_is_a_rate():
    text = REPORT + "对完成改造任务的乡镇,按每个乡镇奖补30万元予以支持。\n"
    assert kinds(text) == [("30万元", "PRICE_OR_RATE")]


def test_a_grant_per_county_is_a_rate():
    text = REPORT + "2031年确定3个试点县,每县补助500万元。\n"
    assert kinds(text) == [("500万元", "PRICE_OR_RATE")]


def test_a_county_receiving_its_grant_is_no_rate():
    text = REPORT + "2031年县里收到上级补助500万元。\n"
    assert kinds(text) == [("500万元", "REVENUE")]


def test_a_total_after_a_grant_per_county_is_no_rate():
    text = REPORT + "每县补助500万元,共计1500万元。\n"
    assert kinds(text)[1][1] != "PRICE_OR_RATE"
