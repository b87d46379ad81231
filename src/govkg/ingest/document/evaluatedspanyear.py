"""An evaluation of a span of years is of the span's last year.

A finance bureau's notice of its key evaluation of a project run over several years (trial
60's 1171: …财政局…对2019-2021年道路保洁项目开展重点绩效评价,涉及资金6.5亿元, no title in the
excerpt) was read with no year: ``years.stated_year`` reads none where a text covers a range.
The corpus dates an evaluation of a span by its last year, the year the evaluation closes: 442
(对2015—2018年度…学前教育专项资金…进行了绩效评价) is 2018, 745 (对2013-2019年度地质灾害防治
省对下专项项目开展绩效评价) 2019, 493 (对2022—2023年度…专项转移支付资金绩效情况进行实地抽查
评价) 2023, as ``titlespanyear`` reads a title's span.

Read only where the span is what is evaluated: 对 right before it, and in the same sentence
(no 。 or line between) a performance evaluation made of it (开展/进行/实施 … 评价). A span
said of a plan (2019-2021年规划), of money (2019-2021年共安排…) or followed by no evaluation
reads nothing here.
"""

from __future__ import annotations

import re

__all__ = ["evaluated_span_year"]

_EVALUATED = re.compile(
    r"对\s*(?P<first>20\d\d)\s*(?:年\s*度?)?\s*[-—~至到－–]\s*(?P<year>20\d\d)\s*年\s*度?"
    r"[^。；;\n]{0,60}?(?:开\s*展|进\s*行|实\s*施)[^。；;\n]{0,12}?评\s*价"
)


def evaluated_span_year(head: str) -> re.Match | None:
    """The last year of the span an evaluation is made of (group ``year``), its last year
    after its first (see above); None otherwise."""
    for found in _EVALUATED.finditer(head):
        if found["first"] < found["year"]:
            return found
    return None
