"""The function classes (类 / 款) listed under a revenue section's 财政拨款 are revenue by
source (forty-second trial).

A 决算 note's section on where revenue came from breaks its appropriation down by the
classes of the functional classification:

    (二)部门决算收入来源情况。决算收入4089.45万元,…其中:
    1、财政拨款3961.45万元,…其中:
    (1)文化体育与传媒(类)3945.69万元,…包括文物(款)3845.69万元,文化事业建设费安排的支出(款)100万元。

A class's name says no kind (文物(款)), or says 支出 as part of the name
(…安排的支出(款)); but under a section headed for revenue (收入, never 支出), after
财政拨款, each class's figure is the appropriation received for it: REVENUE. Only for an
amount right after a name closing in (类) or (款); the same lists under a spending section
(部门决算支出情况), or a section heading naming both 收入 and 支出, keep their reading.
"""

from __future__ import annotations

import re

from govkg.ingest.kinds.revenuesection import revenue_heading
from govkg.ingest.text.amounts import PINYIN

__all__ = ["revenue_class_kind"]

_CLASS_NAME = re.compile(
    r"[\u4e00-\u9fff][\u4e00-\u9fff、]{0,30}[（(]\s*[类款]\s*[）)]\s*(?:为|是|[:：])?\s*$"
)


def revenue_class_kind(text: str, start: int, own: str, kind: str | None) -> str | None:
    """REVENUE for a 类 / 款 figure under 财政拨款 in a revenue section (the rule above);
    else ``kind``."""
    if kind not in (None, "SPENDING") or not _CLASS_NAME.search(PINYIN.sub("", own)):
        return kind
    heading = revenue_heading(text, start)  # a section on revenue (收入, never 支出)
    if heading is None or "财政拨款" not in text[heading.end() : start]:
        return kind
    return "REVENUE"
