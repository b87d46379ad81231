"""A report that opens on a run of numbered headings, one a year (一、2033年… 二、2034年…
三、2035年…), covers those years and is dated by the last, as the corpus dates a span (1171,
442, 692) (trial 65's 1347, a company's year-by-year bond disclosure 2015-2019, read 2015). Two
headings only, years out of order, a text that opens on something else, and years in sentences
leave the first stated year standing. Test material, fictional."""

from __future__ import annotations

from fictional_text import document
from govkg.ingest.document.yearlyheadings import last_heading_year

YEARLY = (
    "一、2033年未使用当年发行的地方政府债券资金\n"
    "二、2034年地方政府债券资金公开情况\n"
    "2035年,下达我公司2034年新增地方政府一般债券资金300万元,用于青岚水库引水工程的前期建设,"
    "截止2035年12月共支出300万元,无结余。\n"
    "三、2035年地方政府债券资金公开情况\n"
    "2035年,下达我公司2035年新增地方政府专项债券资金2000万元,用于青岚水库引水工程的建设,"
    "截止2036年4月共支出2000万元,无结余。\n"
    "样例市水利建设公司\n2036年5月29日\n"
)


def test_the_last_year_heading_dates_the_report():
    assert last_heading_year(YEARLY)["year"] == "2035"
    assert document(YEARLY).year == 2035


def test_near_misses_leave_the_first_year():
    two = YEARLY.split("三、2035年")[0]
    assert last_heading_year(two) is None  # two headings: no run
    skipped = YEARLY.replace("二、2034年地方", "二、2030年地方")
    assert last_heading_year(skipped) is None  # out of order
    opened = "样例市水利建设公司债券资金公开\n" + YEARLY
    assert last_heading_year(opened) is None  # the text opens on its title
