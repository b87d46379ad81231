"""A form's own unit field that writes in full the unit its title names short.

A form's title may name its unit as its readers do (2023年福彩中心绩效项目支出自评表), while
the form's unit field writes the full name: 资金使用单位宁夏福利彩票发行中心 (fiftieth trial's
785, its fields glued together: 自治区主管部门宁夏回族自治区民政厅资金使用单位宁夏福利彩票发行中心).
The field's name is read only where it is the title's written in full (``issuer.same_unit``:
the title's words in order, the same organisation word), and only from the field that holds
the form's own unit (资金使用单位, 实施单位, 单位名称, 填报单位, 项目单位, 预算单位); a
主管部门's cell names its supervisor, never read here. The name ends on an organisation word
where the cell ends (a space, a cell border, a line's end, the next cell's head).

Trial 60's 1178, a county's project form: its cell 实施单位 | 卫健委 names the committee as its
readers do, and the project's description above the form writes it in full in its own field:
(3)实施主体:蒙城县卫生健康委员会。 The project's 实施主体 is such a field (its name ends where
the sentence does), and a committee named short by 委 is its 委员会 written short (卫健委 →
卫生健康委员会: ``same_unit`` on the short name with 委员会 for its 委). A 委 the full name does
not end on as 委员会 (…党委, …工委) is not read so.
"""

from __future__ import annotations

import re

from govkg.ingest.document.fieldwords import NEXT_CELL
from govkg.ingest.document.issuer import ORG, Stated, same_unit

__all__ = ["field_in_full"]

_OWN_FIELD = re.compile(
    r"(?:资金使用单位|(?:项目)?实施(?:单位|主体)|单位名称|填报单位|项目单位|预算单位)"
    r"[ \t\u3000]*(?:[（(](?:公章|盖章)[）)])?[ \t\u3000]*[：:|]?[ \t\u3000|]*"
    rf"(?P<unit>[\u4e00-\u9fff（）()]{{4,40}}?{ORG})(?=[\s|。；;]|$|{NEXT_CELL})"
)


def field_in_full(head: str, short: str) -> Stated | None:
    """The first own-unit field of a form whose name is ``short`` (the title's) in full,
    with its span; None where no such field writes it (see above)."""
    shorts = [short]
    if re.sub(r"\s+", "", short).endswith("委") and not short.endswith(("党委", "工委")):
        shorts.append(re.sub(r"\s+", "", short) + "员会")  # 卫健委: 卫健委员会 (see above)
    for found in _OWN_FIELD.finditer(head):
        if any(same_unit(found["unit"], name) for name in shorts):
            return found["unit"], found.span("unit")
    return None
