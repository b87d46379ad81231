"""A news item giving a year's 三公 spending as a rate against another year, in a text with money,
is a report of the family, final accounts (trial 61's 1226, 甘肃省去年“三公”经费支出下降30.1%:
全省“三公”经费支出比2013年下降30.1%, with the province's 一般公共预算收入672.2亿元; refused before:
no 三公 amount is written). Pattern: the 三公 spending compared with a year (比2013年, 比上年, 同比)
and changed by a rate (``document.threepublicrate``). Not a cut asked or planned (压减, 力争, 要求),
not a change with no rate or no comparison. Test material, fictional."""

from __future__ import annotations

import pytest

from govkg.ingest.document.threepublicrate import states_three_public_rate
from govkg.ingest.extract import extract

NEWS = (
    "青岚省去年“三公”经费支出下降12.5%\n\n  样例网讯 (记者 某某) 2035年,我省严格控制一般性支出,"
    "全省“三公”经费支出比2034年下降12.5%。\n  报告显示,2035年全省一般公共预算收入321.4亿元,"
    "完成预算的101.2%。\n"
)


def test_a_years_three_public_as_a_rate_is_a_report():
    assert states_three_public_rate(NEWS)
    read = extract(NEWS, "fictional.txt")
    assert read.document.genre == "部门决算"
    assert read.document.year == 2035


@pytest.mark.parametrize(
    "text",
    [
        "2036年,全省“三公”经费要比上年压减5%,一般公共预算收入321.4亿元。\n",
        "2036年,力争三公经费同比下降10%,一般公共预算收入321.4亿元。\n",
        "2035年,全省三公经费下降明显,一般公共预算收入321.4亿元。\n",
        "2035年,全省会议费比2034年下降12.5%,一般公共预算收入321.4亿元。\n",
    ],
)
def test_a_planned_cut_or_no_rate_is_no_sign(text):
    assert not states_three_public_rate(text)
