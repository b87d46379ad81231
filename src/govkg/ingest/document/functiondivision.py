"""A division named by its function alone is no unit (forty-eighth trial).

A department's page may name the division that posted it by its function alone, with neither
place nor department: "来源: 规划财务处" over a province's transfer-payment self-evaluation
(742), "发布机构: 办公室", "来源:计划财务科". Every department has such a division; the name
says which desk posted the page, not which unit reports, and where the text names no
department the unit stays unnamed, never guessed from the host. ``relativedivision`` reads
the same of a division named after the bare word of its department (厅公共服务处).

A provincial department's section for its projects says it by 部 (来源:外贷项目部 over a
fund's self-evaluation that speaks as 我中心: trial 55's 983, read 外贷项目部 before): a
project section (项目部, 外贷项目部, 外资项目部) names the desk that posted the page, no unit.
Only a name made wholly of the usual function words (规划, 财务, 综合, 办公, 项目, 外贷…) and
a division's word (处, 科, 室, 股, 部) is one; a name with a place, a department or a field of its
own (青岚市财政局, 灵隐管理处, 某某水文站, 样例县规划财务处) is read as before.
"""

from __future__ import annotations

import re

__all__ = ["is_function_division"]

_FUNCTIONS = (
    "规划|计划|财务|财会|综合|审计|预算|绩效|政策法规|法规|政策|人事|办公|行政|后勤|资产"
    "|基建|信息|宣传|统计|监督|组织|党建|机关党委|项目|外贷|外资|贷款"
)
_FUNCTION_DIVISION = re.compile(rf"^(?:(?:{_FUNCTIONS})[和与及、]?){{1,3}}(?:处|科|室|股|部)$")


def is_function_division(name: str) -> bool:
    """Whether ``name`` is a division named by its function alone (规划财务处, 办公室)."""
    return bool(_FUNCTION_DIVISION.match(name))
