"""An amount stated as a ceiling to be used within is a budget (thirty-second trial).

A project report says how its funds were managed:

    按照从紧安排、节约使用、综合平衡的原则,在120万元额度内统筹安排使用

The nearest money word before the figure is the 使用 of a principle (节约使用), so it was read
as money spent. But 额度内 said right after the figure makes it a limit: the sum the project
may spend, its budget, not what it spent. An amount followed by 额度 / 限额 and 内 / 以内 /
范围内 (在…万元额度内, 控制在…万元限额以内) is BUDGET, where it was read as spent, received,
other or unnamed. A contract's, a rate's or a change's figure keeps its kind (合同金额在…
限额以内 is the contract's), and 以内 alone (在5万元以内的采购) is no ceiling of the
project's money.
"""

from __future__ import annotations

import re

from govkg.ingest.text.amounts import PINYIN

__all__ = ["ceiling_kind"]

_CEILING = re.compile(r"\s*(?:的)?(?:资金|经费|预算)?(?:额度|限额)\s*(?:内|以内|范围内|之内)")


def ceiling_kind(text: str, end: int, kind: str | None) -> str | None:
    """BUDGET for an amount said after its figure to be a ceiling (the rule above); else
    ``kind``."""
    if kind not in (None, "SPENDING", "REVENUE", "OTHER"):
        return kind
    if _CEILING.match(PINYIN.sub("", text[end : end + 20])):
        return "BUDGET"
    return kind
