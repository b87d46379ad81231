"""A year whose 年 a PDF's line break cut off (trial 55's 996, a 审计局's 三公 budget note:
一、“三公”经费安排情况 / 2019 / 年本部门财政拨款安排“三公”经费 10.8 万元…; no year read before) is
read as the year it is; a date's year so broken stays a date's, and a figure that is no year
before a broken 年 is not read. Test material, fictional."""

from __future__ import annotations

from fictional_text import document
from govkg.ingest.document.brokenyear import joined_years

NOTE = (
    "一、 “三公”经费安排情况\n2033\n年本部门财政拨款安排“三公”经费 10.8 万元,比上年 增加1.30 万元,"
    " 增长13.68 %。其中:因公出国(境)费 0 万元;公务用车购置及运行费 5.50 万元;公务接待费 5.30 万元"
    ",比上年 减少0.20 万元。\n二、专业名词解释。\n“三公”经费:指…的经费。\n样例市某某局\n"
)


def test_a_year_broken_from_its_nian_is_read():
    assert document(NOTE).year == 2033


def test_joining_keeps_every_place():
    assert len(joined_years(NOTE)) == len(NOTE)
    assert joined_years("2033\n年本部门") == "2033 年本部门"


def test_a_dates_broken_year_is_no_fiscal_year():
    text = NOTE.replace("2033\n年本部门", "本部门") + "2034\n年3月7日\n"
    assert document(text).year is None


def test_a_figure_before_a_broken_nian_is_no_year():
    assert joined_years("共计12033\n年") == "共计12033\n年"
    assert joined_years("2033.5\n年") == "2033.5\n年"
