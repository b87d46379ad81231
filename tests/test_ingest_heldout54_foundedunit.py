"""A 决算's duties section telling its unit's founding date first (trial 54's 940 and 944:
(一)职能职责 / 重庆市园博园管理处成立于2011年7月,是市城市管理局下属的…事业单位; 重庆市市政设施
管理局成立于1963年,前身为…,2003年发展更名为重庆市市政设施管理局,是…的事业单位): the name
founded, then what it is, is the reporting unit; and the year the unit was renamed (2003年
发展更名为) is its history, not the year reported on. A name founded with no statement of what
it is, an unplaced one, a name met outside the section, and a year's own renaming work keep
their readings."""

from __future__ import annotations

import pytest

from fictional_text import document
from govkg.ingest.document.establishedsubject import established_subject
from govkg.ingest.document.foundedyear import dates_a_founding

ACCOUNTS = (
    "(二)机构设置\n管理处定编26人,内设六科一室。\n(三)单位构成\n从预算单位构成看,本单位纳入"
    "2031年度决算编制的二级预算单位。\n二、部门决算情况说明\n(一)收入支出决算总体情况说明\n"
    "1.总体情况。2031年度收入总计6,775.50万元,支出总计6,775.50万元。\n"
)


@pytest.mark.parametrize(
    ("duties", "unit"),
    [
        (
            "(一)职能职责\n样例市某某园管理处成立于2011年7月,是市某某局下属的正处级公益二类事业单位,"
            "主要职能是提供休闲场所。\n",
            "样例市某某园管理处",
        ),
        (
            "(一)职能职责\n样例市某某设施管理局成立于1963年,前身为样例市某某养护管理处,2003年发展"
            "更名为样例市某某设施管理局,是专业从事设施维护的事业单位。\n",
            "样例市某某设施管理局",
        ),
        ("(一)职能职责。样例市某某艺术馆成立于1956年,为财政全额拨款事业单位。\n", "样例市某某艺术馆"),
    ],
)
def test_a_unit_founded_then_said_what_it_is_is_the_reporting_unit(duties, unit):
    note = document("一、单位基本情况\n" + duties + ACCOUNTS)
    assert note.unit == unit
    assert note.year == 2031


@pytest.mark.parametrize(
    "duties",
    [
        "(一)职能职责\n样例市某某馆成立于1966年,承担着周边省市群众的服务业务。\n",  # not said what it is
        "(一)职能职责\n某某管理处成立于2011年7月,是市某某局下属的事业单位。\n",  # no place
        "(一)职能职责\n管理园内设施。样例市某某局成立于2001年,是市政府的行政机关。\n",  # later on
    ],
)
def test_no_unit_from_a_founding_not_of_the_section_s_own_shape(duties):
    assert established_subject("一、单位基本情况\n" + duties + ACCOUNTS) is None


@pytest.mark.parametrize(
    ("text", "history"),
    [
        ("前身为某某处,2003年发展更名为样例市某某局,是事业单位", True),
        ("2003年更名为样例市某某中心", True),
        ("2010年改称样例县某某站", True),
        ("2031年更名工作顺利完成", False),  # the year's own work
        ("2031年度收入总计100万元", False),
    ],
)
def test_a_renaming_year_is_history(text, history):
    at = text.index("20")
    assert dates_a_founding(text, at, at + 5) is history


def test_a_renaming_year_does_not_date_the_accounts():
    duties = (
        "(一)职能职责\n样例市某某设施管理局成立于1963年,2003年更名为样例市某某设施管理局,"
        "是事业单位。\n"
    )
    assert document("一、部门基本情况\n" + duties + ACCOUNTS).year == 2031
