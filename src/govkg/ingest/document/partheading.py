"""A unit the body names short while the text's own part headings name it in full (trial
58's 1120).

A budget note with no title may open on its part headings, the unit's name glued between the
part's number and its subject: "第一部分自治区人民政府机关事务管理局概况 … 第二部分自治区人民
政府机关事务管理局部门预算安排情况说明", while its body's sentence says "自治区政府机关事务管理局
属参公管理事业单位", the 人民 of 人民政府 left out as speech leaves it out. The headings are the
name the unit gives its own note, so they win over the sentence's form. Read only where a
heading's name writes the body's name in full: the same opening characters and the same
organisation word, the body's characters in order, longer; a heading naming another body (a
subordinate, a superior: its organisation word differs) leaves the body's name standing.
"""

from __future__ import annotations

import re

from govkg.ingest.document.issuer import NAME, ORG, Stated
from govkg.ingest.text.namewords import in_order

__all__ = ["part_heading_in_full"]

_PART = re.compile(
    r"^[ \t\u3000]*第[一二三四五六七八九十]+部分[ \t\u3000]*"
    rf"(?P<unit>{NAME})[ \t\u3000]*"
    r"(?:(?:部门|单位)?(?:概况|基本情况)|(?:20\d\d\s*年度?)?(?:部门|单位)?(?:预算|决算))",
    re.M,
)


def part_heading_in_full(head: str, short: str) -> Stated | None:
    """The name a part heading of ``head`` (simplified) writes ``short`` in full, with its
    span; None where no heading does (see above)."""
    short = re.sub(r"\s+", "", short)
    ending = re.search(ORG + "$", short)
    if ending is None or len(short) < 4:
        return None
    for found in _PART.finditer(head):
        name = found["unit"]
        if len(name) <= len(short) or name[:2] != short[:2] or not name.endswith(ending.group()):
            continue
        if in_order(short, name):  # the body's characters, in order
            return name, found.span("unit")
    return None
