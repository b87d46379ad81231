"""A fund named by 补助 under a heading of the budget is that budget (thirtieth trial).

A transfer's self-evaluation opens with what was allotted, under a heading that says so:

    一、绩效目标分解下达情况
    (一)中央转移支付预算
    2019年中央补助地方公共文化服务体系建设专项资金共计1586万元,其中:…运行维护43.8万元;…

中央补助地方…专项资金 is the fund's name: its 补助 says what the fund is (a subsidy of the
centre to localities), not that money arrived, and the heading names the figure the budget.
``money`` read the 补助 as money received, and the parts listed under 其中 followed it.

Read as BUDGET only where the amount was read as revenue by that 补助 alone: the last kind
word of its own words is the 补助 of a name ending in 资金 (共计 / 合计 / 为 may follow), no
word of arrival (到位, 收到, 到账, 拨入, 拨付) stands before it, and the amount's paragraph is
the first under a numbered heading ending in 预算 (情况 / 安排 may follow) that names no
spending or arrival (预算执行情况, 资金到位情况 are other headings). Its parts follow it.
"""

from __future__ import annotations

import re

from govkg.ingest.kinds.kindwords import KIND
from govkg.ingest.text.lastmatch import last

__all__ = ["fund_heading_kind"]

_FUND_NAME = re.compile(
    r"补助[^，,。；;：:\d]{0,30}?资金\s*(?:共计|合计|总计|总额)?\s*[为是：:]?\s*$"
)
_ARRIVAL = re.compile(r"到位|收到|到账|拨入|拨付|下拨")
_HEADING = re.compile(
    r"\s*(?:[（(]\s*[一二三四五六七八九十\d]+\s*[)）]|[一二三四五六七八九十]+\s*[、.．]|\d+\s*[、.．])"
    r"(?P<words>[^\n。；;，,]{0,30}?预算(?:安排)?(?:情况)?)\s*[:：]?\s*$"
)
_NOT_BUDGET = re.compile(r"执行|支出|使用|完成|决算|到位|收到|到账|拨付")


def fund_heading_kind(text: str, start: int, own: str, kind: str | None) -> str | None:
    """BUDGET for a 补助 fund's amount under a heading of the budget (see above); else
    ``kind``. ``own``: the amount's own words before it."""
    if kind != "REVENUE":
        return kind
    word = last(KIND, own, 0, len(own))
    if word is None or word.group() != "补助" or not _FUND_NAME.search(own, word.start()):
        return kind
    if _ARRIVAL.search(own):
        return kind
    line_start = text.rfind("\n", 0, start) + 1
    heading = _line_before(text, line_start)
    found = _HEADING.fullmatch(heading) if heading is not None else None
    if found is None or _NOT_BUDGET.search(found["words"]):
        return kind
    return "BUDGET"


def _line_before(text: str, line_start: int) -> str | None:
    """The nearest line with words before the one starting at ``line_start``."""
    end = line_start - 1
    while end > 0:
        start = text.rfind("\n", 0, end) + 1
        if text[start:end].strip():
            return text[start:end]
        end = start - 1
    return None
