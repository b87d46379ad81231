"""A fund's budget execution self-evaluated and reported, with money after it, is a report of
the family though the page lost its title (trial 48's 743: …对2023年度…资金预算执行情况进行了
绩效自评,现将自评情况总结汇报如下:); and a winter-spring season over the turn of a year
(2023-2024年冬春) is one season, no range of years. Near misses keep today's reading: a notice
asking for a self-evaluation, a sentence with no report of it, a text of another class, a
range that is no season. Test material, fictional."""

from __future__ import annotations

import pytest

from govkg.core.errors import IngestError
from govkg.ingest.document.executionselfevaluation import reports_execution_self_evaluation
from govkg.ingest.document.years import stated_year
from govkg.ingest.extract import extract

OPENING = (
    "依照有关要求,青岚市民政局就2031年度省级困难群众救助补助资金预算执行情况开展了绩效自评。"
    "现将有关情况报告如下:\n"
    "省财政下达我市补助资金合计820.5万元,年末已全部拨付。\n"
    "主要做法:一是加强资金监管;二是及时发放到户。\n"
)


def test_a_self_evaluated_budget_execution_reported_with_money_is_read():
    assert reports_execution_self_evaluation(OPENING)
    report = extract(OPENING, "fictional.txt")
    assert report.document.year == 2031
    assert "820.5万元" in {m.as_written for m in report.money}


@pytest.mark.parametrize(
    "text",
    [
        # a notice asking for one: no self-evaluation made, no report of it
        "请各县区对2031年度救助补助资金预算执行情况开展绩效自评,于5月底前报送。\n下达资金820.5万元。\n",
        # made, but no report follows in the sentence (a news item's account)
        "近日,青岚市民政局对2031年度救助补助资金预算执行情况进行了绩效自评,得到好评。\n"
        "该局今年安排资金820.5万元。\n",
        # reported, but no money after it
        "青岚市民政局对2031年度救助补助资金预算执行情况进行了绩效自评,现将情况报告如下:\n"
        "一是加强监管;二是及时发放。\n",
        # the notice's title quoted only
        "根据《关于对2031年度救助资金预算执行情况进行绩效自评现将要求通知如下的通知》,"
        "下达资金820.5万元。\n",
    ],
)
def test_near_misses_are_no_sign(text):
    assert not reports_execution_self_evaluation(text)


def test_an_audit_of_the_same_words_stays_refused():
    text = (
        "青岚市审计局对2031年度救助资金预算执行情况进行了绩效自评,现将审计发现的问题报告如下:\n"
        "违规拨付资金820.5万元。\n"
    )
    assert not reports_execution_self_evaluation(text)
    with pytest.raises(IngestError):
        extract(text, "fictional.txt")


def test_a_season_over_the_turn_of_a_year_is_no_range():
    found = stated_year("下达2031-2032年度冬春救助资金500万元,2031年度资金执行率100%。\n")
    assert found is not None
    assert found["year"] == "2031"
    found = stated_year("安排2030—2031年采暖季补助资金300万元,2031年执行率98%。\n")
    assert found is not None
    assert found["year"] == "2031"


@pytest.mark.parametrize(
    "text",
    [
        "下达2029-2031年冬春救助资金500万元,2031年度资金执行率100%。\n",  # not consecutive
        "2031-2032年下达救助资金500万元,2031年度资金执行率100%。\n",  # no season named
    ],
)
def test_other_ranges_still_cover_several_years(text):
    assert stated_year(text) is None
