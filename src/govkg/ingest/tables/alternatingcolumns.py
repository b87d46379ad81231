"""Rule ``alternating-columns``: a self-evaluation form's funds block flattened row by row,
each source's cells alternating between the budget's column and the spending's, read only
where both columns' sums prove it.

A 专项转移支付 self-evaluation form flattened into one run-on line writes its funds block as

    资金情况(万元)年度金额(提前下达):208万元资金使用情况(万元)合计:109.8万元中央财政165万元
    中央财政84.5万元省级财政43万元省级财政25.3万元年度总体目标…

(forty-ninth trial's 764): two columns, 年度金额 (the year's allocation, 208) and 资金使用情况
(what was used, 109.8), then one row per source, its name written again in each column's cell:
中央财政 165 | 中央财政 84.5, 省级财政 43 | 省级财政 25.3. Nothing in the words before 165 says
which column it stands in; the sums do: 165 + 43 = 208 and 84.5 + 25.3 = 109.8. The cells are
read by their columns (the first of each source's pair the budget, the second what was spent)
only where each source is named twice in a row and both sums hold exactly; otherwise the
amounts keep the readings the words give them. The form's own totals are read by ``money``.

The first column's head says a budget (年度金额, 年度预算数, 全年预算数, 预算数, 年度资金总额),
the second's what was spent (资金使用情况, 全年执行数, 执行数, 实际支出, 支出数).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal

from govkg.ingest.kinds.money import MoneyFound
from govkg.ingest.tables.cellfound import cell_found
from govkg.ingest.text.simplified import simplified
from govkg.ingest.text.textview import TextView

__all__ = ["RULE", "find_alternating_columns"]

RULE = "alternating-columns"
_NUM = r"\d+(?:\.\d+)?"
_UNIT = r"[(（]\s*万元\s*[)）]"
_BRACKET = r"(?:[(（][^()（）\n]{1,12}[)）])?"
_BLOCK = re.compile(
    rf"资金情况\s*{_UNIT}\s*"
    rf"(?P<h1>年度金额|年度预算数|全年预算数|预算数|年度资金总额){_BRACKET}\s*[:：]?\s*"
    rf"(?P<a>{_NUM})\s*万元\s*"
    rf"(?P<h2>资金使用情况|全年执行数|执行数|实际支出|支出数){_BRACKET}\s*(?:{_UNIT})?\s*"
    rf"(?:合计)?\s*[:：]?\s*(?P<b>{_NUM})\s*万元"
)
_CELL = re.compile(rf"\s*(?P<name>[\u4e00-\u9fff]{{2,10}}?)\s*(?P<x>{_NUM})\s*万元")


def find_alternating_columns(view: TextView, year: int | None) -> Iterator[MoneyFound]:
    """The source cells of each flattened two-column funds block its sums prove (above)."""
    text = simplified(view.text)
    for block in _BLOCK.finditer(text):
        cells = []
        at = block.end()
        while (cell := _CELL.match(text, at)) is not None:
            cells.append(cell)
            at = cell.end()
        pairs = len(cells) // 2
        if pairs == 0:
            continue
        cells = cells[: 2 * pairs]
        firsts, seconds = cells[0::2], cells[1::2]
        if any(f["name"] != s["name"] for f, s in zip(firsts, seconds, strict=True)):
            continue  # a source not named again in the next column: no such rows
        if sum(Decimal(c["x"]) for c in firsts) != Decimal(block["a"]):
            continue
        if sum(Decimal(c["x"]) for c in seconds) != Decimal(block["b"]):
            continue
        for first, second in zip(firsts, seconds, strict=True):
            yield _cell(view, first, "BUDGET", block["h1"], year)
            yield _cell(view, second, "SPENDING", block["h2"], year)


def _cell(view: TextView, cell: re.Match, kind: str, head: str, year: int | None) -> MoneyFound:
    return cell_found(
        view,
        cell.start("x"),
        cell.end(),
        cell["x"],
        "万元",
        rule=RULE,
        year=year,
        kind=kind,
        label=f"{head} {cell['name']}",
    )
