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

The same 总表 may be laid out in columns, one row a function (trial 57's 1067, 汨罗市中医院's
2017年医疗卫生计生机构收支决算总表(按功能分类), form 国卫财01-1表, 编制单位:汨罗市中医院,
金额单位:元, its columns 上年结转和结余 | 本年收入 | 其中:财政拨款收入 | 本年支出 | … |
年末结转和结余 and a 合计 row, no 收入总计 row and no prose; refused before). So the
columns stand for the rows: the table's title naming a 收支 总表 of accounts or budget
(收支决算总表, 收入支出决算总表, 收支预算总表), the year's income and spending (本年收入,
本年支出), the money carried over (结转和结余) and an appropriation (财政拨款, 拨款收入), all
of them, with no sign of another class. Where such a table states its unit of money
(金额单位:元), the note says so (``money_unit_field``), and its figures are the table rules'
to read. A sentence citing the 收支决算总表 (详见附表) and an area's 收支决算总表 (税收收入,
上年结余, no appropriation) stay refused.
"""

from __future__ import annotations

import re

from govkg.ingest.document.otherclasses import other_class

__all__ = ["money_unit_field", "shows_summary_table"]

_ROWS = (
    re.compile(r"收入总计"),
    re.compile(r"支出总计"),
    re.compile(r"本年(?:收入|支出)合计"),
    re.compile(r"拨款收入|财政拨款"),
    re.compile(r"预算数|决算数"),
)
_COLUMNS = (
    re.compile(r"收\s*(?:入\s*)?支\s*(?:出\s*)?(?:决\s*算|预\s*算)\s*总\s*表"),
    re.compile(r"本年收入"),
    re.compile(r"本年支出"),
    re.compile(r"结转和?结余"),
    re.compile(r"拨款收入|财政拨款"),
)
"""2017年医疗卫生计生机构收支决算总表 | 上年结转和结余 | 本年收入 | 其中:财政拨款收入 | 本年支出 |
年末结转和结余: a 总表 whose columns are the year's income, spending and carry-over."""
_MONEY_UNIT = re.compile(r"(?:金\s*额\s*)?单\s*位\s*[：:]\s*(?:万\s*|亿\s*)?元")
"""金额单位:元, 单位:万元: a table's unit of money, its figures written bare under it."""
SCANNED = 20_000  # characters


def shows_summary_table(text: str) -> bool:
    """Whether ``text`` (simplified) holds a unit's 收支总表 (see above)."""
    squeezed = re.sub(r"\s+", "", text[:SCANNED])
    rows = all(row.search(squeezed) for row in _ROWS)
    if not rows and not all(column.search(squeezed) for column in _COLUMNS):
        return False
    return other_class(text) is None


def money_unit_field(text: str) -> re.Match | None:
    """A table's field stating its unit of money (金额单位:元), or None."""
    return _MONEY_UNIT.search(text[:SCANNED])
