"""Title words of a unit's summary self-evaluation of its projects (twenty-sixth trial).

A unit with several projects may report on them all in one text, "2022年度项目支出绩效自评
总报告": 总 stands between 自评 and 报告, and the body then counts its projects (共有5个项目)
and reports on each. It is a report of the project genre. Only a title is read: the words
ending their line, or a file's name ending in its extension (a document-sharing site's
wrapper 《2022年度项目支出绩效自评总报告.docx》由会员分享…). A sentence that names such a
report and goes on (…的自评总报告已报送财政局。, 关于报送…自评总报告的通知) is none.
"""

from __future__ import annotations

__all__ = ["SUMMARY_TITLE"]


def _spaced(words: str) -> str:
    return r"\s*".join(words)


SUMMARY_TITLE = (
    rf"|{_spaced('项目')}\s*(?:{_spaced('支出')}\s*)?{_spaced('绩效')}\s*{_spaced('自评')}\s*"
    rf"{_spaced('总')}\s*(?:{_spaced('结')}\s*)?{_spaced('报告')}"
    r"(?=[ \t\u3000]*(?:\n|$)|\.(?:docx?|pdf|wps)\b)"
)
"""项目(支出)绩效自评总(结)报告, ending its line or a file's name."""
