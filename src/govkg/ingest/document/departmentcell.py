"""A whole-department form's 部门 cell: the department that fills the form in.

Anhui's 部门整体支出绩效自评表 heads its rows with a bare 部门 cell (trial 53's 916):

    部门整体支出绩效自评表 | |||
    (2023年度) | |||
    部门 | 金寨县茶谷和美丽乡村建设服务中心 | |||

The unit fields read 部门名称, 单位名称 and a 决算 table's 部门:X with its colon; a bare 部门
label as a form's cell was read nowhere, and the draft left the unit unnamed. Read only where
the label opens its line and a cell's bar follows it, the cell holding a name ending on an
organisation word with a bar or the line's end after it: a 主管部门 cell (the supervisor's,
``departmentform``), 部门预算 or 部门 in a sentence are never this label.
"""

from __future__ import annotations

import re

from govkg.ingest.entities.orgwords import ORG

__all__ = ["department_cell"]

_CELL = re.compile(
    r"^[ \t\u3000]*部[ \t\u3000]*门[ \t\u3000]*[|｜][ \t\u3000|｜]*"
    rf"(?P<unit>[\u4e00-\u9fff（）()]{{2,40}}?{ORG})(?![员公会室合])"
    r"[ \t\u3000]*(?=[|｜\n]|$)",
    re.M,
)


def department_cell(head: str) -> re.Match[str] | None:
    """The form's 部门 cell naming its unit (see above), its name in the group ``unit``;
    None where no line opens on the label."""
    return _CELL.search(head)
