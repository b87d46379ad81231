"""The unit a report's organisation section introduces as established: its own subject.

A budget or accounts note may open its 部门基本情况 on the unit's founding: "(一)部门机构设置、
职责 / 國家大劇院是依據北京市機構編制委員會辦公室《關於…的函》成立的市屬正局級事業單位"
(forty-eighth trial's 755, whose first line the family's titles do not read). The section that
says how the unit was set up speaks of the unit itself, so the organisation its first
sentence opens on, said to have been established (是依据/根据/经…成立/设立/组建的…单位/机关/
机构), is the reporting unit. Read only right under a heading of the unit's organisation
(机构设置, 职能职责, 部门职责, 基本情况); a name met later in the section (the body that
approved it: 北京市机构编制委员会办公室) is not taken. The name must say where it is
(样例县…) or be a national body (国家…, 中国…); an unplaced one is not read.
"""

from __future__ import annotations

import re

from govkg.ingest.document.issuer import NAME, Stated, placed

__all__ = ["established_subject"]

_ESTABLISHED = re.compile(
    r"(?:机构设置|职能职责|部门职责|单位职责|主要职责|基本情况)[^\n]{0,12}\n[ \t\u3000]*"
    rf"(?P<unit>{NAME})[ \t\u3000]*(?:是|系)[^。\n]{{0,80}}?(?:成立|设立|组建)的"
    r"[^。\n]{0,20}?(?:事业单位|行政机关|行政单位|机构|单位)"
)
_NATIONAL = re.compile(r"^(?:国家|中国|中央)[\u4e00-\u9fff]{2,}")


def established_subject(head: str) -> Stated | None:
    """The placed or national unit an organisation section's first sentence says was
    established (see above); None where the section opens on no such name."""
    for found in _ESTABLISHED.finditer(head):
        name = found["unit"]
        if placed(name) or _NATIONAL.match(name):
            return name, found.span("unit")
    return None
