"""A fund's performance made public under its targets' headings: a sign of the genre with no
title.

A province's office may publish how a fund it holds met its year's performance targets as a
short notice the page kept no title of (trial 55's 982, a 重庆市 三峡后续工作 fund's
公示 on a mirror that put spam words for 水利): it opens on its own sentence announcing the
fund's performance (现将重庆市2021年度国家重大…工程建设基金(三峡后续工作)绩效完成情况公示
如下:), goes on under the self-evaluation template's headings (一、2021年度绩效目标 /
二、2021年度绩效目标实现情况) and states the fund's money (财政部共下达…791753万元). It is
a project report of the family, however few of the family's other words it kept; before,
with its year between the numeral and 绩效目标, no heading of the genre was seen and it was
refused.

All three are asked: the writer's sentence announcing the performance of its own work or
money (现将…绩效[目标]完成/实现/自评/评价情况|结果 公示/公布/公开/报告/汇报如下); after it,
a numbered heading on a line of its own naming the targets (一、[2021年度]绩效目标…,
(二)绩效目标实现情况); a money figure after the sentence. A notice asking for reports says
请…报送 and states no targets' headings; rules (…办法) announce nothing 如下; a text of
another class (``otherclasses``: a procurement, an audit, news, a fund's allocation 公示
titled so) is not read.
"""

from __future__ import annotations

import re

from govkg.ingest.document.otherclasses import other_class
from govkg.ingest.text.amounts import MONEY

__all__ = ["announces_performance"]

_ANNOUNCED = re.compile(
    r"现\s*将[^。！？\n]{0,100}?绩\s*效\s*(?:目\s*标\s*)?"
    r"(?:完\s*成|实\s*现|自\s*评|评\s*价)?\s*(?:情\s*况|结\s*果)"
    r"\s*(?:公\s*示|公\s*布|公\s*开|报\s*告|汇\s*报)\s*如\s*下"
)
"""The writer's sentence: 现将X2021年度…基金绩效完成情况公示如下."""
_TARGETS_HEADING = re.compile(
    r"^[ \t\u3000]*(?:[（(][一二三四五六七八九十\d]{1,3}[）)]|[一二三四五六七八九十\d]{1,3}[、.．])"
    r"[ \t\u3000]*(?:20\d\d\s*年度?)?\s*(?:项目|资金|年度)?\s*绩\s*效\s*目\s*标",
    re.M,
)
"""A numbered heading of the targets: 一、2021年度绩效目标, (二)绩效目标实现情况."""
OPENING = 1500  # characters in which the sentence is looked for


def announces_performance(text: str) -> bool:
    """Whether ``text`` (simplified) announces a fund's or its own performance under its
    targets' headings, with money after the sentence (see above)."""
    announced = _ANNOUNCED.search(text[:OPENING])
    if announced is None:
        return False
    if _TARGETS_HEADING.search(text, announced.end()) is None:
        return False
    if MONEY.search(text, announced.end()) is None:
        return False
    return other_class(text) is None
