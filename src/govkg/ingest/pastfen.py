"""Figures written past the fen: kept out of the draft, and said so in a note.

A report sometimes writes an amount in 元 to four or six decimal places, an amount that
was meant in 万元 with its unit word slipped: trial 51's 825 (a college's 决算公开报告)
states 其中:财政拨款资金收入5359.668673元,占全部收入的78.58% beside 2021年收入6821.09751万元.
No amount in yuan holds 5359.668673元 as written (the seed keeps money to the fen, and a
figure finer than one fen is a problem, not a value), and reading it as 万元 would be a
guess. Before, such a figure made the draft fail its checks, and the whole report was
refused. Now every money figure and every funding line whose amount is finer than one fen
is left out of the draft, the document's notes naming each one as written (a line's budget
finer than the fen is left out of the line the same way); the lines that hung under a line
left out hang under its parent (a remainder of it goes), a share naming it names none,
and a DERIVED sum left with nothing under it goes too (``lines.childless``). A figure to
the fen (4.41元) or in 万元 to six places (6821.09751万元, 1276.128557万元: still whole fen)
is kept as before."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from govkg.ingest.facts import Report
from govkg.ingest.lines.childless import without_childless_sums

__all__ = ["past_fen", "without_past_fen"]

_FEN = Decimal("0.01")  # the seed's smallest amount (core.money's FEN; ingest reads no core.money)


def past_fen(yuan: Decimal | None) -> bool:
    """True where ``yuan`` is finer than one fen (None is no amount)."""
    return yuan is not None and yuan != yuan.quantize(_FEN)


def without_past_fen(report: Report) -> Report:
    """``report`` with its figures and lines written past the fen left out and named in its
    document's notes (see above); the report itself where there are none."""
    written: list[str] = []
    money = []
    for found in report.money:
        if past_fen(found.amount):
            written.append(found.as_written)
        else:
            money.append(found)
    dropped = {line.key: line.parent for line in report.lines if past_fen(line.amount)}
    lines = []
    for line in report.lines:
        if line.key in dropped:
            written.append(line.as_written or str(line.amount))
            continue
        parent = line.parent
        while parent in dropped:
            parent = dropped[parent]
        if parent is None and line.derived == "remainder":
            continue  # a remainder of a line left out: of nothing stated
        share_of = None if line.share_of in dropped else line.share_of
        if past_fen(line.budget):
            written.append(line.budget_as_written or str(line.budget))
            line = replace(line, budget=None, budget_as_written=None)
        lines.append(replace(line, parent=parent, share_of=share_of))
    if not written:
        return report
    report.money = money
    report.lines = without_childless_sums(lines)
    note = (
        "amounts written finer than one fen are left out (no amount in yuan holds them as "
        "written; a unit slip, 元 for 万元, reads so, but that would be a guess): "
        + "、".join(dict.fromkeys(written))
    )
    report.document = replace(report.document, complete=False, notes=(*report.document.notes, note))
    return report
