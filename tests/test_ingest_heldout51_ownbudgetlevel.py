"""A unit stating its own budget level introduces itself (X作为一级部门预算单位,内设…: trial
51's 841, a school's budget note published under 信息来源:市财政局, read as that bureau before,
now 怀化市中心特殊教育学校); 作为 a role (主管部门, 项目实施单位) introduces no one."""

from __future__ import annotations

import pytest

from fictional_text import document

HEAD = "发布时间:2031-02-13 15:54 信息来源:市财政局\n一、部门基本概况\n(一)部门职责\n"
BODY = (
    "二、部门收支总体情况\n2031年收入预算321.5万元,支出预算321.5万元,其中基本支出"
    "300万元,项目支出21.5万元。\n"
)


def test_a_unit_stating_its_budget_level_is_the_reporter():
    text = (
        f"{HEAD}样例市某某学校是由样例市财政局全额拨款的学校。\n(二)机构设置情况\n"
        f"样例市某某学校作为一级部门预算单位,内设办公室、教务处等四个部门。\n{BODY}"
    )
    assert document(text).unit == "样例市某某学校"


@pytest.mark.parametrize("role", ["作为主管部门", "作为项目实施单位", "作为预算单位"])
def test_a_role_after_作为_introduces_no_one(role):
    text = (
        f"{HEAD}样例市某某学校是由样例市财政局全额拨款的学校。\n(二)机构设置情况\n"
        f"样例市某某局{role},负责资金管理。\n{BODY}"
    )
    assert document(text).unit != "样例市某某局"
