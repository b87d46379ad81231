"""Title words of a fund's self-evaluation written the long way (twenty-first trial).

A central transfer's receiving bureau titles its self-evaluation after the fund, and two
forms of it were not read: "样例市文化局关于中央支持地方某某补助资金支出绩效的自评报告" (支出
and a 的 between the fund's money and 自评报告) and "中央支持地方某某补助资金2022年度绩效自评
报告" (the fiscal year between the fund and 绩效自评报告). Both are reports of the project
genre. Only a line ending on the title's words is such a title: a news item or a notice that
names a fund's 自评报告 inside a sentence (…绩效的自评报告已报送市财政局。, 关于报送…自评报告
的通知) is none.
"""

from __future__ import annotations

__all__ = ["FUND_TITLE"]


def _spaced(words: str) -> str:
    return r"\s*".join(words)


FUND_TITLE = (
    rf"|(?:{_spaced('资金')}|{_spaced('经费')})\s*(?:[（(][^（()）\n]{{1,30}}[)）]\s*)?"
    rf"(?:20\d\d\s*年\s*度?\s*)?"
    rf"(?:{_spaced('支出')}\s*)?{_spaced('绩效')}\s*的?\s*{_spaced('自评')}\s*"
    rf"(?:{_spaced('情况')}\s*)?的?\s*{_spaced('报告')}(?=[ \t\u3000]*(?:\n|$))"
)
"""A fund's title, 资金 then (what it funds, in brackets: 省级交通专项资金(普通公路水路建设),
fiftieth trial's 790,) (its year,) (支出,) 绩效(的)自评(情况)(的)报告, ending its line."""
