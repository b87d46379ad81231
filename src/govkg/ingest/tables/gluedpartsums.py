"""A glued funds row whose own 执行率 proves no cut, cut where its source rows add up to it
(thirtieth trial).

A transfer payment's 自评表 on a mirror runs all its cells together, the funds row and its
source rows each one run of digits before a %:

    资金投入情况(万元)全年预算数(A)全年执行数(B)预算执行率(B/A×100%)
    年度资金总额:1484631.00%其中:中央财政资金10200%地方资金4646100%其他资金

``gluedfunds`` cuts a row where its rate proves one cut; here 148 | 46 | 31.00% states a
rate the cells do not give (46 / 148 is 31.08%), so no cut was read and none of the six
figures was accounted for. The source rows after it (其中:X资金, then each further X资金 with
its run) are cut as ``gluedfunds`` cuts a row, into its money columns and the rate, each cut
giving the row's own rate (a rate of 0 only with a 执行数 of 0, which checks for any 预算数:
4646100% is 46 | 46 | 100% or 46461 | 0 | 0%). With two source rows or more, the table is
read where exactly one choice of their cuts and one well-formed cut of the total make each
money cell of the total the sum of the source rows' cells of its column, to the fen (102 +
46 = 148, 0 + 46 = 46); the total's rate need not check. Then the total and every source
row are read, each cell of its head's kind (预算 BUDGET, 执行 SPENDING, 到位 REVENUE). A
source row with no run (其他资金 with nothing after it) or no cut its rate allows ends the
rows; sums that fit no choice or more than one read nothing.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal
from itertools import islice, product

from govkg.ingest.kinds.money import MoneyFound
from govkg.ingest.tables.gluedfunds import _ROW as _TOTAL_ROW
from govkg.ingest.tables.gluedfunds import (
    _cells,
    _cuts,
    _heads_before,
    _proven,
    _rate_at,
)
from govkg.ingest.tables.ratedrows import _RATE_CELL, _checks
from govkg.ingest.text.numbers import number_value
from govkg.ingest.text.simplified import simplified
from govkg.ingest.text.textview import TextView

__all__ = ["find_glued_part_sums"]

_SOURCE_ROW = re.compile(
    r"(?P<label>(?:其中[:：]?)?[\u4e00-\u9fff]{1,10}?资金)(?P<run>\d[\d.]*)%"
)
"""A source row glued after the total: 其中:中央财政资金10200%, 地方资金4646100%."""
MAX_CHOICES = 256  # ways to cut the source rows looked at


def find_glued_part_sums(view: TextView, year: int | None) -> Iterator[MoneyFound]:
    """The cells of each glued funds row its source rows prove (see above)."""
    text = simplified(view.text)
    for row in _TOTAL_ROW.finditer(text):
        heads = _heads_before(text, row.start())
        if heads is None:
            continue
        columns, unit = heads
        before = columns[: _rate_at(columns)]
        rate_head = columns[len(before)]
        tags = [c[0] for c in before] + ["RATE"]
        if any(t != "MONEY" for t in tags[:-1]) or row["score"]:
            continue  # a form with 分值 / 得分 columns: gluedfunds' alone
        if sum(1 for cut in _cuts(row["run"], tags) if _proven(cut, before, rate_head, None, [])):
            continue  # its own rate cuts it: gluedfunds reads it
        sources = list(_sources(text, row.end(), before, rate_head, tags))
        if len(sources) < 2:
            continue
        proven = _proven_by_sums(row["run"], tags, len(before), sources)
        if proven is None:
            continue
        total, cuts = proven
        label = re.sub(r"\s", "", row["label"])
        yield from _cells(view, before, total, row.start("run"), unit, year, label)
        for (source, _), cut in zip(sources, cuts, strict=True):
            name = re.sub(r"^其中[:：]?", "其中:", source["label"])
            yield from _cells(view, before, cut, source.start("run"), unit, year, name)


def _proven_by_sums(run: str, tags, money: int, sources):
    """(the total's cut, each source row's cut): the one choice of the source rows' cuts
    and the total's for which each money cell of the total is its column's sum; None
    where there is none or more than one."""
    found = []
    for cuts in islice(product(*(c for _, c in sources)), MAX_CHOICES):
        sums = [sum((number_value(c[i]) for c in cuts), Decimal(0)) for i in range(money)]
        for total in _cuts(run, tags):
            if all(number_value(p) == t for p, t in zip(total, sums, strict=False)):
                found.append((total, list(cuts)))
    return found[0] if len(found) == 1 else None


def _sources(text: str, at: int, before, rate_head, tags):
    """(match, cuts its own rate allows) of each source row right after ``at``, in order;
    stops at the first row that is none or that no cut fits."""
    while (source := _SOURCE_ROW.match(text, at)) is not None:
        cuts = [cut for cut in _cuts(source["run"], tags) if _rate_checks(cut, before, rate_head)]
        if not cuts:
            return
        yield source, cuts
        at = source.end()


def _rate_checks(cut, before, rate_head) -> bool:
    """The cut's rate is its cells' quotient; a 执行数 of 0 gives 0% whatever the 预算数, and
    a rate of 0 is only a 执行数 of 0 (a small one over a huge 预算数 rounds to 0% too)."""
    letters = {c[3]: piece for c, piece in zip(before, cut, strict=False) if c[3]}
    num, den = (letters.get(letter) for letter in rate_head[4])
    if num is None or den is None or number_value(den) == 0:
        return False
    if number_value(num) == 0 or number_value(cut[-1]) == 0:
        return number_value(num) == number_value(cut[-1]) == 0
    return _checks(num, den, _RATE_CELL.fullmatch(cut[-1] + "%"))
