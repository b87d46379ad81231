"""News of departments' budgets: a budget note's own lines stated with money, twice.

A newspaper may report the budgets a city's departments made public (trial 60's 1165, a
新京报 item on 北京市's 2019 市级部门 budgets, refused before: 北京市人民政府口岸办公室机关运行
经费比去年减少0.07万元 … 北京市文物局基本支出预算35310.37万元). It has no title of the family,
no heading of it, and names the 三公 with no amount of their own; the corpus files such news
with the accounts, as it files a 三公 news item (``threepublicfigures``). What it shares with
a department's budget or accounts note is the note's own lines, each with an amount in its
clause: 机关运行经费, 基本支出, 项目支出, 人员经费, 公用经费. At least ``ENOUGH`` of them, with
departments (部门) named, in a text of no class of non-report but news (``otherclasses``): a
news item that names a line with no amount (机关运行经费降幅近三成), or names it once with money,
is not enough; a government's budget, an audit or a notice allocating funds stays refused
whatever its lines' money.
"""

from __future__ import annotations

import re

from govkg.ingest.document.otherclasses import other_class

__all__ = ["reports_department_budgets"]

_LINE_FIGURE = re.compile(
    r"(?:机\s*关\s*运\s*行\s*经\s*费|基\s*本\s*支\s*出|项\s*目\s*支\s*出|人\s*员\s*经\s*费"
    r"|公\s*用\s*经\s*费)[^。；;！？!?\n]{0,24}?(?<![\d.])\d[\d,]*(?:\.\d+)?\s*(?:万\s*元|亿\s*元|元)"
)
"""…机关运行经费比去年减少0.07万元, 基本支出预算35310.37万元: a note's line, money in its clause."""
_DEPARTMENTS = re.compile(r"部\s*门")
ENOUGH = 2
SCANNED = 20_000  # characters


def reports_department_budgets(text: str) -> bool:
    """True where ``text`` (simplified, a mirror's readings taken out) states a budget note's
    lines with money at least ``ENOUGH`` times, names departments, and shows no sign of a
    class of non-report but news (see above)."""
    scanned = text[:SCANNED]
    if len(_LINE_FIGURE.findall(scanned)) < ENOUGH or not _DEPARTMENTS.search(scanned):
        return False
    return other_class(text) in (None, "news")
