"""A news item's 今年 is the year of its date (trial 52's 876: 上海今年“三公经费”10.5亿元 over
2013年01月28日, read 2012 from a later 决算 it mentions). Near cases: no 今年 in the headline,
no date under it, a date further down. Test material, fictional."""

from __future__ import annotations

from govkg.ingest.document.thisyear import this_year

_BODY = "今年市本级“三公经费”预算合计2.5亿元。此外,2030年度的“三公经费”决算将在年中公布。\n"


def test_a_headlines_this_year_is_the_year_of_the_date_under_it():
    head = "样例市今年“三公经费”2.5亿元 预算与上年持平\n2031年01月28日 18:51 来源:某某网\n" + _BODY
    assert this_year(head)["year"] == "2031"
    dashed = "样例市今年预算公布\n2031-01-28 来源:某某网\n" + _BODY
    assert this_year(dashed)["year"] == "2031"


def test_no_this_year_in_the_headline_or_no_date_under_it_reads_nothing():
    assert this_year("样例市“三公经费”2.5亿元\n2031年01月28日 来源:某某网\n" + _BODY) is None
    assert this_year("样例市今年“三公经费”2.5亿元\n来源:某某网\n" + _BODY) is None
    far = "样例市今年“三公经费”2.5亿元\n来源:某某网\n编辑:某某\n2031年01月28日\n" + _BODY
    assert this_year(far) is None
    assert this_year("样例市今年植树100万棵\n2031年01月28日\n" + _BODY) is None  # no 三公, 预算
