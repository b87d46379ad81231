"""Rule ``report-title``: which unit reports on which year, when, and whether it is whole.

A text that has no title of the genre (…年度…部门（单位）整体支出绩效自评报告) and none of
its spending sections is refused: ingesting a news item would only invent facts.
"""

from __future__ import annotations

import re

from govkg.errors import IngestError
from govkg.ingest.facts import Cite, ExtractedDocument, cite
from govkg.ingest.textview import TextView

__all__ = ["read_document"]

_GENRE = (
    r"(?:部门|单位)?(?:[（(]单位[）)])?整体支出(?:绩效)?(?:自评|自我评价|评价)(?:情况)?的?报告"
    r"|(?:部门|单位)?(?:[（(]单位[）)])?整体支出绩效报告"
)
_YEAR = r"(?P<year>20\d\d)\s*年(?:度|(?!度))"
_NAME = r"(?P<unit>[^\n，。：:、；]{2,40}?)"
_TITLES = (
    re.compile(_YEAR + r"\s*(?!部门|单位|度)" + _NAME + r"\s*(?:" + _GENRE + ")"),
    re.compile(_NAME + r"\s*(?:关于)?" + _YEAR + r"\s*(?:" + _GENRE + ")"),
)
_DATE_LINE = re.compile(
    r"^[ \t\u3000]*(?:(?:报告|填报|编制)?日期\s*[：:]\s*)?[（(]?"
    r"(?P<y>20\d\d)\s*年\s*(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*日[）)]?[ \t\u3000]*$",
    re.M,
)
_SPENDING = re.compile(r"基本支出|项目支出|人员经费|公用经费|支出情况|预算支出")
_CLOSING = re.compile(r"存在的?问题|改进措施|整改措施|自评结果|其他需要说明|下一步")
_ENDS = "。！？.!?）)”"
RULE = "report-title"


def read_document(view: TextView, file: str) -> ExtractedDocument:
    """The report's title, unit, fiscal year and date; IngestError if it is not one."""
    head = view.text[:1500]
    title = None
    for pattern in _TITLES:
        for match in pattern.finditer(head):
            title = match
            break
        if title:
            break
    if title is None or not _SPENDING.search(view.text):
        missing = (
            "a title like '2023年度…部门（单位）整体支出绩效自评报告'" if title is None else ""
        )
        if not _SPENDING.search(view.text):
            missing += (" and " if missing else "") + "any spending section (基本支出, 项目支出…)"
        raise IngestError(
            file, f"does not look like a 部门整体支出绩效自评报告: it has no {missing}"
        )
    unit = re.sub(r"\s+", "", title["unit"]).removeprefix("度").removesuffix("关于")
    cites: list[Cite] = [cite(view, title.start(), title.end())]
    date = None
    dates = [m for m in _DATE_LINE.finditer(view.text) if m.start() < 300]
    dates += [m for m in _DATE_LINE.finditer(view.text) if m.start() > len(view.text) - 400]
    if dates:
        found = dates[0]
        date = f"{found['y']}-{int(found['m']):02d}-{int(found['d']):02d}"
        cites.insert(0, cite(view, found.start(), found.end()))
    notes = []
    closing = _CLOSING.search(view.text, len(view.text) // 3)
    if closing is None:
        notes.append("it has no 存在的问题 / 改进措施 section: the text looks incomplete")
    tail = _DATE_LINE.sub("", view.text[-200:]).rstrip()  # a closing date line is whole
    last_line = tail.rsplit("\n", 1)[-1]
    if len(last_line) > 20 and last_line[-1] not in _ENDS:  # short last lines: a signature
        notes.append(f"it ends mid-sentence ('…{tail[-12:]}'): the text looks cut off")
    return ExtractedDocument(
        rule=RULE,
        cites=tuple(cites),
        title=re.sub(r"\s+", "", view.text[title.start() : title.end()]),
        unit=unit,
        year=int(title["year"]),
        date=date,
        complete=not notes,
        notes=tuple(notes),
    )
