"""A project form's 资金总额及构成 field: the project's funds and their parts by source, a budget.

A 项目绩效自评报告表 (the eighth held-out trial's 134, in traditional characters) states the
funds arranged for the project in one field of its 基本情况 block: 资金总额及构成 总额1002.6万元,
其中:中央726.7万元;省级财政23.9万元;市级财政252万元;其他万元。 The field names what was arranged,
not what came in or was spent (the form's 实施情况 says that), so the total and each part by
source up to the field's end (its 。, or the next field's 项目起止时间…) are BUDGET. An
amount outside the field (资金总额1000万元 in a sentence, its 执行… after the 。) keeps the
kind its own words give.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import replace

from govkg.ingest.kinds.money import MoneyFound
from govkg.ingest.text.simplified import simplified

__all__ = ["fund_sources"]

_FIELD = re.compile(r"资金总额及构成")
_FIELD_END = re.compile(r"[。\n]|项目起止时间|实施情况|项目立项")
REACH = 200  # characters of the field at most


def fund_sources(source: str, found: Iterable[MoneyFound]) -> Iterator[MoneyFound]:
    """``found`` with each amount of a 资金总额及构成 field (see above) a budget."""
    text = simplified(source)
    fields = []
    for field in _FIELD.finditer(text):
        end = _FIELD_END.search(text, field.end(), field.end() + REACH)
        fields.append((field.end(), end.start() if end else field.end() + REACH))
    for amount in found:
        end = amount.cites[0].end
        if any(start < end <= stop for start, stop in fields):
            amount = replace(amount, kind="BUDGET", reason=None)
        yield amount
