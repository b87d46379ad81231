"""A kind of procurement stated as a share of the procurement budget is a part of that budget.

A budget note splits its 政府采购预算 by how and what is bought (trial 65's 1361, a unit's 2023
budget note in 元 from a PDF):

    2023 年政府采购预算 17000 元,…其中:政府集中采购预算 17000 元,占政府采购预算的 100%,…
    分散采购 0 元,占政府采购预算的 0%。…其中:货物类采购 10000 元,占政府采购预算 58.8%;
    工程类采购 0 元,占政府采购预算 0%;服务类采购 7000 元,占政府采购预算 41.2%。

An item named by its 采购 alone (分散采购, 货物类采购) was read as OTHER, procurement of no kind;
said right after its figure to be a share of the 采购预算 (占政府采购预算的 N%), it is that
budget's part: BUDGET. Only where the amount's own words end on the 采购 (a channel's or a
class's name before it, no other money word) and the share named is of a procurement budget; a
share of spending (占…支出, ``shareof``), a 采购 named with its 金额 or 支出 (a contract,
``prosekinds``) and a share of no budget keep their readings. A PDF's line break may stand
inside the words (占政府\\n采购预算).
"""

from __future__ import annotations

import re

from govkg.ingest.text.amounts import PINYIN

__all__ = ["procurement_share_kind"]

_ITEM = re.compile(r"[^，,。；;：:\d采]{0,8}采\s*购\s*[为是：:]?\s*$")
"""The amount's own words end on a kind of procurement: 分散采购, 货物类采购, 服\\n务类采购."""
_SHARE = re.compile(
    r"\s*[，,]?\s*占\s*(?:政\s*府\s*)?采\s*购\s*预\s*算\s*(?:总\s*额\s*)?(?:的\s*)?"
    r"(?:比\s*例\s*)?(?:为\s*)?\d+(?:\.\d+)?\s*[%％]"
)
"""Said right after the figure: its share of the procurement budget (,占政府采购预算的 0%)."""


def procurement_share_kind(text: str, end: int, own: str, kind: str | None) -> str | None:
    """BUDGET for a kind of procurement stated as a share of the procurement budget (see
    above); else ``kind``."""
    if kind not in (None, "OTHER"):
        return kind
    if not _ITEM.search(PINYIN.sub("", own)):
        return kind
    return "BUDGET" if _SHARE.match(PINYIN.sub("", text[end : end + 40])) else kind
