"""A budget note's own totals and the running costs of its own body name the same unit.

A 部门预算 note cut before its title opens its figures on the year and the unit's department
totals, and says its basic spending keeps that unit running: 2017年保山日报社部门财务总收入
1236.28万元 … 2017年用于保障保山日报社机构正常运转的支出1236.28万元 (trial 63's 1290, a city
newspaper's budget note starting at its part 四, read unnamed: the name has no place before
it, so no rule reading a body's sentence took it). Two of the template's sentences whose
subject is the reporting unit itself name it the same way: that unit is the note's.

Read only where both sentences name one name, ending on an organisation word: the year, the
name, then 部门 (or 单位) and its 总收入 / 总支出 (财务, 预算 between), opening a sentence; and
保障X机构正常运转. A name in one only, two different names, or a pronoun (保障单位机构正常运转,
保障我局…) reads nothing. Asked last among a body's statements (``issuerchain._body_name``).
"""

from __future__ import annotations

import re

from govkg.ingest.document.issuer import Stated
from govkg.ingest.entities.orgwords import ORG
from govkg.ingest.text.namewords import NOT_A_NAME_START

__all__ = ["own_running_unit"]

_S = r"[ \t\u3000]*"
_NAME = rf"(?!{NOT_A_NAME_START}|单位|部门)[\u4e00-\u9fff]{{2,30}}?{ORG}(?![员公会室合])"
_TOTALS = re.compile(
    rf"(?:^|[。；;\n]){_S}20\d\d{_S}年度?{_S}(?P<unit>{_NAME}){_S}(?:部门|单位){_S}"
    rf"(?:财务|预算)?{_S}总{_S}(?:收{_S}入|支{_S}出)",
    re.M,
)
_RUNNING = re.compile(rf"保{_S}障{_S}(?P<unit>{_NAME}){_S}机{_S}构{_S}正{_S}常{_S}运{_S}转")


def own_running_unit(head: str) -> Stated | None:
    """The unit both the note's totals sentence and its running-costs sentence name (see
    above), with the totals sentence's span; None where they do not name one."""
    running = {found["unit"] for found in _RUNNING.finditer(head)}
    for found in _TOTALS.finditer(head):
        if found["unit"] in running:
            return found["unit"], found.span("unit")
    return None
