"""An area's 三公 note whose heading follows its table names the area (trial 60's 1188, a county's 2023
三公 budget as a flattened table, then 奉新县2023年“三公”经费预算增减变化情况说明 glued after the
table's last borders: unnamed before, now 奉新县). Pattern: a heading to its line's end, at the line's
start or after a table's border, that is a place, its year, the 三公经费 and a note's title words
(增减变化情况说明 now among them) (``threepublic.headingplace``). Not a department between, not a unit
before the year, not a sentence, not two places. Test material, fictional."""

from __future__ import annotations

import pytest

from fictional_text import document
from govkg.ingest.threepublic.headingplace import heading_place

TABLE = (
    "单位:万元 | ||||\n项目 | 2034年预算数 | 2035年预算数 | 2035年预算数增减 | 增减原因 |\n"
    "合计 | 237.77 | 241.44 | 3.67 | |\n1、因公出国(境)费用 | 0 | 0 | 0 | |\n"
    "2、公务接待费 | 111.54 | 98.86 | -12.68 | 减少公务接待。 |\n"
    "3、公务用车费 | 126.23 | 142.58 | 16.35 | |\n"
    "说明:“三公”经费包括因公出国(境)费、公务用车购置及运行费和公务接待费。 | ||||"
)
NOTE = (
    "样例县2035年“三公”经费预算增减变化情况说明\n"
    "2035年,全县县级部门汇总一般公共预算“三公”经费预安排241.44万元,较上年预算增加3.67万元。\n"
)


def test_the_heading_glued_after_the_table_names_the_county():
    assert heading_place(TABLE + NOTE)[0] == "样例县"
    assert document(TABLE + NOTE).unit == "样例县"


def test_a_heading_on_its_own_line_names_it_too():
    assert heading_place(TABLE + "\n" + NOTE)[0] == "样例县"


@pytest.mark.parametrize(
    "heading",
    [
        "样例县2035年部门“三公”经费预算增减变化情况说明",  # a department's (部门 between)
        "样例县某某局2035年“三公”经费预算情况说明",  # a unit before the year
        "现将样例县2035年“三公”经费预算情况说明如下",  # a sentence
        "全县2035年“三公”经费预算情况说明",  # the area said, not named
    ],
)
def test_no_place_alone_before_the_year_names_nothing(heading):
    assert heading_place(TABLE + heading + "\n") is None


def test_two_places_headed_name_neither():
    other = NOTE.replace("样例县", "青岚县", 1)
    assert heading_place(TABLE + NOTE + other) is None
