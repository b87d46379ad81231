"""A form's 实施单位 cell that lists several units: none of them is the report's; the form's
主管部门 is (fifty-third trial).

A city's evaluation of a budget item paid to several operators flattens its summary table
one cell a line, and the 项目实施单位 cell lists them all, one after another with a blank
between: "项目实施单位 | / 湘潭中环污水有限公司 湘潭市污水处理有限责任公司 湘潭产投第二污水处理
有限公司 … |" beside "主管部门 | / 湘潭市住房和城乡建设局 |" (trial 53's 898, 污水处理费, the
companies the BOT plants' operators). The first name of the list is no more the reporter
than the others: the project is the department's that the 主管部门 cell names, whose budget
pays them. Read only where the cell holds at least two names, each ending on an
organisation word or 公司, and the form names one 主管部门 (or 主管单位) ending on an
organisation word; a cell holding one name (实施单位 | 南华县国有资本管理有限公司 |, the
corpus's 106) keeps its reading, and a list with no 主管部门 names no unit.
"""

from __future__ import annotations

import re

__all__ = ["lists_several", "supervising_department"]

_ORG = r"(?:局|委员会|委|办公室|办|中心|院|所|站|队|厅|处|馆|校|政府|公司)"
_REST = re.compile(r"[ \t\u3000、，,]+(?P<rest>[^|\n]+)")
_NAME = re.compile(rf"^[\u4e00-\u9fff（）()]{{2,40}}?{_ORG}(?=[ \t\u3000、，,]|$)")
_SUPERVISOR = re.compile(
    r"主管(?:部门|单位)[ \t\u3000]*[|｜]?[ \t\u3000\n|]*"
    r"(?P<unit>[\u4e00-\u9fff（）()]{2,40}?(?:局|委员会|委|办公室|中心|厅|政府))"
    r"(?=[ \t\u3000]*(?:[|｜\n]|$))"
)


def lists_several(head: str, end: int) -> bool:
    """Whether the cell whose first name ends at ``end`` goes on to at least one more name
    (湘潭中环污水有限公司 湘潭市污水处理有限责任公司 …)."""
    rest = _REST.match(head, end)
    if rest is None:
        return False
    return bool(_NAME.match(rest["rest"].strip()))


def supervising_department(head: str) -> re.Match | None:
    """The form's one 主管部门 cell naming an office (group ``unit``); None where there is
    none or more than one."""
    found = list(_SUPERVISOR.finditer(head))
    return found[0] if len({m["unit"] for m in found}) == 1 else None
