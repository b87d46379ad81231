"""Rule ``commissioned-year``: the year the notice commissioning a self-evaluation asks to be
evaluated is the report's year (twenty-first trial's 267).

``citedyear`` and ``years`` keep a cited document's years off the report: a document is dated
by its own year, and a title cited (《关于下达2021年…资金的通知》) names what it is about, not
what the report covers. One cited document is the exception: the notice the report answers,
which orders this very self-evaluation and names the fiscal year it covers. "根据《某市财政局转发
财政部关于开展2022年度中央对地方转移支付预算执行情况绩效自评工作的通知》…要求,现将…资金支出
绩效自评如下" is a self-evaluation of 2022, whatever other years its body cites (2021年民生工程
资金…). Read only where all of it holds:

- the title cited says 开展 (or 做好) a year's 绩效自评 / 绩效评价 (自评价), the year written
  with 年 right after the verb: 开展2022年度…绩效自评工作;
- the report cites it as its ground: 根据 / 按照 / 依据 before the 《 in the same sentence;
- it is the first such notice of the opening; a text covering a range of years (2019-2021年)
  keeps its year unknown (``years``).

A notice cited for another purpose (《关于下达2022年…资金的通知》), one that does not commission
an evaluation (《关于开展2022年度预算编制工作的通知》), or one not given as the report's ground
(…印发了《关于开展2022年度绩效自评工作的通知》) dates nothing.
"""

from __future__ import annotations

import re

__all__ = ["commissioned_year"]

_COMMISSIONING = re.compile(
    r"(?:根据|按照|依据)[^。；;\n《]{0,30}《[^《》\n]{0,60}?(?:开展|做好)[ \t\u3000]*"
    r"(?P<year>20\d\d)[ \t\u3000]*年度?[^《》\n]{0,60}?绩[ \t\u3000]*效[ \t\u3000]*"
    r"(?:自[ \t\u3000]*评|评[ \t\u3000]*价)[^《》\n]{0,30}》"
)


def commissioned_year(head: str) -> re.Match | None:
    """The first notice the report cites as its ground that commissions a year's
    self-evaluation (see above), its year in the group ``year``; None where none is."""
    return _COMMISSIONING.search(head)
