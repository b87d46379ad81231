"""Rule ``serving-office``: an office introduced as the 办事机构 of the body the opening
introduced before it is the reporting unit (twenty-first trial).

A 政协 (or a 人大常委会, a party committee) keeps its budget in its office: the department
that reports is "中国人民政治协商会议某省委员会办公厅", and its report opens by saying what the
body is, then what its office is: "中国人民政治协商会议某省委员会(以下简称省政协)是…的地方委员会
…。中国人民政治协商会议某省委员会办公厅(以下简称省政协办公厅)是省政协的综合办事机构". The first
introduction names the body the office serves, not the unit whose money the report states (2023
年省政协办公厅收入…). Read only where the office's own sentence says it is the body's 办事机构
(综合办事机构, 常设办事机构), the body named before it in the text (in full or by its 以下简称),
and the office's name ends on an office word (办公厅, 办公室): a unit merely named after another
(…局下属的…中心), or a body that introduces no office, is read as before.
"""

from __future__ import annotations

import re

from govkg.ingest.document.issuer import NAME, Stated

__all__ = ["serving_office"]

_OFFICE = re.compile(
    rf"(?:^|[。；;\n])[ \t\u3000]*(?P<office>{NAME})[ \t\u3000]*"
    r"(?:[（(]以下简称[^）)\n]{1,20}[）)])?[ \t\u3000]*(?:是|为|系)"
    r"(?P<body>[^，,。；;\n（）()]{2,40}?)的[\u4e00-\u9fff]{0,4}?办事机构",
    re.M,
)
_OFFICE_WORD = re.compile(r"(?:办公厅|办公室)$")
_NOT_SELF = re.compile(r"^(?:本|我|该|其|各|下属|所属|直属)")


def serving_office(head: str) -> Stated | None:
    """The office the opening introduces as the 办事机构 of a body named before it, as
    written, with its span; None where no such introduction is."""
    for found in _OFFICE.finditer(head):
        office, body = found["office"], found["body"]
        if not _OFFICE_WORD.search(office) or _NOT_SELF.match(office):
            continue
        if body in head[: found.start("office")]:
            return office, found.span("office")
    return None
