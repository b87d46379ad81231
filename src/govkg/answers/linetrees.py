"""A unit-year's funding lines nested as the report states them, for the treemap.

Apart from the money flows because a treemap keeps every line, parents included, with
areas in yuan, while the flows follow only the leaf lines to what they pay for.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from decimal import Decimal

from govkg.answers.moneyviews import unit_reports, unit_years
from govkg.graph.catalog import Catalog, Line

__all__ = ["Tile", "Treemap", "line_trees"]


@dataclass(frozen=True, kw_only=True)
class Tile:
    """A line in a treemap: its area is its amount, or its sub-lines' areas when they add
    up to more; ``remainder`` is the part of its amount no sub-line itemises, ``excess`` how
    much its sub-lines' amounts exceed it."""

    id: str
    name: str
    category: str | None
    amount: Decimal
    basis: str
    children: tuple[Tile, ...]
    area: Decimal
    remainder: Decimal
    excess: Decimal


@dataclass(frozen=True, kw_only=True)
class Treemap:
    """One report's year of a unit: its root lines, nested."""

    unit: str
    unit_name: str
    year: int | None
    document: str | None
    roots: tuple[Tile, ...]


def line_trees(catalog: Catalog, unit: str, year: int | None = None) -> list[Treemap]:
    """``unit``'s lines of ``year`` (default: its latest) nested as stated, one per report."""
    if year is None:
        years = unit_years(catalog, unit)
        year = years[-1] if years else None
    found = []
    for document, lines in unit_reports(catalog, unit, year):
        mine = {line.id: line for line in lines}
        children: dict[str | None, list[Line]] = defaultdict(list)
        for line in lines:
            children[line.parent if line.parent in mine else None].append(line)
        roots = [_tile(catalog, children, line, frozenset({line.id})) for line in children[None]]
        found.append(
            Treemap(
                unit=unit,
                unit_name=catalog.nodes[unit].name,
                year=year,
                document=document,
                roots=tuple(sorted(roots, key=lambda t: (-t.area, t.id))),
            )
        )
    return found


def _tile(
    catalog: Catalog, children: dict[str | None, list[Line]], line: Line, seen: frozenset[str]
) -> Tile:
    kids = [
        _tile(catalog, children, kid, seen | {kid.id})
        for kid in children.get(line.id, [])
        if kid.id not in seen  # a circle of parents is cut where it closes
    ]
    stated = sum((kid.amount for kid in kids), Decimal(0))
    return Tile(
        id=line.id,
        name=catalog.nodes[line.id].name,
        category=line.category,
        amount=line.amount,
        basis=line.basis,
        children=tuple(sorted(kids, key=lambda k: (-k.area, k.id))),
        area=max(line.amount, sum((kid.area for kid in kids), Decimal(0))),
        remainder=max(line.amount - stated, Decimal(0)) if kids else Decimal(0),
        excess=max(stated - line.amount, Decimal(0)),
    )
