"""A news item on a body's published budget names its unit by the totals it states of it.

A paper relaying a body's 部门预算 names the body with its totals, again and again, and names
no place (trial 61's 1203, 故宮今年文保預算8058萬元: 北京故宮博物院在其官網公布的《2023年度部門
預算》數據顯示:2023年故宮博物院收支總預算128023.79萬元 … 故宮博物院2023年收入預算128023.79萬元,
unnamed before). The body whose year's budget total the item states twice is the unit whose
budget it is, named as the item writes it.

Read only in a news item (数据显示, 据了解, 记者, 日前…公布), and only where the same name, ending
on an organisation word, stands right before or after the year (2023年X, X2023年) and right
before its budget total (收支总预算, 收入预算, 支出预算, 预算总收入) with an amount, at least twice.
A name stated once, or two names each once (a roundup of bodies), names none.
"""

from __future__ import annotations

import re

from govkg.ingest.document.issuer import NAME
from govkg.ingest.document.mostnamed import most_named

__all__ = ["budget_subject"]

ENOUGH = 2
_TOTAL = re.compile(
    rf"(?:20\d\d\s*年度?\s*)?(?P<unit>{NAME})\s*(?:20\d\d\s*年度?\s*)?(?:部门)?\s*"
    r"(?:收\s*支\s*总\s*预\s*算|收\s*入\s*预\s*算|支\s*出\s*预\s*算|预\s*算\s*总\s*收\s*入)"
    r"\s*(?:总\s*额|总\s*计|合\s*计)?\s*(?:为|是)?\s*\d[\d,]*(?:\.\d+)?\s*(?:万\s*元|亿\s*元|元)"
)
_NEWS = re.compile(r"数\s*据\s*显\s*示|据\s*了\s*解|记\s*者|日\s*前|本\s*报\s*讯|据\s*悉")
_YEAR = re.compile(r"20\d\d\s*年")


def budget_subject(head: str) -> tuple[str, tuple[int, int]] | None:
    """The body whose budget total a news item (``head``, simplified) states at least
    ``ENOUGH`` times, each by the same name beside the year (see above), with its first span;
    else None."""
    if not _NEWS.search(head):
        return None
    found = [m for m in _TOTAL.finditer(head) if _YEAR.search(m.group())]
    first = most_named(found, ENOUGH)
    if first is None:
        return None
    return first["unit"], first.span("unit")
