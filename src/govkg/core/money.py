"""Exact money: Decimal yuan, formatted the same way everywhere a method string shows it."""

from __future__ import annotations

from decimal import ROUND_DOWN, Decimal

__all__ = ["FEN", "format_yuan", "split_evenly"]

FEN = Decimal("0.01")


def format_yuan(amount: Decimal) -> str:
    """``13221400`` -> ``'13,221,400.00'``.

    >>> format_yuan(Decimal("2203566.67"))
    '2,203,566.67'
    """
    return f"{amount.quantize(FEN):,}"


def split_evenly(amount: Decimal, parts: int) -> list[Decimal]:
    """Split into ``parts`` amounts in whole fen that add up exactly to ``amount``.

    The first ``remainder`` parts take one fen more, so no fen is lost or invented.

    >>> split_evenly(Decimal("100"), 3)
    [Decimal('33.34'), Decimal('33.33'), Decimal('33.33')]
    """
    share = (amount / parts).quantize(FEN, rounding=ROUND_DOWN)
    remainder = int((amount - share * parts) / FEN)
    return [share + FEN if index < remainder else share for index in range(parts)]
