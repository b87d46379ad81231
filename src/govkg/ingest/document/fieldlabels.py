"""A unit's name never runs across a form's field label.

A form read from an image glues its cells and their labels into one line:
自治区主管部门宁夏回族自治区民政厅资金使用单位宁夏福利彩票发行中心 (fiftieth trial's 785).
A rule that reads a name up to an organisation word (``issuer``'s X项目资金…) then takes
the whole line, labels and all. A label (主管部门, 资金使用单位, 实施单位, 单位名称, 填报单位,
项目名称…) is never part of a name: the name read is what follows the last label in it,
kept only where that label is the form's own unit's (资金使用单位, 实施单位, 单位名称,
填报单位, 项目单位, 预算单位) and what follows still ends on an organisation word; after a
主管部门's or a 项目名称's label it is the supervisor's or the project's, and nothing is read.
"""

from __future__ import annotations

import re

from govkg.ingest.document.issuer import ORG, Stated

__all__ = ["past_labels"]

_LABEL = re.compile(
    r"(?P<own>资金使用单位|(?:项目)?实施单位|单位名称|填报单位|项目单位|预算单位)"
    r"|(?:中央|自治区|省级?|市级?|县级?|地方|项目)?主管(?:部门|单位)|项目名称"
)
_NAME = re.compile(rf"[（(]?[\u4e00-\u9fff（）()]{{4,40}}{ORG}$")


def past_labels(found: Stated) -> Stated | None:
    """``found`` where no label stands inside it; the name after its last label (its span
    moved) where that label is the own unit's; None where it is another's (see above)."""
    name, (_, end) = found
    labels = list(_LABEL.finditer(name))
    if not labels:
        return found
    last = labels[-1]
    rest = name[last.end() :].lstrip(" \t\u3000:：|")
    if not last["own"] or not _NAME.match(rest):
        return None
    return rest, (end - len(rest), end)
