"""A form's own unit field that writes in full the unit its title names short.

A form's title may name its unit as its readers do (2023年福彩中心绩效项目支出自评表), while
the form's unit field writes the full name: 资金使用单位宁夏福利彩票发行中心 (fiftieth trial's
785, its fields glued together: 自治区主管部门宁夏回族自治区民政厅资金使用单位宁夏福利彩票发行中心).
The field's name is read only where it is the title's written in full (``issuer.same_unit``:
the title's words in order, the same organisation word), and only from the field that holds
the form's own unit (资金使用单位, 实施单位, 单位名称, 填报单位, 项目单位, 预算单位); a
主管部门's cell names its supervisor, never read here. The name ends on an organisation word
where the cell ends (a space, a cell border, a line's end, the next cell's head).
"""

from __future__ import annotations

import re

from govkg.ingest.document.fieldwords import NEXT_CELL
from govkg.ingest.document.issuer import ORG, Stated, same_unit

__all__ = ["field_in_full"]

_OWN_FIELD = re.compile(
    r"(?:资金使用单位|(?:项目)?实施单位|单位名称|填报单位|项目单位|预算单位)"
    r"[ \t\u3000]*(?:[（(](?:公章|盖章)[）)])?[ \t\u3000]*[：:|]?[ \t\u3000|]*"
    rf"(?P<unit>[\u4e00-\u9fff（）()]{{4,40}}?{ORG})(?=[\s|]|$|{NEXT_CELL})"
)


def field_in_full(head: str, short: str) -> Stated | None:
    """The first own-unit field of a form whose name is ``short`` (the title's) in full,
    with its span; None where no such field writes it (see above)."""
    for found in _OWN_FIELD.finditer(head):
        if same_unit(found["unit"], short):
            return found["unit"], found.span("unit")
    return None
