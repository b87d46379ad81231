"""A unit named by the short form the text itself defines is that unit's full name (forty-
fourth trial).

A 部门决算 may introduce its unit once in full and name it short after: "…更名为杭州某某风景区
某某管理处,以下简称某某管理处,负责…"; its template's sentences then use the short form
("从预算单位构成看,某某管理处部门决算包括…"). The text says the two are one unit, so the
name read from the body is written in full. Only where the short form is the one the
text defines right after a name (…X,以下简称Y / X(以下简称Y)) and the full name ends on the
short one or holds its characters in order (区委网信办 of 中共…网络安全和信息化委员会办公室);
a short form defined for another unit or a thing (以下简称“项目”) is never this one.
"""

from __future__ import annotations

import re

from govkg.ingest.text.namewords import in_order
from govkg.ingest.text.simplified import simplified

__all__ = ["defined_in_full"]

_CUT = re.compile(r"(?:更名为|改名为|名称为|现为|[为是系即对由与和及、])")
"""Words before which a full name cannot start: the verb or link that introduces it."""
_ORG_END = re.compile(
    r"(?:委员会|办公室|管理处|中心|局|委|办|厅|院|所|站|队|处|馆|会|政府|公司|集团)$"
)
REACH = 40  # characters of the full name at most


def defined_in_full(text: str, short: str) -> tuple[str, tuple[int, int]] | None:
    """The full name and its span in ``text`` where the text defines ``short`` as its
    short form (see above); None where it does not."""
    plain = simplified(text)
    defined = re.compile(
        rf"(?P<before>[\u4e00-\u9fff]{{2,{REACH}}})[ \t\u3000]*(?:[，,][ \t\u3000]*|[（(])"
        rf"以下简称[“\"]?{re.escape(short)}[”\"]?(?=[）)，,。；;、\s]|$)"
    )
    for found in defined.finditer(plain):
        before = found["before"]
        cuts = list(_CUT.finditer(before))
        start = cuts[-1].end() if cuts else 0
        full = before[start:]
        if full == short or len(full) <= len(short) or not _ORG_END.search(full):
            continue
        if not (full.endswith(short) or in_order(short, full)):
            continue
        first = found.start("before") + start
        return text[first : first + len(full)], (first, first + len(full))
    return None
