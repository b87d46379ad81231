"""A unit's spending per report: its root funding lines and its totals by category.

Each report (document and fiscal year) is one ``Spending``, so a unit named in several
reports shows its figures side by side across years, each citing the report that states
it. A category's figure is the unit's topmost lines of that category in the report (a
project line under project expenditure is already inside it): one line gives its own amount
and basis; several are added, basis DERIVED, with the sum written out. No figure is made up:
a category the report does not itemise is absent, and ``total`` comes only from a line the
report (or the seed) calls the total.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from govkg.catalog import Catalog, Line
from govkg.money import format_yuan
from govkg.ontology import GOVKG
from govkg.records import Citation

__all__ = ["CATEGORIES", "Figure", "Spending", "unit_spending"]

CATEGORIES = ("total", "basic", "personnel", "public", "project", "other")


@dataclass(frozen=True, kw_only=True)
class Figure:
    """One category's money in one report: executed amount, and the budget where stated."""

    category: str
    amount: Decimal
    basis: str
    method: str | None
    budget: Decimal | None
    budget_basis: str | None
    budget_method: str | None
    lines: tuple[str, ...]


@dataclass(frozen=True, kw_only=True)
class Spending:
    """A unit's funding lines in one report, summed up by category."""

    unit: str
    document: str | None
    year: int | None
    roots: tuple[str, ...]
    figures: tuple[Figure, ...]
    sources: tuple[Citation, ...]

    def figure(self, category: str) -> Figure | None:
        return next((f for f in self.figures if f.category == category), None)


def unit_spending(catalog: Catalog, unit: str) -> list[Spending]:
    """Every report's figures for ``unit``, by fiscal year then document."""
    lines = [
        catalog.lines[i]
        for i in catalog.subjects_of(GOVKG.spendingUnit, unit)
        if i in catalog.lines
    ]
    reports: dict[tuple, list[Line]] = {}
    for line in lines:
        reports.setdefault((line.year, line.document), []).append(line)
    found = [
        _report(catalog, unit, document, year, group) for (year, document), group in reports.items()
    ]
    return sorted(found, key=lambda s: (s.year or 0, s.document or ""))


def _report(
    catalog: Catalog, unit: str, document: str | None, year: int | None, lines: list[Line]
) -> Spending:
    mine = {line.id: line for line in lines}
    roots = sorted(line.id for line in lines if line.parent not in mine)
    figures = []
    for category in CATEGORIES:
        top = sorted(
            (
                line
                for line in lines
                if line.category == category and not _under(line, category, mine)
            ),
            key=lambda line: line.id,
        )
        if top:
            figures.append(_figure(catalog, category, top))
    used = {i for f in figures for i in f.lines} | set(roots)
    cites: dict[tuple, Citation] = {}
    for line_id in sorted(used):
        for cite in catalog.nodes[line_id].sources:
            cites.setdefault((cite.document, cite.start, cite.end), cite)
    return Spending(
        unit=unit,
        document=document,
        year=year,
        roots=tuple(roots),
        figures=tuple(figures),
        sources=tuple(sorted(cites.values(), key=lambda c: (c.document, c.start))),
    )


def _under(line: Line, category: str, mine: dict[str, Line]) -> bool:
    """Whether an ancestor of ``line`` among the unit's lines has the same category."""
    seen, at = set(), line.parent
    while at in mine and at not in seen:
        seen.add(at)
        if mine[at].category == category:
            return True
        at = mine[at].parent
    return False


def _figure(catalog: Catalog, category: str, top: list[Line]) -> Figure:
    amount, basis, method = _sum(catalog, [(line, line.amount) for line in top], "executed")
    if len(top) == 1:
        basis, method = top[0].basis, top[0].method
    budget = budget_basis = budget_method = None
    if all(line.budget is not None for line in top):
        budget, budget_basis, budget_method = _sum(
            catalog, [(line, line.budget) for line in top], "stated budgets"
        )
        if len(top) == 1:
            budget_basis, budget_method = "STATED", None
    return Figure(
        category=category,
        amount=amount,
        basis=basis,
        method=method,
        budget=budget,
        budget_basis=budget_basis,
        budget_method=budget_method,
        lines=tuple(line.id for line in top),
    )


def _sum(catalog: Catalog, parts: list[tuple[Line, Decimal]], what: str):
    total = sum((value for _, value in parts), Decimal(0))
    terms = " + ".join(f"{catalog.nodes[line.id].name} {format_yuan(v)}" for line, v in parts)
    method = f"derived: sum of {len(parts)} lines' {what}: {terms} = {format_yuan(total)} CNY"
    return total, "DERIVED", method
