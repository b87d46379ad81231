"""An amount that is a table cell, quoted alone: one constructor for the table rules."""

from __future__ import annotations

from govkg.ingest.facts import cite
from govkg.ingest.kinds.money import MoneyFound
from govkg.ingest.text.numbers import yuan
from govkg.ingest.text.textview import TextView

__all__ = ["cell_found"]


def cell_found(
    view: TextView,
    start: int,
    end: int,
    figure: str,
    unit: str,
    *,
    rule: str,
    year: int | None,
    kind: str | None = None,
    label: str | None = None,
    reason: str | None = None,
) -> MoneyFound:
    """The cell ``figure`` at ``start:end`` in ``unit``: read as ``kind``, or listed unread
    (kind None) saying ``reason``."""
    quote = cite(view, start, end)
    return MoneyFound(
        rule=rule,
        cites=(quote,),
        amount=yuan(figure, unit),
        figure=figure,
        unit=unit,
        as_written=quote.quote,
        kind=kind,
        label=label,
        year=year,
        reason=reason,
    )
