"""A 三公 note's 单位范围 names its own unit: "区民宗局(外侨办)有一般公共预算财政拨款预算安排
“三公”经费的单位包括区民宗局(外侨办)本级单位" (twenty-fourth trial's 310).

The note's first part says which units its figures cover: the unit, then the units of it that
have 三公 money, its own (本级) among them. Where the same name stands before 有…安排“三公”经费
的单位 and before the 本级 it includes, the note is that unit's, written as the note writes it
(a bracketed second name, 外侨办, stays).

The 2011-2012 notes' template says it as the unit's budget: "根据预算管理有关规定,省商务厅部门
预算中使用财政拨款开支因公出国(境)费、…和公务接待费(以下简称“三公经费”)的单位包括省商务厅本级
及所属省对外贸易学校…" (trial 52's 850, a provincial department's own note): the same two names,
read the same way, after that 规定's comma too.

A name that differs in the two places (a bureau listing a subordinate), a pronoun (本部门有…)
or no 本级 reads nothing.
"""

from __future__ import annotations

import re

from govkg.ingest.text.namewords import NOT_A_NAME_START
from govkg.ingest.threepublic.words import QUOTED

__all__ = ["scope_unit"]

_NAME = r"[\u4e00-\u9fff（）()]{2,40}?"
_SCOPE = re.compile(
    rf"(?:^|[。；;\n]|(?<=规定)[，,])[ \t\u3000]*(?P<unit>{_NAME})[ \t\u3000]*"
    rf"(?:有[^。\n]{{0,30}}?安\s*排\s*|部\s*门\s*预\s*算\s*中\s*(?:使\s*用)?[^。\n]{{0,12}}?开\s*支"
    rf"[^。\n]{{0,60}}?[（(]\s*以\s*下\s*简\s*称\s*)"
    rf"{QUOTED}\s*[）)]?\s*的\s*单\s*位\s*(?:包\s*括|为|有)[：:]?\s*(?P<again>{_NAME})\s*本\s*级",
    re.M,
)
_NOT_A_NAME = re.compile(rf"^(?:{NOT_A_NAME_START}|部门|单位)")
_NAME_END = re.compile(
    r"(?:局|委|办|厅|院|所|站|队|处|馆|中心|政府|镇|乡|街道)(?:[（(][^（）()]+[）)])?$"
)


def scope_unit(head: str) -> tuple[str, tuple[int, int]] | None:
    """The unit a 三公 note's 单位范围 sentence names as its own (see above), with its span
    in ``head``; None where none does."""
    for found in _SCOPE.finditer(head):
        unit = found["unit"]
        if unit == found["again"] and _NAME_END.search(unit) and not _NOT_A_NAME.match(unit):
            return unit, found.span("unit")
    return None
