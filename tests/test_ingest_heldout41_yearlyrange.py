"""Forty-first trial: a range of years said of each year (a policy's period) and the one year
whose allotment the text states (``document/yearlyrangeyear``, asked by ``years.stated_year``).
Held on fictional text, with the near misses that still read no year."""

from __future__ import annotations

from govkg.ingest.document.years import stated_year


def _year(text: str) -> int | None:
    found = stated_year(text)
    return int(found["year"]) if found else None


def test_the_one_year_allotted_inside_a_yearly_range_is_the_report_s():
    text = (
        "一、资金概况\n按照市里的部署，2031至2033年，某某奖补资金每年安排3000万元。"
        "市财政2032年度下达我县某某奖补资金850万元，已全部拨付到位。\n"
    )
    assert _year(text) == 2032


def test_a_range_not_said_of_each_year_reads_no_year():
    text = "2031-2033年共安排某某资金9000万元。2032年安排某某资金3000万元。\n"
    assert _year(text) is None


def test_two_years_allotted_inside_the_range_read_no_year():
    text = (
        "2031-2033年,某某资金每年安排3000万元。2031年安排某某资金3000万元,"
        "2032年安排某某资金3000万元。\n"
    )
    assert _year(text) is None


def test_a_year_outside_the_range_or_a_date_reads_no_year():
    text = (
        "2031-2033年,某某资金每年安排3000万元。2035年安排某某资金3000万元。"
        "资金于2032年3月5日下达,共3000万元。\n"
    )
    assert _year(text) is None
