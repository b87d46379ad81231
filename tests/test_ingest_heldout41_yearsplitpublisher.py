"""Forty-first trial: a publisher named short (来源:县某局) whose place and name the title
writes apart, split by the year (``document/yearsplitpublisher``). Held on fictional text,
with the near misses that keep today's reading."""

from __future__ import annotations

from govkg.ingest.document.report import read_document
from govkg.ingest.document.yearsplitpublisher import year_split_publisher
from govkg.ingest.text.textview import clean_view

TABLE = (
    "单位:万元\n项目 本年决算数\n一、支出合计 4.6\n1、因公出国(境)费用 0\n"
    "2、公务接待费 4.6\n3、公务用车费 0\n"
)


def test_a_county_bureau_split_by_the_year_is_named_whole():
    text = "青岚县2031年度档案局“三公”经费决算情况表\n来源:县档案局   2032-05-10\n\n" + TABLE
    assert read_document(clean_view(text), "x.txt").unit == "青岚县档案局"


def test_the_name_is_given_as_the_title_writes_it():
    text = "樣例區2031年住建局“三公”經費決算表\n"
    assert year_split_publisher(text, "區住建局") == ("樣例區住建局", (0, 11))


def test_near_misses_keep_today_s_reading():
    # another bureau after the year
    assert year_split_publisher("青岚县2031年度财政局“三公”经费决算情况表\n", "县档案局") is None
    # a place of another level than the publisher's level word
    assert year_split_publisher("青岚市2031年度档案局“三公”经费决算情况表\n", "县档案局") is None
    # a publisher with no level word first
    assert year_split_publisher("青岚县2031年度档案局“三公”经费决算情况表\n", "档案局") is None
    # a sentence's words before the place
    assert year_split_publisher("根据青岚县2031年度档案局的安排\n", "县档案局") is None
    # the year not right after the place
    assert year_split_publisher("青岚县某镇2031年度档案局决算\n", "县档案局") is None
