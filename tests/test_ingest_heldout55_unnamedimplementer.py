"""A project form whose 实施单位 cell names a class of bodies, not a body (相关项目建设单位,
各项目实施单位), is its 主管部门's (trial 55's 984, a Hunan fund's form on a traditional-character
mirror with its cells glued: …主管部門湖南省發(fā)展和改革委員會(huì)實施單位相關項目建設單位…,
unnamed before). A form naming its implementer keeps it; a 主管部门 cell naming no office and
an implementer with no class word read nothing here. Test material, fictional."""

from __future__ import annotations

import pytest

from fictional_text import document
from govkg.ingest.document.unnamedimplementer import unnamed_implementer_supervisor

FORM = (
    "文档简介\n——附件2031年度样例地区某某产业发展专项资金项目支出绩效自评表项目支出名称"
    "样例地区某某产业发展专项资金主管部门样例省某某委员会实施单位相关项目建设单位项目资金\n"
    "(万元)年初预算数全年预算数全年执行数分值执行率得分年度资金总额300003000029000108.5\n"
)


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        (FORM, "样例省某某委员会"),
        (FORM.replace("相关项目建设单位", "各项目实施单位"), "样例省某某委员会"),
        (  # a form's cells with their borders
            FORM.replace("主管部门样例省某某委员会实施单位相关项目建设单位",
                         "主管部门 | 样例省某某厅 | 实施单位 | 有关市县单位 |"),
            "样例省某某厅",
        ),
        (  # a mirror's readings after some characters
            FORM.replace("主管部门样例省某某委员会", "主管部門樣例省某某委員會(huì)"),
            "樣例省某某委員會(huì)",
        ),
    ],
)
def test_the_supervisor_of_a_form_with_a_class_of_implementers_is_its_unit(text, unit):
    assert document(text).unit == unit


@pytest.mark.parametrize(
    "text",
    [
        FORM.replace("相关项目建设单位", "样例省某某中心"),  # a named implementer
        FORM.replace("相关项目建设单位", "项目建设单位"),  # no class word
        FORM.replace("样例省某某委员会", "某某产业"),  # no office
    ],
)
def test_no_supervisor_read_here_where_the_implementer_is_named_or_no_office(text):
    assert unnamed_implementer_supervisor(text) is None


def test_a_named_implementer_stays_the_forms_unit():
    text = FORM.replace("相关项目建设单位项目资金", "样例省某某中心\n项目资金")
    assert document(text).unit == "样例省某某中心"
