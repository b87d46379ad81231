"""The kind a project form's funds field names, for the rules reading its cells.

A project self-evaluation form states its funds in one row of fields, the sum planned, the
sum that arrived, the sum used (计划安排资金 (万元) | 实际到位资金 (万元) | 实际支出 (万元): the
Hunan template, ``tables.unitfields``). Another template names its first field 计划投资额
(万元) (the corpus's 543 and 613, Hainan forms read by ``tables.gluedfields`` and
``spacedfields``; trial 56's 1010, a Hunan form flattened one cell a paragraph: 计划投资额(万元)
/ 343.85 / 实际到位资金(万元) / 343.85): the same column, the money the year's plan arranges for
the project, its budget, as the corpus's expected files read it (BUDGET, four cells of 543 and
613; PLANNED only defensible). In prose, 项目计划总投资1958.6万元 is a plan's whole investment,
planned (``kindwords``: the corpus's 499, 501, 88), and stays so; only a field's label that is
计划投资(额) alone is read here. Every other label is read by ``kindwords.kind_of``.
"""

from __future__ import annotations

import re

from govkg.ingest.kinds.kindwords import kind_of
from govkg.ingest.text.amounts import PINYIN
from govkg.ingest.text.simplified import simplified

__all__ = ["field_kind"]

_PLANNED_FIELD = re.compile(r"\s*计划投资(?:额|金额)?\s*(?:[（(]\s*[万亿]?元\s*[)）])?\s*")
"""A funds field's label naming the form's planned column: 计划投资额, 计划投资额(万元)."""


def field_kind(label: str) -> str | None:
    """The kind of money a form's field ``label`` names (see above)."""
    if _PLANNED_FIELD.fullmatch(PINYIN.sub("", simplified(label))):
        return "BUDGET"  # 计划投资额(万元) | 343.85: the column the year's plan arranges
    return kind_of(label)
