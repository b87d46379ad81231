"""A figure with two points or more is listed unread, never read (trial 65's 1364, a 2024
决算: 收、支总计均为3.042.27万元, a point typed for the thousands comma; text/misgrouped). It was
lost before: no amount at all. As written it is no number and which point is the decimal one
the figure does not say, so it is cited with its reason and amount 0, like a misplaced comma
(677,00元). A figure with one point, a dotted date, or a version number with no money unit
after it is no such figure. Test material, fictional."""

from __future__ import annotations

from decimal import Decimal

from fictional_text import found
from govkg.ingest.text.misgrouped import POINTED_REASON

TEXT = (
    "样例局2035年度部门决算\n一、收入支出决算总体情况说明\n"
    "2035年度收、支总计均为1.234.56万元。与上年相比减少98.76万元,下降7.41%。\n"
)


def test_a_figure_with_two_points_is_listed_unread():
    got = found(TEXT)
    assert got[0] == ("1.234.56万元", None, Decimal(0), POINTED_REASON)
    assert got[1][:2] == ("98.76万元", "CHANGE")


def test_one_point_a_date_or_a_version_is_no_such_figure():
    for written in ("1234.56万元", "于2035.01.15发布", "系统1.2.3版本"):
        text = TEXT.replace("1.234.56万元", written)
        assert not any(r == POINTED_REASON for _, _, _, r in found(text))
