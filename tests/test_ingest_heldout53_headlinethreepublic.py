"""Trial 53's 882, by class, on fictional texts: a news item's headline giving a 三公 change in
万 with no 元 (某部今年三公减少1271万) is money, 三公 naming the 三公经费; a figure in 万 then
余元 (减少1271万余元: more than that) is read as the figure in 万. A bare 万 of a count
(三公车辆减少2万 辆…), 万 before 余 and a measure (2万余人) stay no money. Test material,
fictional."""

from __future__ import annotations

from govkg.ingest.extract import extract
from govkg.ingest.text.amounts import amounts

NEWS = (
    "样例财经\n\n"
    "某某部今年三公减少345万\n\n"
    "2031年07月26日 03:21 来源:样例报\n\n"
    "   本报讯 昨日,记者从某某部获悉,某某部公布2030年和2031年的“三公经费”,"
    "2031年比2030年减少345万余元。\n\n"
    "   2030年“三公经费”财政拨款支出1345.50万元,2031年“三公经费”财政拨款预算1000.30万元,"
    "与2030年支出相比,压减345.20万元,减少26%。\n"
)


def test_a_headlines_three_public_change_in_wan_and_a_wan_more_than_figure_are_changes():
    money = [(m.as_written, m.kind) for m in extract(NEWS, "fictional.txt").money]
    assert money[:2] == [("345万", "CHANGE"), ("345万", "CHANGE")]
    assert ("345.20万元", "CHANGE") in money


def test_wan_more_than_yuan_is_read_as_the_figure_in_wan():
    found = list(amounts("减少345万余元,增加12亿余元。"))
    assert [(a.figure, a.unit, a.yuan) for a in found] == [
        ("345", "万元", 3450000),
        ("12", "亿元", 1200000000),
    ]


def test_wan_before_more_than_a_count_is_no_money():
    assert list(amounts("参加培训2万余人,接待3万余次。")) == []


def test_a_bare_wan_after_words_naming_no_money_stays_out():
    text = NEWS.replace("某某部今年三公减少345万", "某某部今年车辆减少345万")
    money = extract(text, "fictional.txt").money
    assert (money[0].as_written, money[0].label) == ("345万", "2031年比2030年减少")
