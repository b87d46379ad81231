"""A form's cell naming its committee short is the committee the project's 实施主体 writes in full (trial
60's 1178, a county's 2024 public-health fund: 实施单位 | 卫健委 in the form, (3)实施主体:蒙城县卫生健康委员会。
above it; read 卫健委 before). Pattern: 实施主体 is a form's own-unit field, its name ending where the
sentence does, and a short name ending on 委 is its 委员会 written short (``document.fieldinfull``).
Not another committee's full name, not a 主管部门's cell, not a 党委. Test material, fictional."""

from __future__ import annotations

import pytest

from govkg.ingest.document.fieldinfull import field_in_full

DESCRIBED = "(3)实施主体:样例县卫生健康委员会。\n(4)起止时间:2035年1月1日-2035年12月31日。\n"


def test_the_committee_named_short_is_the_one_written_in_full():
    assert field_in_full(DESCRIBED, "卫健委") == ("样例县卫生健康委员会", (8, 18))


def test_a_form_cell_written_in_full_still_read():
    assert field_in_full("实施单位 | 样例县卫生健康委员会 |", "卫健委")[0] == "样例县卫生健康委员会"


@pytest.mark.parametrize(
    ("head", "short"),
    [
        (DESCRIBED.replace("卫生健康委员会", "发展和改革委员会"), "卫健委"),  # another committee
        ("主管部门:样例县卫生健康委员会。\n", "卫健委"),  # a supervisor's cell
        ("(3)实施主体:样例县卫生健康委员会党委。\n", "卫健委"),  # not the committee itself
        ("(3)实施主体:中共样例县委员会。\n", "县党委"),  # a 党委 is not read as 委员会
    ],
)
def test_another_committee_a_supervisor_or_a_party_committee_is_not_read(head, short):
    assert field_in_full(head, short) is None
