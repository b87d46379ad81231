"""Rule ``project-count``: the unit a project summary report says its projects are
(twenty-sixth trial).

A unit's summary self-evaluation of all its projects (``titlesummary``) names no unit in its
title and speaks of itself as 我处 / 我单位; its body then counts the projects it reports on,
opening on the unit: "(一)南昌市某某管理处2022年度共有5个项目". The unit whose projects the
report counts is the reporter. Read only where the name opens its sentence or heading and is
placed (``issuer.placed``: 样例市某某处); a whole area or set (全市共有…, 各单位共有…), a pronoun
(我处共有…) or a sentence handing money to it (市财政局为…下达…) names none.
"""

from __future__ import annotations

import re

from govkg.ingest.document.issuer import NAME, Stated, placed

__all__ = ["project_holder"]

_COUNT = re.compile(
    r"(?:^|[。；;！!\n]|[一二三四五六七八九十]+\s*[、.．]|[（(][一二三四五六七八九十\d]+[）)])"
    rf"[ \t\u3000]*(?P<unit>{NAME})[ \t\u3000]*(?:20\d\d\s*年度?)?[ \t\u3000]*"
    r"(?:共有|共计|共实施|共安排)[ \t\u3000]*(?:\d+|[一二三四五六七八九十]+)[ \t\u3000]*个项目",
    re.M,
)
"""X(2022年度)共有5个项目: a sentence or heading opening on the unit, then its project count."""


def project_holder(head: str) -> Stated | None:
    """The unit whose projects a sentence of ``head`` (simplified) counts, with its span."""
    for found in _COUNT.finditer(head):
        if placed(found["unit"]):
            return found["unit"], found.span("unit")
    return None
