"""Trial 61's 1204 and trial 60's 1187: a page from the middle of a unit's budget note in 元,
opening on the page's number alone and then a numbered sub-section (6 / (二)按支出结构分类划分,…),
with the template's heading of the basic spending budgeted (六、一般公共预算基本支出情况说明), is a
budget note as a cut one is (``kinds.budgetnote``): its 项目支出 and its 基本支出's 人员经费 /
公用经费 are budgeted, not spent. Its parts' shares of 项目支出预算 are of that budget (its label
without 预算). A share of 一般公共预算支出, a whole on a page the excerpt lost, has no figure to
be of, and a share is kept only with the figure it is of (the SHACL shape asks both): it stays
in the amount's quote, not a share of the draft.
"""

from __future__ import annotations

from fictional_text import kinds
from govkg.ingest.extract import extract
from govkg.ingest.kinds.budgetnote import budget_note_year
from govkg.ingest.kinds.figureshares import share_bases

PAGE = (
    "4\n"
    "(二)按支出结构分类划分,分为基本支出预算和项目支出预算。\n"
    "1. 基本支出预算 1000000.50 元,占一般公共预算支出的 90.91%。\n"
    "2. 项目支出 100000 元,占一般公共预算支出的 9.09%。\n"
    "六、一般公共预算基本支出情况说明\n"
    "2035 年本年一般公共预算基本支出 1000000.50 元,其中:\n"
    "人员经费 900000.25 元,主要包括:基本工资、津贴补贴。\n"
    "公用经费 100000.25 元,主要包括:办公费。\n"
)
PARTS = PAGE.replace(
    "占一般公共预算支出的 9.09%。\n",
    "占一般公共预算支出的 9.09%。其中:\n"
    "商品和服务支出 80000 元,占项目支出预算 80%。\n"
    "资本性支出 20000 元,占项目支出预算 20%。\n",
)


def test_a_page_opening_on_a_sub_section_of_a_budget_note_states_budgets():
    assert budget_note_year(PAGE) == 2035
    read = dict(kinds(PAGE))
    for written in ("100000 元", "900000.25 元", "100000.25 元"):
        assert read[written] == "BUDGET", written
    assert "SPENDING" not in read.values()


def test_no_page_number_or_a_final_accounts_page_is_no_budget_note():
    assert budget_note_year(PAGE.replace("4\n", "", 1)) is None
    accounts = PAGE.replace("基本支出情况说明", "基本支出决算情况说明")
    assert budget_note_year(accounts) is None
    other = PAGE.replace("六、一般公共预算基本支出情况说明", "六、其他情况")
    assert budget_note_year(other) is None


def _shares(text: str) -> dict[str, tuple[str, str | None]]:
    """Each figure stating a share: (its percent, the amount of its base, None where none)."""
    money = extract(text, "f.txt").money
    return {
        m.as_written: (m.share.percent, None if base is None else str(money[base].amount))
        for m, base in zip(money, share_bases(money), strict=True)
        if m.share is not None
    }


def test_a_budget_part_states_its_share_of_the_budget_named_with_its_yusuan():
    # trial 60's 1187: 工资福利支出 12000 元,占项目支出预算 2.56%, of 2. 项目支出 469500 元
    shares = _shares(PARTS)
    assert shares["80000 元"] == ("80", "100000")
    assert shares["20000 元"] == ("20", "100000")


def test_a_share_of_the_general_budget_the_page_lost_has_no_figure_to_be_of():
    # trial 60's 1187: 占一般公共预算支出的 19.62%, the whole on a page the excerpt lost
    shares = _shares(PAGE)
    assert shares["1000000.50 元"] == ("90.91", None)
    assert shares["100000 元"] == ("9.09", None)


def test_the_whole_stated_is_the_shares_base():
    stated = PAGE.replace("(二)按支出结构", "(一)一般公共预算支出 1100000.50 元。\n(二)按支出结构")
    assert _shares(stated)["100000 元"] == ("9.09", "1100000.50")
