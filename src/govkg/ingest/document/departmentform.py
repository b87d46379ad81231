"""A form that names only its 主管部门, with the department's budget code, and no unit
under it (thirty-eighth trial's 538, a county's 绩效目标自评表):

    项目名称 | 临时救助 |
    主管部门 | [155]样例县民政局 |

A 主管部门 named beside a 实施单位 (项目单位, 单位名称) stands over the unit that files the
form (``formunit``, ``commissioned``); where the form has no such cell at all, the project
is the department's own and it files the form: its code in brackets ([155]) marks it a
budget unit of its own. Read only where the cell holds a coded name ending on an
organisation word and the text writes no 实施单位, 项目单位, 单位名称 or 资金使用单位.
"""

from __future__ import annotations

import re

from govkg.ingest.document.issuer import Stated

__all__ = ["department_form_unit"]

_CODED = re.compile(
    r"主管部门[ \t\u3000]*[|｜]?[ \t\u3000\n|]*[\[［【(（]\d{3,}[\]］】)）][ \t\u3000]*"
    r"(?P<unit>[\u4e00-\u9fff]{2,40}?(?:局|委员会|委|办公室|中心|厅|政府|院|会))"
    r"(?=[ \t\u3000]*(?:[|｜\n]|$))"
)
_UNIT_CELL = re.compile(r"实施单位|项目单位|单位名称|资金使用单位|填报单位")


def department_form_unit(head: str) -> Stated | None:
    """The coded 主管部门 of a form with no unit cell under it, with its span; else None."""
    if _UNIT_CELL.search(head):
        return None
    found = _CODED.search(head)
    return (found["unit"], found.span("unit")) if found else None
