"""A text that masks its own year (xxxx年度, 20xx年): no other year it writes is the
report's (fifty-third trial).

A document site's preview of a county's report masks its names and its year: "xx县财政局
关于开展xxxx年度专项资金绩效重点评价的通知", "对县委组织部“xxxx年村级组织活动场所建设项目”开展
了绩效评价" (trial 53's 899). The year the report is of is hidden; the years it still writes
are others: when the project began (从2011年开始), when the money was budgeted (从2012年开始),
when the evaluation was done (2015年5月8日). Reading the first of them made 899's year 2011.
Where the text writes a masked year outside a cited document's title (《…》), the title
naming none, no year is read from the body: the corpus's masked texts (113, 118, 188, 866,
91: 20xx年) are all of no year. A masked year only inside a cited title (《关于下达20xx年…》)
masks that document's date, not the report's, and reads nothing here.
"""

from __future__ import annotations

import re

__all__ = ["masks_its_year"]

_MASKED = re.compile(r"(?<![xX×Ｘｘ*＊\d])(?:[xX×Ｘｘ*＊]{4}|20[xX×Ｘｘ*＊]{2})[ \t\u3000]*年")
_CITED = re.compile(r"《[^《》\n]{1,80}》")


def masks_its_year(head: str) -> bool:
    """Whether ``head`` writes a masked year outside a cited document's title."""
    return bool(_MASKED.search(_CITED.sub(lambda m: " " * len(m.group()), head)))
