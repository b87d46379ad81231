"""A fee's figure compared right after it with an earlier year's 决算 is the fee's own 决算.

A 三公 note cut from its title may state each item under a heading that names no kind, and
its figure by the item's name alone (trial 51's 821, a district bureau's 2015 三公 决算 in 元):

    (二)公务接待费
    2015年公务接待费345950元,较2014年决算数增加270380元,…

公务接待费 names no kind (the 费 of a name is no act), so the figure was left unread. But the
figure is compared with the year before's 决算 (较2014年决算数增加, 比上年决算减少): accounts
are compared with accounts, so it is the year's 决算 of that fee, money spent. Only where the
amount is unread, its own words end on a fee's name (…费, …经费, …费用) and the comparison
with 上年 / 上一年 / 去年 / a year's 决算 follows the figure at once; a comparison with a
预算 (较年初预算减少: a budget or its execution, either), with 上年 alone (较上年增加: of
either kind) or later in the sentence, and an amount another word names, keep their
readings.
"""

from __future__ import annotations

import re

from govkg.ingest.text.amounts import PINYIN

__all__ = ["FEE_END", "accounts_compared_kind"]

FEE_END = re.compile(r"(?:费用?|经费)\s*(?:共计?|合计)?\s*[为是：:]?\s*$")
_ACCOUNTS_AFTER = re.compile(
    r"\s*[，,]?\s*(?:较|比|与)\s*(?:上年|上一年|去年|20\d\d\s*年)度?(?:的)?\s*决算数?"
    r"\s*(?:相比|相较)?\s*[，,]?\s*(?:增加|减少|增长|下降|上升|持平|基本持平|减|增)"
)
"""The comparison with an earlier year's 决算 said right after the figure."""


def accounts_compared_kind(text: str, end: int, own: str, kind: str | None) -> str | None:
    """SPENDING for a fee's figure compared at once with an earlier year's 决算 (see above);
    else ``kind``."""
    if kind is not None or not FEE_END.search(own):
        return kind
    after = PINYIN.sub("", text[end : end + 40])
    return "SPENDING" if _ACCOUNTS_AFTER.match(after) else kind
