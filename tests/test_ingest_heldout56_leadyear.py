"""A news item stating no year whose lead says 今年 of the 三公 or a budget is of the year of its
own date line, written day first on a mirror's copies (trial 56's 1030: 南京市级“三公”预算3.68亿元
over 01.10.2014  11:56, its lead 公布了今年的南京市级“三公”经费预算, year unknown before). Near
cases: a stated year wins, a 今年 of something else, a date further down, no date at all.
Test material, fictional."""

from __future__ import annotations

from fictional_text import document
from govkg.ingest.document.thisyear import lead_this_year, this_year

_LEAD = (
    "  昨天(4月16日),样例市财政局网站公布了今年的样例市级“三公”经费预算,总额为2.5亿元,"
    "比去年的“三公”经费决算少了0.3亿元。\n"
    "  具体来说,今年样例市级因公出国(境)费、公务用车购置及运行维护费、公务接待费预算分别为"
    "0.2亿元、1.8亿元和0.5亿元。\n"
)
_HEADLINE = "样例市级“三公”预算2.5亿元 公车费占7成\n"


def test_a_lead_s_this_year_is_the_year_of_the_date_line_under_the_headline():
    for date in ("17.04.2031  11:56", "2031年04月17日 11:56 来源:某某网", "2031-04-17"):
        text = _HEADLINE + "\n" + date + "\n\n" + _LEAD
        assert document(text).year == 2031, date


def test_a_headline_s_this_year_reads_a_day_first_date_too():
    head = "样例市今年“三公经费”2.5亿元 预算与上年持平\n17.04.2031  18:51\n" + _LEAD
    assert this_year(head)["year"] == "2031"


def test_a_stated_year_wins_over_the_date_line():
    text = _HEADLINE + "\n17.04.2031  11:56\n\n" + _LEAD.replace("今年的样例市级", "2030年样例市级")
    assert document(text).year == 2030


def test_no_this_year_of_the_three_public_or_a_date_elsewhere_reads_nothing():
    other = _LEAD.replace("今年的样例市级“三公”经费预算", "样例市级“三公”经费预算").replace(
        "具体来说,今年样例市级", "具体来说,样例市级"
    )
    assert lead_this_year(_HEADLINE + "17.04.2031  11:56\n" + other) is None
    planted = other + "今年全市植树100万棵。\n"  # 今年 of no 三公, no budget
    assert lead_this_year(_HEADLINE + "17.04.2031  11:56\n" + planted) is None
    far = _HEADLINE + "来源:某某网\n编辑:某某\n17.04.2031  11:56\n" + _LEAD
    assert lead_this_year(far) is None
    assert document(_HEADLINE + "\n" + _LEAD).year is None  # no date line at all
    assert lead_this_year(_HEADLINE + "17.04.20315\n" + _LEAD) is None  # no date
