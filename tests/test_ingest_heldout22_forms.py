"""Form cells the twenty-second held-out trial found neither read nor listed (texts 277, 280,
282), each class held on fictional text with the cases it must not fire on.

- a glued funds row's 其中 row naming its sources with 、 (``gluedfunds``);
"""

from __future__ import annotations

from fictional_text import kinds

# -- gluedfunds: a 其中 row whose label lists its sources with 、 ---------------------------

GLUED = (
    "2021年度县级专项资金绩效目标自评表\n"
    "专项资金名称县级河道保洁县级主管部门青岚县水务局实施单位河道股"
    "项目资金(万元)全年预算数(A)全年执行数(B)执行率(B/A)"
    "年度资金总额86.486.4100%{part}其他资金年度总体目标年初设定目标"
)


def test_a_part_row_naming_its_sources_with_commas_is_cut_by_its_rate():
    got = kinds(GLUED.format(part="其中:中央、省、市补助县级资金86.486.4100%"))
    assert got == [("86.4", "BUDGET"), ("86.4", "SPENDING")] * 2


def test_a_part_row_whose_rate_proves_no_cut_is_not_read():
    # 86.4 / 86.4 is 100%, not 90%: no cut of the 其中 row is proven
    got = kinds(GLUED.format(part="其中:中央、省、市补助县级资金86.486.490%"))
    assert got == [("86.4", "BUDGET"), ("86.4", "SPENDING")]


def test_a_part_over_the_total_is_not_read():
    got = kinds(GLUED.format(part="其中:中央、省补助资金96.496.4100%"))
    assert got == [("86.4", "BUDGET"), ("86.4", "SPENDING")]
