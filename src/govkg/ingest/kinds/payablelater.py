"""A figure said after it to be paid later is planned, not paid (thirty-fourth trial).

A project report says what of its budget is still to go out:

    …已使用上级专项资金支付工程进度款,105.04万元将于工程竣工验收后视资金缺口情况支付。

The figure opens its clause; no word of its own names a kind, so the 支付 of the clause before
read it as spent. The words right after it say the payment is to come: 将于 / 拟于 / 计划于 /
预计于 … 支付 (拨付, 发放, 兑付), within the clause. Such an amount is PLANNED where its own
words (since the last comma) name no kind; a budget or a fund named by its own kind word
(预算资金20万元,将于…支付) keeps it, and so does a payment done (已于…支付: ``paidafter``).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from govkg.ingest.text.amounts import PINYIN

__all__ = ["payable_later_kind"]

_LATER = re.compile(
    r"\s*(?:资金)?\s*(?:将|拟|计划|预计)\s*(?:于|在)[^，,。；;！？!?\n\d]{0,30}?"
    r"(?:支付|拨付|发放|兑付)(?!标准|率|对象|范围|办法|方式)"
)
_SEGMENT_CUT = re.compile(r"[，,：:；;。\n]")


def payable_later_kind(
    text: str, end: int, own: str, kind: str | None, kind_of: Callable[[str], str | None]
) -> str | None:
    """PLANNED for an amount said after its figure to be paid later (the rule above); else
    ``kind``."""
    if kind not in (None, "SPENDING", "REVENUE", "OTHER"):
        return kind
    if _LATER.match(PINYIN.sub("", text[end : end + 48])) is None:
        return kind
    cuts = list(_SEGMENT_CUT.finditer(own))
    segment = own[cuts[-1].end() :] if cuts else own
    return "PLANNED" if kind_of(segment) is None else kind
