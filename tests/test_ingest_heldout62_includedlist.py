"""Trial 62's 1266 (a news mirror of a ministry's 三公 figures, glossed traditional: 2010年…“三公
經(jīng)費(fèi)”財(cái)政撥款決算數(shù)具體包括:出國(境)費(fèi)1273.75萬元,車輛購置及運(yùn)行費(fèi) 2214.45萬元,
公務(wù)接待費(fèi)787.78萬元;2011年…預(yù)算數(shù)具體包括:…, the items after each list's first unread
before). Pattern: a lead saying its list is what an account includes (…决算数具体包括:) opens a
list running on to the sentence's end, its items cut by commas as well as by 、; each item whose
own words name no kind takes the lead's (``kinds.leadlist``). A lead with no 包括 still needs
its items cut by 、, and an item naming its own kind is read by its words. Test material,
fictional."""

from __future__ import annotations

from fictional_text import kinds
from govkg.ingest.kinds.kindwords import kind_of
from govkg.ingest.kinds.leadlist import lead_list_kind

TITLE = "样例局“三公”经费情况说明\n"
LISTS = (
    "2035年样例局“三公”经费财政拨款决算数具体包括:出国(境)费12.5万元,公务用车购置及运行费"
    " 22.4万元,公务接待费7.8万元;2036年“三公”经费财政拨款预算数具体包括:出国(境)费16.8万元,"
    "公务用车购置及运行费15.0万元,公务接待费6.7万元。\n"
)


def test_the_items_of_an_included_list_cut_by_commas_take_the_leads_kind():
    assert kinds(TITLE + LISTS) == [
        ("12.5万元", "SPENDING"),
        ("22.4万元", "SPENDING"),
        ("7.8万元", "SPENDING"),
        ("16.8万元", "BUDGET"),
        ("15.0万元", "BUDGET"),
        ("6.7万元", "BUDGET"),
    ]


def test_a_lead_without_includes_does_not_reach_past_a_comma():
    included = LISTS[: LISTS.index(";")]
    second = included.index("22.4")
    assert lead_list_kind(included, second, None, kind_of) == "SPENDING"
    plain = included.replace("决算数具体包括:", "决算数:")
    assert lead_list_kind(plain, plain.index("22.4"), None, kind_of) is None


def test_an_item_naming_its_own_kind_is_read_by_its_words():
    own = LISTS.replace("公务接待费7.8万元", "公务接待费较上年减少7.8万元")
    assert kinds(TITLE + own)[2] == ("7.8万元", "CHANGE")
