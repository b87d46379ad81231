"""A year's money said of 今年 with nothing saying any of it is done is what the year is to
spend: a budget, not spending (trial 52's 876, a news item of 28 January 2013: 上海今年“三公
经费”10.5亿元 预算与上年持平, 沪今年教育支出208亿元).

A year still running has no spending total yet; a text that states one for 今年 without a word
of money already gone (已, 累计, 截至, 实际, 完成, 支付, 开支, 列支, 拨付, 发放, 使用, 执行, 决算,
a past 了, a span of months) states what is arranged for the year. Only a figure read as
spending whose own words say 今年 changes; 今年已支出…, 今年实际支出…, 今年支付了…, a
figure of 去年 or a named year, and every other kind keep their readings.
"""

from __future__ import annotations

import re

from govkg.ingest.text.lastmatch import last

__all__ = ["this_year_budget_kind"]

_THIS_YEAR = re.compile(r"今年(?!以来)")
_DONE = re.compile(
    r"已|累计|截[至止]|实际|完成|支付|开支|列支|拨付|发放|使用|执行|决算|花费|用于|了"
    r"|前\s*[\d一二三四五六七八九十]+\s*个?月|[1-9一二三四五六七八九十]+\s*[-—至到]\s*"
    r"[\d一二三四五六七八九十]+\s*月|上半年|一季度|前三季度"
)


def this_year_budget_kind(own: str, kind: str | None) -> str | None:
    """BUDGET for a spending figure its own words give to 今年 with no word of money already
    gone (see above); else ``kind``."""
    if kind != "SPENDING":
        return kind
    this_year = last(_THIS_YEAR, own, 0, len(own))  # what follows it: the figure's words
    if this_year is None or _DONE.search(own, this_year.end()):
        return kind
    return "BUDGET"
