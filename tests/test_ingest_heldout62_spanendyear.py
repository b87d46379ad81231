"""Trial 62's 1243: a mid-term report over a span (2019—2021年预算总资金…, 截至2021年年底…年度任务
全部完成) is of the span's last year where its status is given as at that year's end
(``document.spanendyear``); a year-end of another year, or spans ending on different years,
leave the year unread as before.
"""

from __future__ import annotations

from govkg.ingest.document.years import stated_year

OPENING = (
    "(一)总体目标的实现程度\n"
    "截至2036年年底,青岚学院年度任务全部完成。\n"
    "(二)项目经费到位和执行情况\n"
    "2034—2036年预算总资金1 200万元。2034—2036年总资金到位1 210.50万元。\n"
)


def test_spans_ending_on_the_year_end_status_are_of_that_year():
    found = stated_year(OPENING)
    assert found is not None
    assert found["year"] == "2036"


def test_another_year_end_or_spans_of_other_ends_read_no_year():
    assert stated_year(OPENING.replace("截至2036年年底", "截至2035年年底")) is None
    assert stated_year(OPENING.replace("截至2036年年底,", "")) is None
    planned = OPENING.replace("2034—2036年总资金", "2037—2039年总资金")
    assert stated_year(planned) is None
