"""A self-evaluation form's funds row: its first figure stands in the budget column.

A 项目支出绩效自评表 flattened (OCR'd) with no blank between its cells writes its funds block as
a line of heads and a line per source (trial 50's 785):

    项目资金 (万元)全年预算数全年执行数执行率
    年度资金总额50万元47.6895.00%
    其中:中央财政补助50万元47.6895.00%

The first money head is the budget (全年预算数, 年初预算数, 预算数), so the first figure of each
row, written right after the row's label, is the budget: 年度资金总额 names no kind (unread
before), and 中央财政补助 names the source, not the column (its 补助 read as revenue before).
The glued cells after it (47.6895.00%) are left to the table rules, which read them only where
the rate proves the cut (here 47.68 / 50 is 95.36%, not the 95.00% written: they stay unread).

Only an amount written with its unit (50万元), the first figure of its line, its words before it
only the row's label (年度资金总额, 其中:…, 上年结转…, no figure), read as no kind or as revenue
(a source's name); the heads' line within the three lines above, every line between them a row
of the block, and its first money head a budget's (执行数 / 到位数 after it). A row whose label
names an act (其中:已支出…) or a block whose first head is 执行数 keeps its reading.
"""

from __future__ import annotations

import re

from govkg.ingest.text.amounts import PINYIN

__all__ = ["budget_column_kind"]

_HEADS = re.compile(
    r"(?:年初|全年|调整后)?预算数(?:[（(][A-Z][）)])?[^\n\d]{0,12}?(?:全年)?(?:执行数|到位数|执行金额)"
)
_FIRST_HEAD = re.compile(r"(?:年初|全年|调整后)?(?:预算|执行|到位)(?:数|金额)")
_LABEL = re.compile(r"[ \t\u3000]*(?:其中\s*[：:])?\s*[^\d\n%％，,。；;]{2,24}?[：:]?\s*")
_ROWS = 3  # lines at most between the heads and the row
_ROW_LENGTH = 60
_PROSE = re.compile(r"[。；;，,]")


def budget_column_kind(text: str, start: int, end: int, kind: str | None) -> str | None:
    """BUDGET for the first figure of a funds row under heads that open on the budget (see
    above); else ``kind``."""
    if kind not in (None, "REVENUE") or "元" not in text[start:end]:
        return kind
    line_start = text.rfind("\n", 0, start) + 1
    label = PINYIN.sub("", text[line_start:start])
    if not _LABEL.fullmatch(label) or re.search(r"支出|执行|使用|支付|结余", label):
        return kind
    at = line_start
    for _ in range(_ROWS + 1):
        if at <= 0:
            return kind
        above = text.rfind("\n", 0, at - 1) + 1
        line = text[above : at - 1]
        heads = _HEADS.search(line)
        if heads:
            first = _FIRST_HEAD.search(line)
            return "BUDGET" if first and "预算" in first.group() else kind
        if len(line) > _ROW_LENGTH or _PROSE.search(line):
            return kind  # a sentence between: not a row of the block
        at = above
    return kind
