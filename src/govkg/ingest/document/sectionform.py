"""A form whose 实施单位 is a section of its 主管部门: the department's form (twenty-second
trial's 282, a county's 专项资金绩效目标自评表 flattened by a document site).

A county's fund form names its 县级主管部门 and, as 实施单位, the section of that department
that runs the fund: 县级主管部门衡山县…局实施单位粮食调控储备与产业发展股 (the cells glued
with no separator). A section (…股, …科) is no budget unit and files no form of its own;
its department does. So does a police bureau's detachment written bare, 实施单位 禁毒支队
beside 主管部门 宣城市公安局 (twenty-third trial's 295): a 支队, 大队 or 中队 named without
its place is the department's own body (a detachment that files its own accounts is named
in full, 样例市消防救援支队, and placed). Read only where the 实施单位 cell is a section's
bare name (no place before it: 青岚市人民医院财务科 is a unit's section named in full, not
read) and the 主管部门 cell holds one placed office's name ending on an organisation word,
right before the 实施单位 label or a cell's end. Anything else (an office, a company, a school as
实施单位; no 主管部门 cell) is left to the other rules.
"""

from __future__ import annotations

import re

from govkg.ingest.document.fieldwords import NEXT_CELL
from govkg.ingest.document.issuer import placed

__all__ = ["section_supervisor"]

_SECTION = re.compile(
    r"实施单位[ \t\u3000|：:]*(?P<section>[\u4e00-\u9fff]{2,20}?(?:股|科|支队|大队|中队))"
    rf"(?=[\s|]|$|{NEXT_CELL})"
)
_SUPERVISOR = re.compile(
    r"主管部门[ \t\u3000|：:]*(?P<unit>[\u4e00-\u9fff（）()]{2,40}?"
    r"(?:局|委员会|委|办公室|中心|厅|政府))(?=[ \t\u3000|\n]|$|实施单位)"
)


def section_supervisor(head: str) -> re.Match | None:
    """The 主管部门 cell of a form whose 实施单位 is a section of it (see above), its name in
    the group ``unit``; None where the form is not one."""
    section = _SECTION.search(head)
    if section is None or placed(section["section"]):
        return None
    office = _SUPERVISOR.search(head)
    if office is None or not placed(office["unit"]):
        return None
    return office
