"""The unit of a budget note listing its budget units (trial 54's 951, read as the institution
before): 1.101 西乡塘区人大常委会办公室(一级预算单位) / 本部门仅有南宁市西乡塘区人大常委会办公室本级
一个二级预算单位: the department whose budget it is, in full where the 本部门仅有 sentence writes it
so, not the institution its 机构设置 says has sections (西乡塘区人大常委会下设…). A second-level
unit alone, an unplaced name, a pronoun, a name with no list entry read nothing."""

from __future__ import annotations

import pytest

from fictional_text import document
from govkg.ingest.document.budgetunits import listed_budget_unit

UNITS = (
    "第一部分:部门概况\n一、主要职能\n样例区人民代表大会是样例区地方国家权力机关。\n"
    "二、机构设置和部门预算单位构成\n(一)机构设置\n1. 本级单位和内设机构\n本单位的单位性质为行政"
    "单位。样例区人大常委会下设办公室、法制与内务司法委员会、财政经济委员会。\n2. 所属单位\n无。\n"
    "(二)部门预算单位构成\n{units}\n第二部分:2031年部门预算及“三公”经费预算说明\n"
    "一、2031年部门收支预算总体情况\n2031年收入总预算501.98万元,同比减少17.05万元。\n"
)


@pytest.mark.parametrize(
    ("units", "unit"),
    [
        (
            "1.101 样例区人大常委会办公室(一级预算单位)\n2. 101001 样例区人大常委会办公室本级(二级预算"
            "单位)\n本部门仅有某某市样例区人大常委会办公室本级一个二级预算单位",
            "某某市样例区人大常委会办公室",
        ),
        ("1.101 样例区人大常委会办公室(一级预算单位)", "样例区人大常委会办公室"),
        ("1.100样例市样例区某某镇农业服务中心(一级预算单位)", "样例市样例区某某镇农业服务中心"),
    ],
)
def test_the_first_level_budget_unit_listed_is_the_department(units, unit):
    note = document(UNITS.format(units=units))
    assert note.unit == unit
    assert note.year == 2031


@pytest.mark.parametrize(
    "units",
    [
        "2. 101001 样例区人大常委会办公室本级(二级预算单位)",  # a second level alone
        "1.101 某某办公室(一级预算单位)",  # unplaced
        "本部门仅有本单位一个二级预算单位",  # a pronoun
        "样例区人大常委会办公室为一级预算单位",  # no list entry
    ],
)
def test_no_department_from_a_list_without_its_mark_or_a_placed_name(units):
    assert listed_budget_unit(UNITS.format(units=units)) is None
