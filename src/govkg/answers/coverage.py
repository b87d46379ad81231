"""What a corpus holds: its reports by fiscal year and genre, and which unit reports when.

One pass over the documents and the spending lines' units, kept per graph version by the
query service, so the landing page, ``rankUnits`` and ``corpus`` cost the same on every
request. How many facts await review is counted apart (``Service.review_totals``): it reads
every citation, and only ``corpus`` asks for it.
"""

from __future__ import annotations

from dataclasses import dataclass

from govkg.graph.catalog import Catalog, node_id
from govkg.graph.ontology import GOVKG

__all__ = ["Coverage", "YearCoverage", "coverage"]


@dataclass(frozen=True, kw_only=True)
class YearCoverage:
    """One fiscal year: its reports, and the units they issue or give figures of."""

    year: int
    documents: tuple[str, ...]
    units: tuple[str, ...]


@dataclass(frozen=True, kw_only=True)
class Coverage:
    """The corpus at a glance. ``cells`` maps (unit, fiscal year) to the reports of that
    year the unit issued or has funding lines in; ``undated`` are reports without a year."""

    documents: tuple[str, ...]
    years: tuple[YearCoverage, ...]
    genres: tuple[tuple[str | None, int], ...]
    units: tuple[str, ...]
    reporting_units: tuple[str, ...]
    cells: dict[tuple[str, int], tuple[str, ...]]
    undated: tuple[str, ...]


def coverage(catalog: Catalog) -> Coverage:
    """The coverage of ``catalog``'s graph."""
    documents = catalog.ids_of_kind("document")
    year_of: dict[str, int | None] = {}
    genres: dict[str | None, int] = {}
    cells: dict[tuple[str, int], set[str]] = {}
    for doc_id in documents:
        doc = catalog.documents.get(doc_id)
        if doc is None:
            continue
        year_of[doc_id] = doc.fiscal_year
        genres[doc.genre] = genres.get(doc.genre, 0) + 1
        if doc.issuer and doc.fiscal_year is not None and doc.issuer in catalog.nodes:
            cells.setdefault((doc.issuer, doc.fiscal_year), set()).add(doc_id)
    graph = catalog.graph
    for line, unit in graph.subject_objects(GOVKG.spendingUnit):
        doc_id = node_id(graph.value(line, GOVKG.reportedIn) or "")
        year = year_of.get(doc_id)
        unit_id = node_id(unit)
        if year is not None and unit_id in catalog.nodes:
            cells.setdefault((unit_id, year), set()).add(doc_id)
    years: dict[int, tuple[set[str], set[str]]] = {}
    for (unit_id, year), held in cells.items():
        docs, units = years.setdefault(year, (set(), set()))
        docs |= held
        units.add(unit_id)
    for doc_id, year in year_of.items():
        if year is not None:
            years.setdefault(year, (set(), set()))[0].add(doc_id)
    return Coverage(
        documents=tuple(documents),
        years=tuple(
            YearCoverage(year=y, documents=tuple(sorted(d)), units=tuple(sorted(u)))
            for y, (d, u) in sorted(years.items())
        ),
        genres=tuple(sorted(genres.items(), key=lambda g: (-g[1], g[0] or ""))),
        units=tuple(catalog.ids_of_kind("unit")),
        reporting_units=tuple(sorted({unit for unit, _ in cells})),
        cells={key: tuple(sorted(held)) for key, held in cells.items()},
        undated=tuple(d for d, y in year_of.items() if y is None),
    )
