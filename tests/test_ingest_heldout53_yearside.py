"""Trial 53's 881, by class, on fictional texts: a 三公 item's figure named only by its year
(某某委2030年公务用车运行维护费为120.5万元) in a note that says that year only with 决算 is the
year's spending, a year said only with 预算 a budget (kinds/yearside); a year said with both, a
clause naming no 三公 item stay unread. Test material, fictional."""

from __future__ import annotations

from govkg.ingest.extract import extract
from govkg.ingest.kinds.yearside import year_side_kind

NOTE = (
    "某某委\n"
    "样例市某某委昨天公布了2030年度收支决算情况以及“三公经费”财政拨款情况。数据显示,"
    "2030年“三公经费”财政拨款决算300.5万元,2031年“三公经费”财政拨款预算280.2万元。\n"
    "其中,公务用车购置及运行维护费:2030年决算数200.5万元,2031年预算数190万元。"
    "剔除班车租赁因素,某某委2030年公务用车运行维护费为120.5万元,2030年底实有公务用车12辆。\n"
)


def _kind_of(text: str, written: str) -> str | None:
    return next(m.kind for m in extract(text, "fictional.txt").money if m.as_written == written)


def test_an_items_figure_named_by_a_year_said_only_with_its_accounts_is_spent():
    assert _kind_of(NOTE, "120.5万元") == "SPENDING"


def test_an_items_figure_named_by_a_year_said_only_with_its_budget_is_budgeted():
    text = NOTE.replace("某某委2030年公务用车运行维护费为", "某某委2031年公务用车运行维护费为")
    assert _kind_of(text, "120.5万元") == "BUDGET"


def test_a_year_said_with_both_sides_keeps_the_figure_unread():
    text = NOTE.replace("2031年预算数190万元。", "2031年预算数190万元,2030年预算数210万元。")
    assert _kind_of(text, "120.5万元") is None


def test_a_clause_naming_no_three_public_item_stays_unread():
    text = NOTE.replace("某某委2030年公务用车运行维护费为", "某某委2030年班车租赁为")
    assert _kind_of(text, "120.5万元") is None


def test_a_note_naming_one_years_accounts_and_no_budget_year_settles_nothing_by_the_year():
    supplement = (
        "现对涉及我部门2031年度决算未公开“三公”经费的有关内容做如下补充说明:\n"
        "1、2031年因公出国(境)费12.34万元,较2030年相比增加1.2万元。\n"
    )
    assert year_side_kind(supplement, "1、2031年因公出国(境)费", None) is None
    both = supplement + "2032年因公出国(境)费预算10万元。\n"
    assert year_side_kind(both, "1、2031年因公出国(境)费", None) == "SPENDING"
