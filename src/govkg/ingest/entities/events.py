"""Rule ``dated-event``: a clause that starts with a full date is an event on that date.

"2023年11月28日，省委书记…主持召开了座谈会" -> 2023-11-28, meeting. The report's own date
line is not an event.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from govkg.ingest.facts import Dated, cite
from govkg.ingest.text.numbers import calendar_date
from govkg.ingest.text.textview import TextView

__all__ = ["find_events"]

_DATE = re.compile(r"(?P<y>20\d\d)\s*年\s*(?P<m>\d{1,2})\s*月(?:\s*(?P<d>\d{1,2})\s*日)?")
_KINDS = (
    ("acceptance", "验收"),
    ("launch", "开通|上线|启用|投入使用|建成"),
    ("award", "获|荣获|评为|入选"),
    ("review", "评审|审查"),
    ("application", "申报|申请"),
    ("inspection", "检查|督查|巡查"),
    ("visit", "调研|考察|视察"),
    ("approval", "批复|批准|同意"),
    ("meeting", "会议|座谈会|大会|仪式"),
)


_STOP = re.compile(r"[。；\n]")


def find_events(view: TextView) -> Iterator[Dated]:
    text = view.text
    for match in _DATE.finditer(text):
        if text[match.end() : match.end() + 1] in ("\n", ""):  # the report's own date line
            continue
        if not calendar_date(match["y"], match["m"], match["d"]):
            continue
        stop = _STOP.search(text, match.end(), match.end() + 400)
        end = stop.start() if stop else min(len(text), match.end() + 400)
        clause = text[match.end() : end].lstrip("，, ")
        if len(clause) < 4 or text[max(0, match.start() - 1) : match.start()] in "至到-—":
            continue
        day = f"-{int(match['d']):02d}" if match["d"] else ""
        category = next((k for k, words in _KINDS if re.search(words, clause)), "other")
        yield Dated(
            rule="dated-event",
            cites=(cite(view, match.start(), end),),
            name=clause[:60],
            date=f"{match['y']}-{int(match['m']):02d}{day}",
            category=category,
        )
