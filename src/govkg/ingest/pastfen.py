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
is kept as before.

A figure too long for any record goes the same way (``numbers.fits_record``: more than 15
digits before the point): a form's cells glued into one run when its page was flattened,
年度資金總額3555035550355501082.12 (35550 | 35550 | 35550 | 10 | 82.12% | 8.5), read with a
unit word after it, would make the draft fail its checks and the report refused (trial 55's
984, refused by its indicator reading, ``entities.indicators``); it is named in the notes as
such a run, not guessed apart."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from govkg.ingest.facts import Report
from govkg.ingest.lines.childless import without_childless_sums
from govkg.ingest.text.numbers import fits_record

__all__ = ["past_fen", "without_past_fen"]

_FEN = Decimal("0.01")  # the seed's smallest amount (core.money's FEN; ingest reads no core.money)


def past_fen(yuan: Decimal | None) -> bool:
    """True where ``yuan`` is finer than one fen (None is no amount)."""
    return yuan is not None and fits_record(yuan) and yuan != yuan.quantize(_FEN)


def _unheld(yuan: Decimal | None) -> bool:
    """True where no record holds ``yuan``: finer than one fen or too long (see above)."""
    return yuan is not None and (not fits_record(yuan) or past_fen(yuan))


def without_past_fen(report: Report) -> Report:
    """``report`` with its figures and lines written past the fen left out and named in its
    document's notes (see above); the report itself where there are none."""
    written: list[str] = []
    glued: list[str] = []
    money = []
    for found in report.money:
        if _unheld(found.amount):
            (written if past_fen(found.amount) else glued).append(found.as_written)
        else:
            money.append(found)
    dropped = {line.key: line.parent for line in report.lines if _unheld(line.amount)}
    lines = []
    for line in report.lines:
        if line.key in dropped:
            shown = line.as_written or str(line.amount)
            (written if past_fen(line.amount) else glued).append(shown)
            continue
        parent = line.parent
        while parent in dropped:
            parent = dropped[parent]
        if parent is None and line.derived == "remainder":
            continue  # a remainder of a line left out: of nothing stated
        share_of = None if line.share_of in dropped else line.share_of
        if _unheld(line.budget):
            shown = line.budget_as_written or str(line.budget)
            (written if past_fen(line.budget) else glued).append(shown)
            line = replace(line, budget=None, budget_as_written=None)
        lines.append(replace(line, parent=parent, share_of=share_of))
    if not written and not glued:
        return report
    report.money = money
    report.lines = without_childless_sums(lines)
    notes = []
    if written:
        notes.append(
            "amounts written finer than one fen are left out (no amount in yuan holds them as "
            "written; a unit slip, 元 for 万元, reads so, but that would be a guess): "
            + "、".join(dict.fromkeys(written))
        )
    if glued:
        notes.append(
            "figures too long for any amount are left out (a form's cells glued into one run "
            "when its page was flattened reads so; cutting it apart would be a guess): "
            + "、".join(dict.fromkeys(glued))
        )
    report.document = replace(
        report.document, complete=False, notes=(*report.document.notes, *notes)
    )
    return report
