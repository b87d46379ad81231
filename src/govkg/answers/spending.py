"""A unit's spending per report: its root funding lines and its totals by category.

Each report (document and fiscal year) is one ``Spending``, so a unit named in several
reports shows its figures side by side across years, each citing the report that states
it. A category's figure is the unit's topmost lines of that category in the report (a
project line under project expenditure is already inside it): one line gives its own amount
and basis; several are added, basis DERIVED, with the sum written out. No figure is made up:
a category the report does not itemise is absent, and ``total`` comes only from a line the
report (or the seed) calls the total.

A unit's series (``unit_series``) puts its reports year by year: one entry per fiscal year
the graph holds for the unit, each category taken from that year's reports where they
agree (never added across reports, never chosen between reports that differ), beside the
revenue, carry-over and change figures its reports state, and the difference against the
previous year's figure of each category, DERIVED, with the subtraction written out.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from govkg.core.money import format_yuan
from govkg.core.records import Citation
from govkg.graph.catalog import Catalog, Line, MoneyFigure
from govkg.graph.ontology import GOVKG

__all__ = [
    "CATEGORIES",
    "SERIES_KINDS",
    "Difference",
    "Figure",
    "Spending",
    "YearSpending",
    "unit_series",
    "unit_spending",
]

CATEGORIES = ("total", "basic", "personnel", "public", "project", "other")
SERIES_KINDS = ("revenue", "carry-over", "change")
"""The money figure kinds a series shows beside the spending categories."""


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


@dataclass(frozen=True, kw_only=True)
class Difference:
    """A category's figure against the previous fiscal year's: always DERIVED."""

    category: str
    previous_year: int
    amount: Decimal
    method: str


@dataclass(frozen=True, kw_only=True)
class YearSpending:
    """One fiscal year of a unit's series: what that year's reports state for it.

    ``figures`` holds one figure per category the year's reports give and agree on;
    ``disagreements`` says, for a category two reports of the year give differently, what
    each gives (the category is then left out, not chosen). ``revenue``, ``carry_over`` and
    ``changes`` are money figures as stated (a change is the year's report's against the
    year before); ``differences`` are derived from this series.
    """

    unit: str
    year: int
    documents: tuple[str, ...]
    reports: tuple[Spending, ...]
    figures: tuple[Figure, ...]
    disagreements: tuple[str, ...]
    revenue: tuple[MoneyFigure, ...]
    carry_over: tuple[MoneyFigure, ...]
    changes: tuple[MoneyFigure, ...]
    differences: tuple[Difference, ...]
    sources: tuple[Citation, ...]

    def figure(self, category: str) -> Figure | None:
        return next((f for f in self.figures if f.category == category), None)


def unit_series(
    unit: str,
    reports: list[Spending],
    documents: dict[str, int | None],
    figures: list[MoneyFigure],
) -> list[YearSpending]:
    """``unit``'s fiscal years, oldest first, from its reports (``unit_spending``), the
    documents that concern it (id -> fiscal year) and the money figures of those documents
    that are its own (read ones of ``SERIES_KINDS``).

    A figure's year is its own where stated, else its report's; a change belongs to its
    report's year (its own year is often the year it is compared with). Reports and
    figures without a year have no place in a series and are left out.
    """
    years: dict[int, dict] = {}

    def at(year: int) -> dict:
        return years.setdefault(
            year, {"documents": set(), "reports": [], **{k: [] for k in SERIES_KINDS}}
        )

    for report in reports:
        if report.year is not None:
            at(report.year)["reports"].append(report)
            if report.document:
                at(report.year)["documents"].add(report.document)
    for document, year in documents.items():
        if year is not None:
            at(year)["documents"].add(document)
    for figure in figures:
        if not figure.read or figure.kind not in SERIES_KINDS:
            continue
        report_year = documents.get(figure.document)
        year = report_year if figure.kind == "change" else (figure.year or report_year)
        if year is not None:
            at(year)[figure.kind].append(figure)
    found: list[YearSpending] = []
    for year in sorted(years):
        held = years[year]
        chosen, disagreements = _settle(held["reports"])
        previous = found[-1] if found and found[-1].year == year - 1 else None
        money = {k: tuple(sorted(held[k], key=_in_text_order)) for k in SERIES_KINDS}
        cites: dict[tuple, Citation] = {}
        for cite in [
            *(c for r in held["reports"] for c in r.sources),
            *(c for k in SERIES_KINDS for f in money[k] for c in f.sources),
        ]:
            cites.setdefault((cite.document, cite.start, cite.end), cite)
        found.append(
            YearSpending(
                unit=unit,
                year=year,
                documents=tuple(sorted(held["documents"])),
                reports=tuple(held["reports"]),
                figures=chosen,
                disagreements=disagreements,
                revenue=money["revenue"],
                carry_over=money["carry-over"],
                changes=money["change"],
                differences=_differences(year, chosen, previous),
                sources=tuple(sorted(cites.values(), key=lambda c: (c.document, c.start))),
            )
        )
    return found


def _in_text_order(figure: MoneyFigure) -> tuple:
    return (figure.document, figure.position)


def _settle(reports: list[Spending]) -> tuple[tuple[Figure, ...], tuple[str, ...]]:
    """One figure per category from a year's reports: the one report's, or the same amount
    several reports give (a stated one first); reports that differ settle nothing."""
    figures, disagreements = [], []
    for category in CATEGORIES:
        given = [(r, r.figure(category)) for r in reports if r.figure(category) is not None]
        if not given:
            continue
        amounts = {figure.amount for _, figure in given}
        if len(amounts) == 1:
            stated = [f for _, f in given if f.basis == "STATED"]
            figures.append((stated or [f for _, f in given])[0])
            continue
        each = "; ".join(
            f"{r.document} gives {format_yuan(f.amount)} CNY ({f.basis})" for r, f in given
        )
        disagreements.append(f"{category}: the reports of the year differ ({each}); not chosen")
    return tuple(figures), tuple(disagreements)


def _differences(
    year: int, figures: tuple[Figure, ...], previous: YearSpending | None
) -> tuple[Difference, ...]:
    if previous is None:
        return ()
    found = []
    for figure in figures:
        before = previous.figure(figure.category)
        if before is None:
            continue
        change = figure.amount - before.amount
        found.append(
            Difference(
                category=figure.category,
                previous_year=previous.year,
                amount=change,
                method=f"derived: {year} {figure.category} {format_yuan(figure.amount)} "
                f"({figure.basis}) - {previous.year} {figure.category} "
                f"{format_yuan(before.amount)} ({before.basis}) = {format_yuan(change)} CNY",
            )
        )
    return tuple(found)
