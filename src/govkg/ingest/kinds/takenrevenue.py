"""Money said right after its figure to be taken in as revenue is revenue (trial 55).

A 决算 note explains its revenue's rise by money arranged for it in the year, and says what the
money became (970, a funeral home's 2020 accounts):

    较上年比较收、支总计增加777.71万元,增长67.0%,主要原因是年中安排的存量资金669.04万元作为收入。

The 安排…资金 before the figure made it a budget; the words after it say the unit took it in as
revenue: REVENUE. Read so where the figure is followed at once (资金 / 已 / 全部 between
or not, a comma before 已: 45万元,已全部计入本年事业收入) by 作为 / 计入 / 列作 / 列为 /
转作 / 确认为 and 收入, a year's or a class's word between (作为本年收入, 计入事业收入); not
where the words deny it (不作为收入, 未计入收入: nothing but those words may come between) nor
where the money is made something else (作为设备购置经费). A rate stays a rate.
"""

from __future__ import annotations

import re

from govkg.ingest.text.amounts import PINYIN

__all__ = ["taken_revenue_kind"]

_TAKEN = re.compile(
    r"\s*(?:资金)?\s*(?:[，,](?=\s*(?:已|均已|全部|全额)))?\s*(?:已经?|均已?)?\s*(?:全部|全额)?\s*"
    r"(?:作为|计入|列作|列为|转作|确认为)\s*(?:本年度?|当年度?|本单位|单位|我单位)?的?\s*"
    r"(?:事业|经营|其他|财政拨款|上级补助)?收入"
)
AFTER = 40  # characters after the amount looked at


def taken_revenue_kind(text: str, end: int, kind: str | None) -> str | None:
    """REVENUE for an amount said right after it to be taken in as revenue (see above); else
    ``kind``."""
    if kind in ("REVENUE", "PRICE_OR_RATE"):
        return kind
    after = PINYIN.sub("", text[end : end + AFTER])
    return "REVENUE" if _TAKEN.match(after) else kind
