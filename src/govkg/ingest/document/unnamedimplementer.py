"""A project form whose 实施单位 cell names no unit but the funded builders in general is its
主管部门's.

A province's form for a fund it hands down (a 专项资金 spent by many project owners) fills
its 实施单位 cell with a class of bodies, not a body: 相关项目建设单位, 各项目实施单位, 有关
单位, 相关县市区. The office that assessed the fund and filed the form is then the one its
主管部门 cell names, the form's only named unit (trial 55's 984, a traditional-character
mirror whose cells run together: …项目支出名称湘西地區開發產業發展專項資金主管部門湖南省發
展和改革委員會實施單位相關項目建設單位項目資金…, unread before: 湖南省发展和改革委员会).
Where the 实施单位 cell names a body (主管部门 X局 实施单位 Y中心) it is the unit's, as
before (``report``'s field, ``formunit``); a 主管部门 cell naming no office, or a 实施单位
cell with no class word (相关, 有关, 各) before its 单位, reads nothing here. A mirror's
readings are read through (``readingfield``)."""

from __future__ import annotations

import re

from govkg.ingest.document.readingfield import FieldFound, through_readings

__all__ = ["unnamed_implementer_supervisor"]

_OFFICE = r"(?:局|委员会|委|办公室|中心|院|厅|政府|部)"
_GAP = r"[ \t\u3000|\n]*"
_CLASS_OF_BODIES = (
    r"(?:相关|有关|各)[\u4e00-\u9fff]{0,8}?(?:单位|企业|县市区|县(?:市)?区|乡镇|部门)"
    r"(?![\u4e00-\u9fff]{0,2}(?:名称|负责人))"
)
_FORM = re.compile(
    r"主管(?:部门|单位)" + _GAP + r"(?P<unit>[\u4e00-\u9fff（）()]{2,40}?" + _OFFICE + r")"
    + _GAP + r"(?:项目)?实施单位" + _GAP + _CLASS_OF_BODIES
)


def unnamed_implementer_supervisor(head: str) -> re.Match | FieldFound | None:
    """The 主管部门 cell's office of a form whose 实施单位 is a class of bodies (see above),
    its name in the group ``unit``; None where the form names its implementer."""
    return _FORM.search(head) or through_readings(_FORM, head)
