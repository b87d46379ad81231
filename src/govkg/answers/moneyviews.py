"""Which unit-years a money picture shows, and a unit-year's funding lines by report.

Apart from the flows and the treemap data because both pictures choose their unit-years,
and find each report's lines, the same way.
"""

from __future__ import annotations

from collections import defaultdict

from govkg.answers.costs import allocate_platform
from govkg.core.errors import QueryError
from govkg.graph.catalog import Catalog, Line
from govkg.graph.ontology import GOVKG

__all__ = ["MAX_VIEWS", "money_views", "unit_reports", "unit_years"]

MAX_VIEWS = 30  # unit-years in one picture of the whole graph; more: choose a unit


def _unit_lines(catalog: Catalog, unit: str) -> list[Line]:
    ids = catalog.subjects_of(GOVKG.spendingUnit, unit)
    return [catalog.lines[i] for i in ids if i in catalog.lines]


def unit_years(catalog: Catalog, unit: str) -> list[int | None]:
    """The fiscal years of a unit's funding lines, oldest first (a line without one: None)."""
    years = {line.year for line in _unit_lines(catalog, unit)}
    return sorted(years, key=lambda y: -1 if y is None else y)


def money_views(
    catalog: Catalog, focus: str | None, year: int | None
) -> list[tuple[str, int | None]]:
    """The (unit, year) pictures a money view of ``focus`` shows, or of the whole graph.

    A unit is itself (its latest year by default); a funding line is its unit in its year;
    a project or system is each unit whose lines pay for it, in their years. ``year``, when
    given, is the year shown. Anything else, or a node no line pays for, is a QueryError.
    """
    if focus is None:
        units = sorted({unit for i in catalog.lines if (unit := catalog.lines[i].unit)})
        views = [(u, y) for u in units for y in unit_years(catalog, u) if year in (None, y)]
        if not views:
            raise QueryError("no unit has funding lines" + (f" in {year}" if year else ""))
        if len(views) > MAX_VIEWS:
            raise QueryError(
                f"{len(views)} unit-years are too many for one money picture (at most "
                f"{MAX_VIEWS}): choose a unit as focus, or a year"
            )
        return views
    node = catalog.nodes.get(focus)
    if node is None:
        raise QueryError(f"no node with id {focus!r}")
    if node.kind == "unit":
        years = unit_years(catalog, focus)
        if not years:
            raise QueryError(f"unit {node.name!r} has no funding lines to draw")
        return [(focus, _year_of(catalog, focus, year, years))]
    if node.kind == "funding-line":
        lines = [catalog.lines[focus]]
    elif node.kind == "project":
        lines = [catalog.lines[link.source] for link in catalog.links_to(focus, "funds")
                 if link.source in catalog.lines]  # fmt: skip
    elif node.kind == "platform":
        lines = [catalog.lines[a.funding_line] for a in allocate_platform(catalog, focus).platform]
    else:
        raise QueryError(
            f"a money picture needs a unit as focus (or a funding line, project or system a "
            f"line pays for); {node.name!r} is a {node.kind}"
        )
    found = sorted({(line.unit, line.year) for line in lines if line.unit}, key=str)
    if not found:
        raise QueryError(f"no funding line pays for {node.name!r}: choose a unit as focus")
    if year is not None:
        found = sorted({(u, _year_of(catalog, u, year, unit_years(catalog, u))) for u, _ in found})
    return found


def _year_of(catalog: Catalog, unit: str, year: int | None, years: list[int | None]) -> int | None:
    if year is None:
        return years[-1]
    if year not in years:
        shown = ", ".join(str(y) for y in years if y is not None) or "none"
        raise QueryError(
            f"unit {catalog.nodes[unit].name!r} has no funding lines in {year} (years: {shown})"
        )
    return year


def unit_reports(
    catalog: Catalog, unit: str, year: int | None
) -> list[tuple[str | None, list[Line]]]:
    """The unit's lines of ``year`` by report (document), in document order."""
    if year is None:
        years = unit_years(catalog, unit)
        year = years[-1] if years else None
    groups: dict[str | None, list[Line]] = defaultdict(list)
    for line in _unit_lines(catalog, unit):
        if line.year == year:
            groups[line.document].append(line)
    return sorted(groups.items(), key=lambda item: item[0] or "")
