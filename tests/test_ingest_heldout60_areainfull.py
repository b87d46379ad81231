"""An area's 三公 total stated by the area's short name is the area as its headline writes it in full
(trial 60's 1160, 乌鲁木齐市天山区2019年度“三公”经费公开说明 over 2019年度,天山区本级…三公经费支出合计
585.53万元: unnamed before, the year's comma keeping ``threepublic.areatotal`` from the sentence; and
1163, a news item in traditional characters headlined 烏魯木齊市天山區(qū)公布2013年“三公”決算: read
天山區(qū) before). Pattern: the year then a comma before the area (``areatotal``), and the area written
under its city in a headline line that goes on to the year or to 公布…年 (``document.areainfull``).
Not an organisation after the area in the headline, not another area, not an area the headline
writes alone. Test material, fictional."""

from __future__ import annotations

import pytest

from fictional_text import document
from govkg.ingest.document.areainfull import area_in_full
from govkg.ingest.threepublic.areatotal import area_total

BODY = (
    "一、样例区本级预算单位基本情况\n2035年度样例区本级共27个一级预算部门。\n"
    "二、样例区本级一般公共预算财政拨款三公经费支出总体情况\n"
    "2035年度,样例区本级一般公共预算财政拨款三公经费支出合计585.53万元,同比减少14.92万元。\n"
)
HEADLINE = "青岚市样例区2035年度“三公”经费公开说明\n\n"


def test_the_year_and_a_comma_before_the_area_state_its_total():
    assert area_total(BODY)[0] == "样例区"


def test_the_headline_names_the_area_in_full():
    assert document(HEADLINE + BODY).unit == "青岚市样例区"


def test_a_news_headline_with_its_verb_and_readings_names_it_in_full():
    text = "青嵐市樣例區(qū)公布2035年“三公”決算\n記者報道。\n"
    assert area_in_full(text, "样例区") == ("青嵐市樣例區", (0, 6))


@pytest.mark.parametrize(
    "text",
    [
        # an organisation after the area: no area's headline
        "青岚市样例区财政局2035年度“三公”经费公开说明\n",
        # another area under the city
        "青岚市某某区2035年度“三公”经费公开说明\n",
        # the area alone
        "样例区2035年度“三公”经费公开说明\n",
        # not a headline: the name inside a sentence
        "根据要求,青岚市样例区2035年度“三公”经费公开如下\n",
    ],
)
def test_no_headline_of_that_area_in_full_names_nothing(text):
    assert area_in_full(text, "样例区") is None


def test_a_name_that_is_no_area_alone_is_not_looked_for():
    assert area_in_full("青岚市样例区财政局2035年度说明\n", "样例区财政局") is None
