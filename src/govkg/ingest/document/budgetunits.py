"""Rule ``budget-units``: the department a budget note's 部门预算单位构成 lists as its own
budget unit (trial 54's 951).

Nanning's budget notes (部门预算及“三公”经费预算说明) open on 第一部分:部门概况, whose
二、机构设置和部门预算单位构成 lists the budget units by code: "(二)部门预算单位构成 /
1.101 西乡塘区人大常委会办公室(一级预算单位) / 2. 101001 西乡塘区人大常委会办公室本级(二级预算
单位) / 本部门仅有南宁市西乡塘区人大常委会办公室本级一个二级预算单位" (951, with no title; the
corpus's 870 lists 1.100南宁市良庆区良庆镇农业服务中心(一级预算单位) under its title). The
department whose budget it is, is the one listed as the 一级预算单位 (its code, then its
name), or the one whose own level (X本级) is said to be the department's only budget unit
(本部门仅有X本级…); the institution its 机构设置 says has sections (西乡塘区人大常委会下设办公室、
…) is the body the office serves, not the budget's holder. The 本部门仅有 sentence is asked
first: it may write the name in full (南宁市西乡塘区…) where the list names it relative to its
area (西乡塘区…). Read only with the list's own
mark (一级预算单位) or the 本部门仅有…本级 sentence, and only a placed name; a second-level
unit (二级预算单位) listed alone, a pronoun or an unplaced name read nothing.
"""

from __future__ import annotations

import re

from govkg.ingest.document.issuer import NAME, Stated, placed

__all__ = ["listed_budget_unit"]

_FIRST_LEVEL = re.compile(
    r"(?:^|\n)[ \t\u3000]*(?:\d+[ \t\u3000]*[.．、][ \t\u3000]*)?\d{3,}[ \t\u3000]*"
    rf"(?P<unit>{NAME})[ \t\u3000]*[（(][ \t\u3000]*一级预算单位[ \t\u3000]*[)）]"
)
"""1.101 X(一级预算单位): the list's first entry, the department."""
_ONLY_OWN = re.compile(
    rf"本部门(?:仅有|只有|仅包括|只包括)[ \t\u3000]*(?P<unit>{NAME})[ \t\u3000]*本级"
    r"[^。\n]{0,8}?预算单位"
)
"""本部门仅有X本级一个二级预算单位: the department's own level its only budget unit."""


def listed_budget_unit(head: str) -> Stated | None:
    """The department a budget note's unit list names as its own (see above), with its
    span in ``head`` (simplified); None where no list marks one."""
    for pattern in (_ONLY_OWN, _FIRST_LEVEL):
        for found in pattern.finditer(head):
            if placed(found["unit"]):
                return found["unit"], found.span("unit")
    return None

