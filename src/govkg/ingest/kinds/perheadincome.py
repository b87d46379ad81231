"""The people's income per head, named before its figure, is a rate, not revenue (trial 65).

A town's report on its year opens on the economy it governs (1356, a township's 决算 report):

    居民可支配收入和农民人均纯收入分别达17200元、7555元,年均分别增长12%、10.2%

A statistic of the people's income (居民可支配收入, 农民人均纯收入) is an income per head, in
元: PRICE_OR_RATE, not the unit's revenue its 收入 would make it. ``kindwords`` reads 人均…收入
right before a figure so; here the names may be joined (和 / 与 / 及 / 、) and given 分别, each
figure in turn after them, and a 居民 / 农民 income named without its 人均 (居民可支配收入: a
statistic stated per head). Only where every name before the figures is such an income and only
the verb (分别, 为 / 是 / 达 / 达到 / 约) and the list's earlier figures stand between; a total
(居民收入总额), a fund's 收入 or a unit's (财政收入, 农民专业合作社收入) is none.
"""

from __future__ import annotations

import re

from govkg.ingest.text.amounts import PINYIN

__all__ = ["per_head_income_kind"]

_INCOME = (
    r"(?:(?:城镇|农村)(?:常住)?)?(?:居民|农民)(?:人均)?(?:可支配|纯)收入"
    r"|(?:(?:城镇|农村)(?:常住)?)?(?:(?:居民|农民))?(?:人均|户均)(?:可支配|纯)?收入"
)
"""An income of the people per head: 居民可支配收入, 农民人均纯收入, 城镇居民人均可支配收入."""
_FIGURE = r"\d[\d,]*(?:\.\d+)?\s*(?:万元|元)"
_TAIL = re.compile(
    r"(?P<names>[^，,。；;：:！？!?\n\d]{2,60}?)\s*(?:分别)?\s*(?:为|是|达到?|约)?\s*"
    rf"(?:{_FIGURE}\s*(?:和|与|及|、)\s*)*$"
)
"""The names before the verb (分别, 为, 达…), and the list's earlier figures after it."""
_JOINER = re.compile(r"和|与|及|、")
_NAME = re.compile(rf"[\u4e00-\u9fff]{{0,6}}?(?:{_INCOME})")
"""One name: an income per head, a short subject before it (全镇, 2017年 is no part: a figure)."""
REACH = 80  # characters before the amount in which the names are looked for


def per_head_income_kind(text: str, start: int, kind: str | None) -> str | None:
    """PRICE_OR_RATE for a figure of the people's income per head (see above); else ``kind``."""
    if kind not in (None, "REVENUE"):
        return kind
    before = PINYIN.sub("", text[max(0, start - REACH) : start])
    found = _TAIL.search(before)
    if found is None:
        return kind
    names = _JOINER.split(found["names"].strip())
    if all(_NAME.fullmatch(name.strip()) for name in names):
        return "PRICE_OR_RATE"
    return kind
