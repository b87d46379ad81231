"""A department that speaks as 我厅 and names the partner it worked with: the one other
厅 the text names is the writer (fifty-third trial).

A province's department may report on a fund without a title, a publisher or a signature,
saying only 我厅: "我厅会同省财政厅…共同下达资金计划", and citing the documents it issued,
"《省住房城乡建设厅等五部门关于…的通知》", "《省财政厅省住房城乡建设厅关于下达…的通知》"
(trial 53's 897, 贵州's lottery-fund report). The 厅 it says it worked with (会同, 联合, 与,
和 X) is not the writer; where the text names exactly one other provincial 厅, that 厅 is the
writer, named as the text writes it (省住房城乡建设厅, its province left out).

Read only where the partner the sentence names is itself a 厅 (我厅会同省级有关部门 names
none: the corpus's 524 stays unnamed), and never a 办公厅 (a government's or a ministry's
general office issues notices every department cites: 江西省人民政府办公厅, 商务部办公厅).
A text naming two other 厅s, or none, reads nothing: the writer is never guessed (the
corpus's 504, 593, 766 name only the 财政厅 that issued their notices and stay unnamed).
"""

from __future__ import annotations

import re

from govkg.ingest.document.issuer import Stated

__all__ = ["partnered_department"]

_DEPARTMENT = (
    r"(?!会同|联合|[与和同及、])(?:[\u4e00-\u9fff]{2,3}省|[\u4e00-\u9fff]{2,6}自治区|省)"
    r"[\u4e00-\u9fff]{2,12}?厅"
)
_NAMED = re.compile(
    rf"(?<![\u4e00-\u9fff厅])(?P<unit>{_DEPARTMENT})|(?<=厅)(?P<next>{_DEPARTMENT})"
)
"""A provincial 厅 by name, where a name may start: after no word, or right after another
厅's name (《省财政厅省住房城乡建设厅关于…》: two issuers written together)."""
_PARTNER = re.compile(rf"我厅[ \t\u3000]*(?:会同|联合|与|和|同)[ \t\u3000]*(?P<unit>{_DEPARTMENT})")
_OFFICE = re.compile(r"办公厅$")


def partnered_department(head: str) -> Stated | None:
    """The one provincial 厅 the text names besides the partners its 我厅 works with (see
    above), with its first span; None otherwise."""
    partners = {found["unit"] for found in _PARTNER.finditer(head)}
    if not partners:
        return None
    others: dict[str, tuple[int, int]] = {}
    for found in _NAMED.finditer(head):
        group = "unit" if found["unit"] else "next"
        name = found[group]
        if name in partners or _OFFICE.search(name):
            continue
        others.setdefault(name, found.span(group))
    if len(others) != 1:
        return None
    ((name, span),) = others.items()
    return name, span
