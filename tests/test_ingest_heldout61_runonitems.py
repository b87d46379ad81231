"""Trial 61's 1223, by class, on fictional texts: a news item's 三公 list broken across
paragraphs, its last item opening a paragraph of its own (…“三公”经费财政拨款支出9.5亿元。其中,
因公出国(境)费0.4亿元;公务接待费2.3亿元。 / 公务用车购置及运行维护费6.8亿元,增长0.7%。): the item
is a part of the total above and takes its kind (threepublic/runonitems, through
threepublic/items). Unread before. A paragraph opening with words of its own, one under a
sentence naming no item with a figure, or restating an item already named keeps its reading
(unread). Test material, fictional."""

from __future__ import annotations

from fictional_text import found

TOTAL = (
    "青岚市财政局公布2035年市级“三公”经费决算。\n\n  2035年市级“三公”经费财政拨款支出9.5亿元,"
    "下降13.4%。"
)
ITEMS = "其中,因公出国(境)费0.4亿元,下降30.9%;公务接待费2.3亿元,下降36.4%。"
LAST = "\n\n  公务用车购置及运行维护费6.8亿元,增长0.7%。\n"


def _kind(text: str, written: str = "6.8亿元") -> str | None:
    return next(k for w, k, _a, _r in found(text) if w == written)


def test_the_last_item_opening_its_own_paragraph_takes_the_totals_kind():
    assert _kind(TOTAL + ITEMS + LAST) == "SPENDING"


def test_a_paragraph_opening_with_words_of_its_own_stays_unread():
    assert _kind(TOTAL + ITEMS + LAST.replace("  公务", "  据介绍,公务")) is None


def test_a_paragraph_under_no_listed_item_stays_unread():
    assert _kind(TOTAL + LAST) is None


def test_an_item_already_named_above_is_a_restatement_and_stays_unread():
    named = ITEMS.replace("公务接待费2.3亿元", "公务用车购置及运行维护费2.3亿元")
    assert _kind(TOTAL + named + LAST) is None


def test_a_paragraph_above_with_items_but_no_total_stays_unread():
    text = "青岚市财政局公布2035年市级“三公”经费决算。\n\n  " + ITEMS + LAST
    assert _kind(text) is None
