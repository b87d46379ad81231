"""A form's funds fields written on one line with blanks between, each label then its cell,
in the unit a table line declared, and the source rows under them (forty-second trial).

A Hainan project-evaluation form on a document-sharing site runs its cells together with
blanks, its unit declared once above (项目基本信息 单位:万元)::

    计划投资额 2500.00 实际到位资金 2500.00 实际使用情况 1543.31 其中:中央财政 其中:中央财政
    其中:中央财政 省财政预算 省财政预算 省级财政 市县财政预算 2500.00 市县财政预算 2500.00
    市财政 1543.31 二、…

The generic table rules see heads and figures that do not line up, and list every cell
unread. Yet each field is its label and the one figure right after it, as in the Hunan form
``unitfields`` reads with bars; here no label carries the unit, the declaration does. A run
of two fields or more is read where each label names a kind of money (``field_kind``: 到位
REVENUE, 使用 / 支出 SPENDING, 计划投资额 BUDGET…), two kinds at least, each figure is written
to the fen (a decimal point: counts, 分值 and years are whole) and a unit was declared within
``UNIT_REACH`` characters above with no sentence (。) between; a figure right after the last
field that no label owns (a rate column: 执行数 6.00 100.00), or group heads on the line above
(预算安排情况 资金到位情况 …: ``labelledgroups`` places those cells or none), leave the line to
the grid rules.

The source rows after the run repeat one label per field (其中:中央财政 three times), though a
row's label may differ by column (市县财政预算, 市县财政预算, 市财政), each label followed by its
cell or by none. A row's k-th label is the k-th field's column. They are read only where
the labels after the run come in whole rows (their count a multiple of the fields') and
each column's figures sum to its field's figure: the sums prove the placing. Else only the
run is read and the source figures are left to the other rules.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal

from govkg.ingest.kinds.formfield import field_kind
from govkg.ingest.kinds.money import MoneyFound
from govkg.ingest.tables.cellfound import cell_found
from govkg.ingest.tables.labelledgroups import group_heads
from govkg.ingest.tables.tableunits import declared_unit
from govkg.ingest.text.numbers import number_value
from govkg.ingest.text.simplified import simplified
from govkg.ingest.text.textview import TextView

__all__ = ["find_spaced_fields"]

RULE = "spaced-fields"
UNIT_REACH = 400  # characters above the run where its unit is declared
MAX_ROWS = 8  # source rows under one run
_LABEL = r"[\u4e00-\u9fff][\u4e00-\u9fff:：]{1,15}"
_FIG = r"(?:0|[1-9]\d{0,9})\.\d{1,4}"
_RUN = re.compile(
    rf"(?<!\S)(?:{_LABEL}[ \t\u3000]+{_FIG}(?![\d.%％])[ \t\u3000]+){{1,5}}"
    rf"{_LABEL}[ \t\u3000]+{_FIG}(?![\d.%％])(?!\S)"
)
_STRAY = re.compile(r"[ \t\u3000]+[\d.]+[%％]?(?!\S)")
"""A figure right after the fields with no label of its own (执行数 6.00 100.00: a rate
column the fields do not show): the line is a grid of another shape (``labelledgroups``)."""
_PAIR = re.compile(rf"(?P<label>{_LABEL})[ \t\u3000]+(?P<fig>{_FIG})")
_SOURCE = re.compile(rf"\s+(?P<label>{_LABEL})(?:[ \t\u3000]+(?P<fig>{_FIG})(?![\d.%％]))?(?!\S)")


def find_spaced_fields(view: TextView, year: int | None) -> Iterator[MoneyFound]:
    """Each field of every run described above, and its source rows' cells where proven."""
    text = simplified(view.text)
    for run in _RUN.finditer(text):
        pairs, kinds = [], []
        for pair in _PAIR.finditer(run.group()):  # the fields end at a label naming no money
            if (kind := field_kind(pair["label"])) is None:
                break
            pairs.append(pair)
            kinds.append(kind)
        end = run.start() + pairs[-1].end() if pairs else run.end()
        if len(set(kinds)) < 2 or _STRAY.match(text, end) or _under_heads(text, run.start()):
            continue  # a figure no label owns after them, or group heads above: not fields
        unit = declared_unit(text, run.start(), UNIT_REACH)
        if unit is None:
            continue
        for pair, kind in zip(pairs, kinds, strict=True):
            yield _cell(view, run.start(), pair, unit, kind, pair["label"], year)
        yield from _sources(view, text, end, pairs, kinds, unit, year)


def _under_heads(text: str, start: int) -> bool:
    """Whether the line above the run's line names two column groups (预算安排情况 资金到位情况):
    a grid whose heads place its cells (``labelledgroups``), in their order or not at all."""
    line_start = text.rfind("\n", 0, start) + 1
    above = text[text.rfind("\n", 0, max(0, line_start - 1)) + 1 : max(0, line_start - 1)]
    return len(group_heads(above)) >= 2


def _sources(view, text, at, pairs, kinds, unit, year) -> Iterator[MoneyFound]:
    """The source rows' cells after the run, where whole rows and their sums place them."""
    width = len(pairs)
    labels = []
    while len(labels) <= MAX_ROWS * width and (found := _SOURCE.match(text, at)) is not None:
        labels.append(found)
        at = found.end()
    if not labels or len(labels) % width or not any(found["fig"] for found in labels):
        return
    sums = [Decimal(0)] * width
    for index, found in enumerate(labels):
        if found["fig"]:
            sums[index % width] += number_value(found["fig"])
    columns = {index % width for index, found in enumerate(labels) if found["fig"]}
    if any(sums[k] != number_value(pairs[k]["fig"]) for k in columns):
        return
    for index, found in enumerate(labels):
        if found["fig"]:
            pair = pairs[index % width]
            named = f"{pair['label']} {found['label']}"
            yield _cell(view, 0, found, unit, kinds[index % width], named, year)


def _cell(view, offset, found, unit, kind, label, year) -> MoneyFound:
    return cell_found(
        view,
        offset + found.start("fig"),
        offset + found.end("fig"),
        found["fig"],
        unit,
        rule=RULE,
        year=year,
        kind=kind,
        label=label,
    )
