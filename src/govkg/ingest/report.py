"""Rule ``report-title``: which unit reports on which year, when, and whether it is whole.

A text that has no title of the genre (…年度…部门（单位）整体支出绩效自评报告) and none of
its spending sections is refused: ingesting a news item would only invent facts.
"""

from __future__ import annotations

import re

from govkg.errors import IngestError
from govkg.ingest.facts import Cite, ExtractedDocument, cite
from govkg.ingest.numbers import calendar_date
from govkg.ingest.textview import TextView

__all__ = ["read_document"]

# The genre's name, with the spaces and line breaks PDFs put inside it: 整体支出 绩效自评报告,
# 整体支出\n\n绩效评价自评报告, 整体绩效自评报告, 整体支出绩效评价报告, …自评情况的报告.
_GENRE = (
    r"(?:部门|单位)?\s*(?:[（(]单位[）)])?\s*整\s*体\s*(?:支\s*出\s*)?绩\s*效\s*(?:评\s*价\s*)?"
    r"(?:自\s*评|自\s*我\s*评\s*价|评\s*价)?\s*(?:情\s*况)?\s*的?\s*报\s*告"
)
_YEAR = r"(?P<year>20\d\d)\s*年(?:度|(?!度))"
_NAME = r"(?P<unit>[^\n，。：:、；]{2,40}?)"
_TITLES = (
    re.compile(_YEAR + r"\s*(?!部门|单位|度)" + _NAME + r"\s*(?:" + _GENRE + ")"),
    re.compile(_NAME + r"\s*(?:关于)?" + _YEAR + r"\s*(?:" + _GENRE + ")"),
)
# Where a title names no unit or year, a field or the opening sentence does.
_FIELD_UNIT = re.compile(
    r"(?:部门[（(]单位[）)]名称|单位名称|部门名称|填报单位|评价单位)(?:[（(](?:公章|盖章)[）)])?"
    r"[ \t\u3000]*[：:][ \t\u3000]*(?P<unit>[^\s，。；、:：]{2,40})"
)
_FIELD_YEAR = re.compile(r"(?:评价年度|报告年度|年度)[ \t\u3000]*[：:][ \t\u3000]*(?P<year>20\d\d)")
_OPENING = re.compile(
    r"现将\s*(?P<year>20\d\d)\s*年度?\s*(?P<unit>[^\n，。：:、；]{2,40}?)\s*(?:部门|单位)?\s*整体支出"
)
_PLACE_ONLY = re.compile(r"[\u4e00-\u9fff]{1,3}[省市县区州]")
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
    genre = re.search(_GENRE, head[:400])  # a title opens the text; a news item names it later
    if genre is None:
        raise IngestError(
            file,
            "does not look like a 部门整体支出绩效自评报告: it opens with no title like "
            "'2023年度…部门（单位）整体支出绩效自评报告'",
        )
    unit, year, spans = _unit_and_year(head, genre)
    if not unit or not year:
        raise IngestError(
            file,
            "its title names no reporting unit or no year, and no field (填报单位：…, "
            "评价年度：…) or opening sentence (现将2023年度…) does",
        )
    cites: list[Cite] = [cite(view, start, end) for start, end in spans]
    date = None
    dates = [m for m in _DATE_LINE.finditer(view.text) if m.start() < 300]
    dates += [m for m in _DATE_LINE.finditer(view.text) if m.start() > len(view.text) - 400]
    dates = [m for m in dates if calendar_date(m["y"], m["m"], m["d"])]
    if dates:
        found = dates[0]
        date = f"{found['y']}-{int(found['m']):02d}-{int(found['d']):02d}"
        cites.insert(0, cite(view, found.start(), found.end()))
    notes = []
    if not _SPENDING.search(view.text):
        notes.append("it has no spending section (基本支出, 项目支出…): the text looks incomplete")
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
        title=re.sub(r"\s+", "", view.text[spans[0][0] : spans[0][1]]),
        unit=unit,
        year=year,
        date=date,
        complete=not notes,
        notes=tuple(notes),
    )


def _unit_and_year(head: str, genre: re.Match) -> tuple[str, int | None, list[tuple[int, int]]]:
    """From the title; else, or where the title names only a place, from a field or the
    opening sentence. The spans cited: the title first, then what filled it in."""
    title = next((m for pattern in _TITLES for m in pattern.finditer(head)), None)
    field, opening = _FIELD_UNIT.search(head), _OPENING.search(head)
    if title is not None:
        unit = re.sub(r"\s+", "", title["unit"]).removeprefix("度").removesuffix("关于")
        spans = [title.span()]
        if field and _PLACE_ONLY.fullmatch(unit):  # 岳阳市2018年度部门整体支出…, 名称：…
            unit = field["unit"]
            spans.append(field.span())
        return unit, int(title["year"]), spans
    line_start = head.rfind("\n", 0, genre.start()) + 1
    line_end = head.find("\n", genre.end())
    spans = [(line_start, line_end if line_end >= 0 else len(head))]
    unit = year = None
    if field:
        unit = field["unit"]
        spans.append(field.span())
    elif opening:
        unit = re.sub(r"\s+", "", opening["unit"])
        spans.append(opening.span())
    year_field = _FIELD_YEAR.search(head)
    for found in (opening, year_field, re.search(_YEAR, head)):
        if found and year is None:
            year = int(found["year"])
            if found.span() not in spans:
                spans.append(found.span())
    return unit or "", year, spans
