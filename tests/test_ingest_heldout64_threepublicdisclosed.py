"""A news item saying bodies published a year's 三公经费, its figures in paragraphs of the 三公's
items, is of the family with no title: a portal's roundup headlined on cars (11部委购车均价超25万…
/ …已有95家部委在其官网上公布了2012年“三公经费”情况 … 共购置5辆公务用车,支出207.32万元: trial
64's 1339, refused before). A publishing asked, not done, or figures only in paragraphs of
other money, show no sign. Test material, fictional."""

from __future__ import annotations

import pytest

from fictional_text import document
from govkg.core.errors import IngestError
from govkg.ingest.document.threepublicdisclosed import reports_three_public_disclosed

NEWS = (
    "> 要闻 > 时事\n\n青岚市8个局购车均价超20万\n\n来源:样例日报\n"
    "据样例网统计,截至7月24日,已有30个市直部门在其官网上{verb}2035年“三公经费”情况。"
    "在公务用车的费用上,各部门的支出情况差异较大。\n\n"
    "{first}\n\n"
    "样例局购车均价为27.41万元。2035年该部门共购置公务用车3辆,购置费支出82.24万元。\n"
)
CARS = "2035年,青岚市体育局共购置5辆公务用车,支出107.32万元。"
OTHER = "2035年,青岚市体育局共建成5处场馆,支出107.32万元。"


def test_the_disclosure_news_is_read():
    text = NEWS.format(verb="公布了", first=CARS)
    assert reports_three_public_disclosed(text)
    read = document(text)
    assert read.year == 2035


def test_near_misses_are_none():
    asked = NEWS.format(verb="应当公布", first=CARS)  # a publishing asked, not done
    assert not reports_three_public_disclosed(asked)
    # one figure only in the 三公's paragraphs, the other of other money
    other = NEWS.format(verb="公布了", first=OTHER).replace(
        "购置费支出82.24万元", "购置费支出情况已公开"
    )
    assert not reports_three_public_disclosed(other)
    with pytest.raises(IngestError):
        document(other)
