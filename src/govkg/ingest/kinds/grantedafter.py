"""An amount right after 获得 with its fund named after the figure is the budget granted.

``kindwords`` reads 获得中省水利发展资金2000万元 (the fund named before the figure) as the
budget a project was granted (forty-eighth trial). A report may name the fund after the
figure instead: 鞍山市获得3000万元奖励资金,一是2000万元用于… (trial 49's 768, a province's
report on the award it handed its pilot cities): the sum granted, a budget, the same reading.
Only where the amount's own words end on 获得 (获得了, 共获得) and a fund's noun (资金, 经费,
奖金, 补助) follows the figure within a short name, no clause's end between; an amount its own
words already name keeps its kind, and 获得 with no fund after it (获得收益2万元, 获得3万元
利润) names nothing.
"""

from __future__ import annotations

import re

from govkg.ingest.text.amounts import PINYIN

__all__ = ["granted_after_kind"]

_GRANTED_END = re.compile(r"获得了?\s*(?:共计?|合计|总计)?\s*$")
_FUND_AFTER = re.compile(r"\s*[\u4e00-\u9fff]{0,12}?(?:资金|经费|奖金|补助|补贴)")
"""The fund's noun after the figure, a short name before it (奖励资金, 中央财政补助)."""


def granted_after_kind(text: str, end: int, own: str, kind: str | None) -> str | None:
    """BUDGET for an amount granted, its fund named after the figure (see above); else
    ``kind``."""
    if kind is not None or not _GRANTED_END.search(own):
        return kind
    return "BUDGET" if _FUND_AFTER.match(PINYIN.sub("", text[end : end + 40])) else kind
