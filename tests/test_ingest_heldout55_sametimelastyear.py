"""A figure said right after 去年同期 is the year before's (trial 55's 990, a quarterly 三公 note:
本年度公务用车费为28万元,比去年同期26万元增长了7.69%): its money figure is of the year before,
and it is no funding line of the year reported on (26万元 was a second 2018 car cost before).
The year's own figure beside it stays the year's, and a change 较上年同期减少0.58万元 stays a
change. Test material, fictional."""

from __future__ import annotations

from govkg.ingest.extract import extract

NOTE = (
    "2031年第四季度“三公经费”管理使用情况\n\n"
    "我局对2031年“三公经费”使用情况分季度开展自查,现将2031年第四季度情况报告如下:\n"
    "2、公务用车费:\n本年度公务用车费为28万元,比去年同期26万元增长了7.69%\n"
    "3、公务接待费用\n本年度公务接待费为32万元,较上年同期减少0.1万元。\n"
)


def test_a_figure_after_last_years_same_time_is_of_the_year_before():
    money = {m.as_written: m for m in extract(NOTE, "f.txt").money}
    assert (money["26万元"].kind, money["26万元"].year) == ("SPENDING", 2030)
    assert (money["28万元"].kind, money["28万元"].year) == ("SPENDING", 2031)
    assert money["0.1万元"].kind == "CHANGE"


def test_it_is_no_funding_line_of_the_year():
    lines = [(line.name, line.amount) for line in extract(NOTE, "f.txt").lines]
    assert all(amount != 260000 for _, amount in lines)
    assert any(amount == 280000 for _, amount in lines)
