"""The unit of the central level's whole 三公 figures (trial 55's 967 and 968, read unnamed
before): 经财政部汇总,2010年中央本级,包括中央行政单位…; 中央本级,包括中央行政单位、事业单位…
和其他单位2013年“三公”经费… : the level as written (中央本级) is the unit, as 217's 岳阳市本级
部门 made 岳阳市 its; never the ministry that compiled or published the figures (财政部). A
department's note mentioning the central level, or a bare 本级 of no name, reads no level."""

from __future__ import annotations

import pytest

from fictional_text import document
from govkg.ingest.threepublic.summed import compiled_area

SUMMED = (
    "8日,财政部公布了中央本级“三公”经费2030决算支出和2031年预算情况:2031年中央本级“三公”经费"
    "财政拨款预算94.28亿元。其中,因公出国(境)经费19.9亿元,公务用车购置及运行费59.19亿元,公务"
    "接待费15.19亿元。经财政部汇总,2030年中央本级,包括中央行政单位(含参照公务员法管理的事业单位)、"
    "事业单位和其他单位用财政拨款开支的因公出国(境)经费、公务用车购置及运行费、公务接待费决算支出"
    "94.7亿元。\n"
)
SCOPED = (
    "2031年4月18日 来源:预算司\n"
    "中央本级,包括中央行政单位、事业单位(含参照公务员法管理的事业单位)和其他单位2030年“三公”"
    "经费财政拨款执行数为71.54亿元。其中,因公出国(境)费16.92亿元,公务用车购置及运行费42.53亿元,"
    "公务接待费12.09亿元。\n2031年中央本级“三公”经费财政拨款预算71.51亿元。\n"
    "财政部将继续完善“三公”经费管理制度。\n"
)


def test_the_level_the_finance_ministry_sums_for_is_the_unit_not_the_ministry():
    note = document(SUMMED)
    assert note.unit == "中央本级"
    assert note.year == 2030  # the 决算's year, written bare before 决算 (see newsyears)


def test_the_level_opening_its_scope_sentence_is_the_unit():
    assert document(SCOPED).unit == "中央本级"


def test_a_mirror_s_traditional_characters_and_doubled_commas_keep_the_level_as_written():
    text = SUMMED.replace("本级", "本級").replace("中央本級,包括", "中央本級,,包括")
    text = text.replace("包括中央行政单位", "包括中央行政單位")
    assert document(text).unit == "中央本級"


@pytest.mark.parametrize(
    "text",
    [
        # a department's own note, the central level only compared with
        "2030年,样例部“三公”经费财政拨款支出300万元,占中央本级“三公”经费的0.3%。\n",
        # a level word of no name: a province's own level, not the central one's
        "经汇总,省本级,包括省级行政单位、事业单位和其他单位2030年“三公”经费支出5亿元。\n",
    ],
)
def test_no_central_level_where_the_text_does_not_sum_for_it(text):
    assert compiled_area(text) is None
