"""Turtle written as text: terms as Oxigraph prints them, the cube's literals (exact yuan,
years, decimals) read from the graph's, and one subject's statements.

Apart from the cube's structure and observations because both write their statements with
these, and so that nothing is escaped by hand anywhere.
"""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal, InvalidOperation

import pyoxigraph as ox

from govkg.core.money import FEN

__all__ = ["Term", "block", "decimal", "number", "opt", "text", "year", "yuan"]

Term = ox.NamedNode | ox.BlankNode | ox.Literal


def text(value: str, language: str | None = None) -> str:
    """A string literal in Turtle, escaped by Oxigraph."""
    return str(ox.Literal(value, language=language))


def decimal(term: Term | None) -> Decimal | None:
    """The literal's finite number, or None (a value in words, or none)."""
    if not isinstance(term, ox.Literal):
        return None
    try:
        found = Decimal(term.value)
    except InvalidOperation:
        return None
    return found if found.is_finite() else None


def number(term: Term | None) -> str | None:
    """An xsd:decimal as the catalog reads it (``16.0`` is 16)."""
    found = decimal(term)
    if found is None:
        return None
    if term.value.endswith(".0") and found == found.to_integral_value():
        found = found.quantize(Decimal(1))
    return f'"{found:f}"^^xsd:decimal'


def yuan(amount: Decimal) -> str:
    """Exact yuan, to the fen at least (``2988000.00``), never rounded."""
    if amount.as_tuple().exponent > -2:
        amount = amount.quantize(FEN)
    return f'"{amount:f}"^^xsd:decimal'


def year(term: Term | None) -> str | None:
    """An xsd:gYear of four digits, or None when the literal is not a year."""
    written = term.value if isinstance(term, ox.Literal) else ""
    if not (written.isascii() and written.isdigit() and 0 < int(written) < 10000):
        return None
    return f'"{int(written):04d}"^^xsd:gYear'


def block(subject: str, pairs: Iterable[tuple[str, list[str]]]) -> str:
    """Turtle statements about one subject: ``s p o , o ; p o .``"""
    said = " ;\n\t".join(f"{p} {' , '.join(objects)}" for p, objects in pairs if objects)
    return f"{subject} {said} .\n"


def opt(term: Term | None) -> list[str]:
    """The term as Turtle, or nothing: an attribute the record does not have is not said."""
    return [] if term is None else [str(term)]
