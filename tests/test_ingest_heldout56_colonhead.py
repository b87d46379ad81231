"""A funds grid whose money head ends on a colon (trial 56's 1011, a 部门整体支出绩效自评表:
资金情况(万元) | | 年初预算资金总额: | 实际投入资金额 | 产生差异的原因 |): the head names its
column as without the colon, and the rows under it are read by it (``tables.tablecells``).
A grid stating no unit reads nothing. Test material, fictional."""

from __future__ import annotations

from fictional_text import kinds
from govkg.ingest.tables.tablecells import column

FORM = (
    "2031年样例祠免费开放经费部门整体支出绩效自评表 |\n"
    "单位名称 | 样例区样例局 | 单位负责人及电话 | 张三 |\n"
    "主管部门 | 样例区样例局 | 实施单位 | 样例区样例局 |\n"
    "资金情况(万元) | | 年初预算资金总额: | 实际投入资金额 | 产生差异的原因 |\n"
    "合计 | 120 | 118.5 | 节约开支 |\n"
    "其中:财政拨款 | 120 | 118.5 | |\n"
    "其他资金 | | | |\n"
    "总体目标 | 年度目标 | 年度总体目标完成情况 |\n"
)


def test_a_head_ending_on_a_colon_names_its_column():
    assert column("年初预算资金总额:") == "BUDGET"
    assert column("实际投入资金额：") == "SPENDING"
    assert column("单位名称:") is None


def test_the_rows_under_it_are_read_by_their_columns():
    assert kinds(FORM) == [
        ("120", "BUDGET"),
        ("118.5", "SPENDING"),
        ("120", "BUDGET"),
        ("118.5", "SPENDING"),
    ]


def test_a_grid_stating_no_unit_reads_nothing():
    bare = FORM.replace("资金情况(万元)", "资金情况")
    assert not [k for _, k in kinds(bare) if k]
