"""An amount that marks off which bodies a rule covers is a threshold, no money of its kind.

业务收入1亿元以下的单位公务接待开支可按5%支出 (forty-eighth trial, a 三公 note quoting a
province's rule): 1亿元 bounds the revenue of the hospitals the rate applies to; it is no
revenue of the unit's. An amount followed by 以下 / 以上 / 以内 (及以上, 及以下) and then 的
and the bodies it sorts (单位, 企业, 医院, 学校, 机构, 部门) is OTHER. A rate's or a price's figure
keeps its kind (单位价值50万元以上的设备: a price, trial 45), and so does one sorting
purchases or projects (5万元以上的采购: the corpus reads those by their own words).
"""

from __future__ import annotations

import re

from govkg.ingest.text.amounts import PINYIN

__all__ = ["threshold_kind"]

_BODIES_BOUNDED = re.compile(
    r"\s*(?:及|或)?\s*(?:以下|以上|以内|(?<!以)下)\s*(?:的)?\s*"
    r"(?:单位|企业|医院|学校|机构|部门|事业单位|行政单位)"
)


def threshold_kind(text: str, end: int, kind: str | None) -> str | None:
    """OTHER for an amount that bounds the bodies a rule covers (see above); else ``kind``."""
    if kind in ("PRICE_OR_RATE", "CONTRACT", "CHANGE"):
        return kind
    if _BODIES_BOUNDED.match(PINYIN.sub("", text[end : end + 40])):
        return "OTHER"
    return kind
