"""A mirror's list of market-research reports on sale is no part of the report, and its years
are none of the report's (trial 55).

A spam mirror republishing a central organ's 三公 note closes the page with its own wares, a
list of market-research reports, each a line with a bullet and a span of years:

    • 中国角型毛巾架行业运营态势与投资潜力研究报告(2018-2023)
    • 2018-2023年KTV专用触摸屏市场调研及发展前景分析报告

(trial 55's 962, 国家知识产权局“三公经费”财政拨款情况说明 on a 中国产业研究 mirror). The year
rule reads a range of years (2018-2023年) anywhere in the opening as a text covering several
years, and left the note's year unread. Such a line, a market, a trade or an industry
(市场, 行业, 产业) and the report on it (研究报告, 分析报告, 调研报告, 预测报告, 咨询报告) or its
research words (市场调研, 深度研究, 发展前景, 投资前景, 投资潜力), states no year of the text's:
its years are skipped. A report's own line naming its 行业 (某某行业协会2031年度部门决算) has
no research report's words, and stays read.
"""

from __future__ import annotations

import re

__all__ = ["in_report_list_line"]

_TRADE = re.compile(r"市场|行业|产业")
_RESEARCH = re.compile(
    r"(?:研究|分析|调研|预测|咨询)报告|市场调研|深度研究|深度调研|发展前景|投资前景|投资潜力|运营态势"
)


def in_report_list_line(head: str, at: int) -> bool:
    """Whether the line of ``head`` holding ``at`` is a market-research report on sale (see
    above)."""
    start = head.rfind("\n", 0, at) + 1
    end = head.find("\n", at)
    line = head[start : len(head) if end < 0 else end]
    return bool(_TRADE.search(line) and _RESEARCH.search(line))
