"""A commissioned evaluation's cover: the unit is the department whose project it assesses.

A finance bureau may commission a firm to evaluate a department's project; the report's
cover then names three parties and no 项目单位 (the twentieth trial's 252)::

    委托单位:昌都市某区财政局
    项目主管部门:昌都市某区民政局
    评价机构:某会计师事务所

The firm writes the report and the finance bureau orders it; the report is of the
department's project, so its unit is the 项目主管部门 (as a self-evaluation's is its
项目单位). Read only on such a cover, a 委托单位 or 评价机构 field beside it: a 主管部门
named in a self-evaluation's form stands over the unit that files it (``formunit``), and a
cover with a 项目单位 (实施单位, 单位名称) names the unit there (``report``'s fields come
first). The name must end on an organisation word.
"""

from __future__ import annotations

import re

from govkg.ingest.document.fieldwords import FIELD_END

__all__ = ["commissioned_supervisor"]

_GAP = r"[ \t\u3000]*"
_COMMISSIONED = re.compile(rf"(?:委托(?:单位|方)|评价机构){_GAP}[:：]")
_SUPERVISOR = re.compile(
    rf"项目主管(?:部门|单位){_GAP}[:：]{_GAP}"
    r"(?P<unit>[\u4e00-\u9fff（）()]{2,40}?(?:局|委员会|委|办公室|中心|厅|政府))"
    rf"(?=[\s|]|$|{FIELD_END}|委托|评价机构)"
)


def commissioned_supervisor(head: str) -> re.Match | None:
    """The 项目主管部门 field of a commissioned evaluation's cover (see above), its name in
    the group ``unit``; None where the head is no such cover."""
    if _COMMISSIONED.search(head) is None:
        return None
    return _SUPERVISOR.search(head)
