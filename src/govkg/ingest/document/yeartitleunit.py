"""A 三公 title that opens on its year names its unit right after it (forty-fourth trial).

A budget table of the 三公 money may be titled with the year first: "2031年市某某委财政拨款
“三公”经费预算表". The words between the year and (财政拨款)“三公”经费 are whose money it is,
as a sentence's subject is (``threepublic.yearsubject``), and a title is the unit's own
heading, so its name is read as written, a relative one too (市某某委: its place the host's).
Asked only where no stronger rule named a unit, and only for a line that is the title alone,
among the first lines of the text: the year, the unit ending on an organisation word, the
三公 money and its budget or accounts (预算/决算, with 表/情况/说明 after it). A pronoun, a
whole area or a level (全市, 各部门, 市级) names no unit.
"""

from __future__ import annotations

import re

from govkg.ingest.document.issuer import NAME
from govkg.ingest.text.namewords import NOT_A_NAME_START
from govkg.ingest.text.simplified import simplified

__all__ = ["year_title_unit"]

_TITLE = re.compile(
    rf"^[ \t\u3000]*20\d\d[ \t\u3000]*年度?[ \t\u3000]*(?P<unit>{NAME})[ \t\u3000]*"
    r"(?:财政(?:预算)?拨款)?[“\"']三公[”\"']经费(?:财政拨款)?(?:支出)?(?:预算|决算)"
    r"(?:表|情况|说明|公开)*[ \t\u3000]*$",
    re.M,
)
_NOT_A_NAME = re.compile(rf"^(?:{NOT_A_NAME_START}|市级|县级|区级|省级|部门|单位)")
LINES = 5  # the first lines of the text, where its title stands


def year_title_unit(head: str) -> tuple[str, tuple[int, int]] | None:
    """The unit a 三公 title opening on its year names (see above), with its span in
    ``head``; None where no such title line is among the first lines."""
    lines = head.split("\n")[:LINES]
    opening = "\n".join(lines)
    for found in _TITLE.finditer(simplified(opening)):
        if _NOT_A_NAME.match(found["unit"]):
            continue
        return opening[found.start("unit") : found.end("unit")], found.span("unit")
    return None
