"""A figure whose words name both 决算 and 预算 at once (比去年公务接待费决算预算数48.32万元: trial
55's 961, a news item on 国家文物局's 三公 note, read as a budget) takes the kind the text states
the same figure with elsewhere (决算为48.32万元: spent), read by ``bothaccounts``; a figure stated
nowhere else, or elsewhere both ways, keeps its reading. Test material, fictional."""

from __future__ import annotations

from govkg.ingest.document.report import Given
from govkg.ingest.extract import extract


def read(text: str, title: str = "样例局2031年三公经费预算情况说明") -> list[tuple[str, str | None]]:
    found = extract(text, "fictional.txt", Given(title=title)).money
    return [(m.as_written, m.kind) for m in found]


LATER = "2030年样例局公务接待费预算为95.2万元,决算为30.15万元,差异较大的原因是来访团组取消。\n"


def test_both_words_settled_by_the_figure_stated_as_accounts_later():
    text = "今年公务接待费预算数为90.6万元,比去年公务接待费决算预算数30.15万元多出60万余元。\n" + LATER
    assert read(text)[1] == ("30.15万元", "SPENDING")


def test_both_words_in_brackets_settled_by_the_figure_stated_as_a_budget_earlier():
    text = (
        "2030年样例局会议费预算为12.4万元,决算为10.1万元。\n"
        "今年会议费预算数为13万元,比去年会议费预算(决算)数12.4万元略有增加。\n"
    )
    assert read(text)[3] == ("12.4万元", "BUDGET")


def test_a_figure_stated_nowhere_else_keeps_its_reading():
    text = "今年公务接待费预算数为90.6万元,比去年公务接待费决算预算数30.15万元多出60万余元。\n"
    assert read(text)[1] == ("30.15万元", "BUDGET")


def test_a_figure_stated_elsewhere_both_ways_keeps_its_reading():
    text = (
        "今年公务接待费预算数为90.6万元,比去年公务接待费决算预算数30.15万元多出60万余元。\n"
        "2030年公务接待费预算为30.15万元,决算为30.15万元。\n"
    )
    assert read(text)[1] == ("30.15万元", "BUDGET")
