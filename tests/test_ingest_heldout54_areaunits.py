"""The unit of a district's whole 三公 budget (trial 54's 953, read unnamed before):
经涪城区财政局汇总,2019年涪城区“三公”经费预算总额1,938万元: the bureau's own area named whole
as the money's owner is the unit (涪城区), as 区级 / 本级 was; the area's units listed instead
(2020年某县行政单位…、事业单位…), another place, or no bureau keep the note unnamed."""

from __future__ import annotations

import pytest

from fictional_text import document
from govkg.ingest.threepublic.summed import compiled_area

FIGURES = (
    "其中:因公出国(境)费43万元,同比下降18.87%;公务接待费393万元,同比下降9.24%;公务用车购置和运行"
    "维护费1,502万元。\n"
)


@pytest.mark.parametrize(
    ("lead", "unit"),
    [
        ("经样例区财政局汇总,2031年样例区“三公”经费预算总额1,938万元,同比增长20.07%;", "样例区"),
        ("经样例县财政局汇总,2031年样例县财政拨款“三公”经费决算1,938万元;", "样例县"),
        ("经样例区财政局汇总,2031年我区“三公”经费预算总额1,938万元;", "样例区"),
    ],
)
def test_an_area_named_whole_by_its_own_finance_bureau_is_the_unit(lead, unit):
    text = f"样例区2031年财政拨款“三公”经费预算情况\n\n根据区政府工作安排,{lead}{FIGURES}"
    note = document(text)
    assert note.unit == unit
    assert note.year == 2031


@pytest.mark.parametrize(
    "lead",
    [
        # the area's units listed, not the area: a total of many units (the corpus's 76)
        "经样例县财政局汇总,2031年样例县行政单位(含参照公务员法管理的事业单位)、事业单位和其他单位"
        "使用当年财政拨款安排的“三公”经费决算总额为1023万元,",
        "经样例市财政局汇总,2031年某某区“三公”经费预算总额1,938万元,",  # another place
        "经汇总,2031年样例区“三公”经费预算总额1,938万元,",  # no bureau
        "经样例区财政局汇总,2031年全市“三公”经费预算总额1,938万元,",  # not the bureau's area
    ],
)
def test_no_area_from_a_summed_sentence_not_naming_the_bureaus_area_whole(lead):
    assert compiled_area(f"根据区政府工作安排,{lead}{FIGURES}") is None
