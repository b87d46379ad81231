"""A project's report on its funds' arrival and execution: a sign of the genre with no title.

A college's mid-term report on its “双高计划” project, reproduced on an e-book site with no
title (trial 62's 1243: 总体实现程度概述 / (一)总体目标的实现程度… / (二)项目经费到位和执行情况
概述 / 1.项目经费足额到位 / 学校层面:2019—2021年预算总资金18 189万元,… 总资金到位18 398.31万元,
项目经费到位率101.15%。/ 2.项目经费执行率高 …资金执行率为99.54%), states its project's money
under the heading the project template gives its funds' arrival (项目资金到位情况(分析), the
corpus's 40-odd project reports) and the rate of arrival or execution: a project report of the
family, however few of the family's other words the page kept.

All are asked: a numbered heading naming the project's funds' arrival (一、/(二)/1. 项目资金
到位情况, 项目经费到位和执行情况, 资金足额到位); a rate of arrival or of execution (到位率101.15%,
执行率为99.54%); a money figure (``report`` asks it first). An audit's 整改到位资金 is no such
heading, and a text of another class (``otherclasses``) is not read.
"""

from __future__ import annotations

import re

from govkg.ingest.document.otherclasses import other_class

__all__ = ["reports_funds_arrival"]

_HEADING = re.compile(
    r"^[ \t\u3000]*(?:[（(][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十]{1,3}\s*[、.．]"
    r"|\d{1,2}\s*[、.．])[ \t\u3000]*(?:项\s*目\s*)?(?:经\s*费|资\s*金)\s*(?:足\s*额\s*)?到\s*位",
    re.M,
)
"""(二)项目经费到位和执行情况概述, 1.项目经费足额到位, 1.项目资金到位情况分析."""
_RATE = re.compile(r"(?:到\s*位|执\s*行)\s*率\s*(?:为|达到?|是)?\s*\d+(?:\.\d+)?\s*[%％]")
"""项目经费到位率101.15%, 资金执行率为99.54%."""


def reports_funds_arrival(text: str) -> bool:
    """Whether ``text`` (simplified, with money) reports a project's funds' arrival under its
    heading with a rate (see above)."""
    if not _HEADING.search(text) or not _RATE.search(text):
        return False
    return other_class(text) is None
