"""Trial 63's 1278 (a CPPCC office's budget on a traditional mirror that prints readings), by
class, on fictional text: the numbered items of a sum of money, each written with 万 and no 元
(安排专项经费180萬(wàn)元,主要项目:1、委员补助21萬(wàn);2、常委活动8萬(wàn);…: text/itemisedbare).
Each item is an amount found, whether or not its own words name money; before, an item whose
words named none (常委活动, 联络) was missing. A list after no amount in 元, a single item, and an
item whose 万 a measure word follows read nothing this way. Test material, fictional."""

from __future__ import annotations

from decimal import Decimal

from fictional_text import found
from govkg.ingest.text.itemisedbare import itemised_bare

TITLE = "样例政协办公室2035年部门预算情况说明\n一、收入预算说明\n预算总收入60萬(wàn)元。\n"
ITEMS = (
    "安排预算内专项经费{total},主要项目:1、委员补助21萬(wàn);2、常委活动8萬(wàn);"
    "3、联络{third};4、例会7萬(wàn)。\n"
)


def _found(total="40萬(wàn)元", third="4萬(wàn)"):
    text = TITLE + ITEMS.format(total=total, third=third)
    return {w: (a, r) for w, _, a, r in found(text) if "元" not in w}


def test_each_item_of_a_stated_sum_is_an_amount_found():
    listed = _found()
    assert listed["8萬(wàn)"][0] == Decimal("80000")
    assert listed["4萬(wàn)"][0] == Decimal("40000")
    assert listed["7萬(wàn)"][0] == Decimal("70000")


def test_the_spans_are_the_items_figures_with_their_readings():
    text = "经费30万元,主要项目:1、甲10万;2、乙20万(wàn)。"
    assert [text[a:b] for a, b in itemised_bare(text)] == ["10万", "20万(wàn)"]


def test_a_list_after_no_amount_in_yuan_reads_nothing_this_way():
    assert itemised_bare("主要活动:1、参加2万;2、联络3万。") == []
    assert "8萬(wàn)" not in _found(total="若干")


def test_a_single_item_or_a_measure_after_wan_reads_nothing_this_way():
    assert itemised_bare("经费30万元,主要项目:1、甲10万。") == []
    assert itemised_bare("经费30万元,主要项目:1、甲10万人;2、乙20万。") == []
