"""A form's money cell written with 万 and no 元, the next cell after it on the same line.

万 without 元 is read as money only before a clause's end or a fund's name (``amounts``):
2万户, 3万人次 are counts. A form flattened one row a line sets its cells apart by blanks
(thirty-third trial's 424: `转移支付预算数(A) 5.8万 预算执行率(B/A) 100%`), so the 万 of its
money cell is followed by a blank and the next cell. Such a cell is money where its label
right before it names money of the form's: a 预算数 / 执行数 / 到位数 / 支出数 / 拨付数, a
金额, 资金 or 经费, an annotation ((A)) and a colon allowed. An indicator's cell
(培训人次 ≥3万 3.2万) or a count (覆盖3万 人) has no such label and stays no amount.
"""

from __future__ import annotations

import re

from govkg.ingest.text.numbers import NUMBER

__all__ = ["bare_unit_cells"]

_CELL = re.compile(
    r"(?:预算数|执行数|到位数|支出数|拨付数|金额|资金|经费)"
    r"(?:[（(][A-Za-z/]{1,5}[）)])?[ \t\u3000]*[：:]?[ \t\u3000|]*"
    rf"(?P<fig>{NUMBER})(?P<unit>[万亿])(?=[ \t\u3000|]+[^\s|元])"
)
"""A money label, then its cell: a figure, 万 (or 亿), and a blank before the next cell."""


def bare_unit_cells(text: str) -> list[tuple[int, int, str, str]]:
    """(start, end, figure, unit word with 元) of each money cell written with 万 alone."""
    return [
        (found.start("fig"), found.end(), found["fig"], found["unit"] + "元")
        for found in _CELL.finditer(text)
    ]
