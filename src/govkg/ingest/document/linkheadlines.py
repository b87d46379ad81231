"""A page's row of related headlines, each a link in brackets: page furniture, no year of it read.

A news portal's mirror keeps the row of links to related items over its article (trial 62's
1267, a 三公 news page: [水利部三公經費八成用于養車…] [地震局去年公車費4100萬元] … [中央部門2010年
預算執行情況審計報告] [聚焦2011年中央部委部門預算收支 ]). Read as text, two links' years made a
year's 执行 beside the next year's 预算 in one 三公 "sentence" (``budgetyear``), and the page
was dated 2011, its 决算 figures being 2010's (去年, 2010年…實際支出; the corpus's 1037, the same
article's other page, is 2010).

A line of three or more bracketed items and nothing else is such a row: it is blanked (the
text's length and every place in it kept) before the year is read. A line with words outside
its brackets, or one or two bracketed items ([返回], [打印]), stays.
"""

from __future__ import annotations

import re

__all__ = ["without_link_headlines"]

_ROW = re.compile(
    r"^[ \t\u3000]*\[[^\[\]\n]{2,80}\](?:[ \t\u3000]*\[[^\[\]\n]{2,80}\]){2,}[ \t\u3000]*$",
    re.M,
)


def without_link_headlines(head: str) -> str:
    """``head`` with each row of bracketed headline links blanked (see above)."""
    return _ROW.sub(lambda m: " " * len(m.group()), head)
