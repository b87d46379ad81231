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


def bracket_byline(head: str) -> tuple[str, tuple[int, int]] | None:
    """The unit a bracketed byline (see above) names, with its span; else None."""
    found = _BYLINE.search(head[:800])
    if found is None or not placed(found["unit"]):
        return None
    return found["unit"], found.span("unit")
