"""A title that names its unit, its year and only 绩效自评报告: "样例县某某站2031年度绩效自评
报告" (the thirty-ninth trial's 550), with no 项目 or 整体 word for the genre's title patterns.

The unit the title opens on files the report: it is read before the page's publisher field,
which may name the parent bureau whose site hosts it (发布机构 样例县某某局). Read only on a
line that is that title alone, in the opening, and only a placed name that ends on an
organisation word; a sentence (…开展了2031年度绩效自评报告的编写) is no title.
"""

from __future__ import annotations

import re

from govkg.ingest.document.issuer import placed
from govkg.ingest.document.titleunit import UNIT_END

__all__ = ["bare_evaluation_title"]

_TITLE = re.compile(
    r"^[ \t\u3000]*(?P<unit>[\u4e00-\u9fff（）()]{4,40}?"
    rf"(?:{UNIT_END}|处|馆|园|校|社))[ \t\u3000]*20\d\d[ \t\u3000]*年度?[ \t\u3000]*"
    r"(?:绩效)?自评报告[ \t\u3000]*$",
    re.M,
)


def bare_evaluation_title(head: str) -> tuple[str, tuple[int, int]] | None:
    """The unit such a title line names (see above), with its span; else None."""
    found = _TITLE.search(head[:600])
    if found is None or not placed(found["unit"]):
        return None
    return found["unit"], found.span("unit")
