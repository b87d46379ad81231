"""Trial 60's 1162, a news item on a city's 三公 accounts: a body's 决算 total, its change on the
budget said about (相比预算数减少约141万元), then 其中 and an item's figure (公车购置费为0元): the
item is a part of the total, spent, not of the change (``totalparts``: the change of the total
said with 约 before its figure).
"""

from __future__ import annotations

from fictional_text import kinds

NEWS = (
    "青岚市公开2035年“三公”经费决算\n"
    "2035年青岚市级党政机关“三公”经费财政拨款决算为6424万元。"
    "其中,今年青岚市样例局的“三公”经费财政拨款决算数为953.81万元,相比预算数减少约141万元,"
    "其中公车购置费为0元;青岚市示范局“三公”经费财政拨款决算数为43.38万元,相比预算数减少4万元,"
    "其中公车购置费为2万元。\n"
)


def test_an_item_after_a_total_and_its_change_said_about_is_spent():
    read = kinds(NEWS)
    assert ("141万元", "CHANGE") in read
    assert ("0元", "SPENDING") in read
    assert ("2万元", "SPENDING") in read


def test_a_part_of_the_change_said_with_its_own_change_word_stays_a_change():
    parts = NEWS.replace("其中公车购置费为0元", "其中公车购置费减少20万元")
    read = kinds(parts)
    assert ("141万元", "CHANGE") in read
    assert ("20万元", "CHANGE") in read
