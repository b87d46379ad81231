"""A unit's budget or accounts published as its tables only: their summary table is a sign of the
genre, whatever unit of money the page lost.

A department's 部门预算 or 部门决算 opens on its 收支总表: 收入 | 预算数 | 支出 | 预算数, the
appropriations it received (一般公共预算拨款收入, 财政拨款收入), 本年收入合计 | 本年支出合计, then
收入总计 | 支出总计. A bidding site's OCR of such tables may keep nothing else (trial 56's
1022, 生态环境部长江流域生态环境监督管理局's budget tables on bidcenter, no title, no year and
no 单位:万元 line: every figure bare, 2,280.32, 3,475.89; refused before as a text with no
money figure).
It is a report of the family, filed with the accounts (``report``'s ``ACCOUNTS``, as the corpus
files its budget notes); its figures, whose unit of money the text never states, are left
unread (never given a 万元 the text does not write; the draft says so in a note), its unit
and year read as any untitled report's are, unknown where unstated.

All of these are asked, on the text with its blanks taken out (收 入 总 计): 收入总计 and
支出总计; 本年收入合计 or 本年支出合计; an appropriation received (拨款收入, 财政拨款); a
column headed 预算数 or 决算数; and no sign of another class (``otherclasses``: a government's
whole budget, a company's statements). An area's budget tables (全县一般公共预算收支总表: 税收
收入, 上级补助收入) receive no appropriation and stay refused, as do a sentence naming one
total and a company's statements.
"""

from __future__ import annotations

import re

from govkg.ingest.document.otherclasses import other_class

__all__ = ["shows_summary_table"]

_ROWS = (
    re.compile(r"收入总计"),
    re.compile(r"支出总计"),
    re.compile(r"本年(?:收入|支出)合计"),
    re.compile(r"拨款收入|财政拨款"),
    re.compile(r"预算数|决算数"),
)
SCANNED = 20_000  # characters


def shows_summary_table(text: str) -> bool:
    """Whether ``text`` (simplified) holds a unit's 收支总表 (see above)."""
    squeezed = re.sub(r"\s+", "", text[:SCANNED])
    if not all(row.search(squeezed) for row in _ROWS):
        return False
    return other_class(text) is None
