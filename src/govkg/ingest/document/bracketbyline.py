"""A title's byline in brackets: the unit and the date it signed, right after the title
("…项目资金绩效自评报告(样例市某某局2031年4月13日)一、项目概况…", a sharing site's page
run into one line: the thirty-ninth and fortieth trials' 579).

The signer of the report is its unit, as a signature at the end would be. Read only as a
bracket that holds a placed name ending on an organisation word and a full date, nothing
else (a bracket that cites a document, 〔2031〕5号, or a sentence is none).
"""

from __future__ import annotations

import re

from govkg.ingest.document.issuer import placed
from govkg.ingest.document.titleunit import UNIT_END

__all__ = ["bracket_byline"]

_BYLINE = re.compile(
    rf"[（(][ \t\u3000]*(?P<unit>[\u4e00-\u9fff]{{4,30}}?{UNIT_END})[ \t\u3000]*"
    r"20\d\d[ \t\u3000]*年[ \t\u3000]*\d{1,2}[ \t\u3000]*月[ \t\u3000]*\d{1,2}[ \t\u3000]*日"
    r"[ \t\u3000]*[）)]"
)


_DATE_AFTER = re.compile(
    rf"报[ \t\u3000]*告[ \t\u3000]*\n?[ \t\u3000]*(?P<unit>[\u4e00-\u9fff]{{4,30}}?{UNIT_END})"
    r"[ \t\u3000]*\n?[ \t\u3000]*[（(][ \t\u3000]*"
    r"20\d\d[ \t\u3000]*年[ \t\u3000]*\d{1,2}[ \t\u3000]*月[ \t\u3000]*\d{1,2}[ \t\u3000]*日"
    r"[ \t\u3000]*[）)]"
)
"""The byline's other form: the name right after the title's 报告, the date alone in brackets
after it ("南县 2021 年渔政执法经费 支出绩效评价报告 南县农业综合行政执法大队 (2022 年 2 月 23
日) 为进一步…", a document's cover run into one line: fifty-third trial's 890)."""


def bracket_byline(head: str) -> tuple[str, tuple[int, int]] | None:
    """The unit a bracketed byline (see above) names, with its span; else None."""
    for byline in (_BYLINE, _DATE_AFTER):
        found = byline.search(head[:800])
        if found is not None and placed(found["unit"]):
            return found["unit"], found.span("unit")
    return None
