"""Checks over the graph: what in the sources does not add up, each with its citations."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from govkg.core.money import format_yuan
from govkg.core.records import Citation
from govkg.graph.catalog import Catalog, node_id
from govkg.graph.ontology import GOVKG

__all__ = ["Finding", "find_problems"]


@dataclass(frozen=True, kw_only=True)
class Finding:
    """One check that failed (or deserves a note), with the nodes and sentences involved."""

    id: str
    code: str
    severity: str  # ERROR: contradiction; WARNING: implausible; INFO: worth knowing
    message: str
    subjects: tuple[str, ...]
    sources: tuple[Citation, ...]


def find_problems(catalog: Catalog) -> list[Finding]:
    """Run every check; findings sorted by severity then id."""
    found = [
        *_shares(catalog),
        *_parts_vs_totals(catalog),
        *_over_budget(catalog),
        *_possibly_same(catalog),
        *_dates(catalog),
    ]
    order = {"ERROR": 0, "WARNING": 1, "INFO": 2}
    return sorted(found, key=lambda f: (order[f.severity], f.id))


def _sources(catalog: Catalog, *ids: str) -> tuple[Citation, ...]:
    seen: dict[tuple, Citation] = {}
    for nid in ids:
        for cite in catalog.nodes[nid].sources:
            seen.setdefault((cite.document, cite.start, cite.end), cite)
    return tuple(seen.values())


def _shares(catalog: Catalog) -> list[Finding]:
    """A stated percentage must round to the share its amount is of the amount it is a share
    of: the line ``share_of`` names (占总支出的10%), else the parent."""
    found = []
    for line in catalog.lines.values():
        parent = catalog.lines.get(line.share_base or "")
        if line.stated_share is None or parent is None or not parent.amount:
            continue
        computed = line.amount / parent.amount * 100
        places = max(0, -line.stated_share.as_tuple().exponent)
        rounded = computed.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
        if rounded != line.stated_share:
            name, parent_name = catalog.nodes[line.id].name, catalog.nodes[parent.id].name
            found.append(
                Finding(
                    id=f"share-mismatch/{line.id}",
                    code="SHARE_MISMATCH",
                    severity="ERROR",
                    message=(
                        f"{name} is stated as {line.stated_share}% of {parent_name}, but "
                        f"{format_yuan(line.amount)} / {format_yuan(parent.amount)} = "
                        f"{computed.quantize(Decimal('0.01'))}%"
                    ),
                    subjects=(line.id, parent.id),
                    sources=_sources(catalog, line.id, parent.id),
                )
            )
    return found


def _parts_vs_totals(catalog: Catalog) -> list[Finding]:
    """Stated parts must not exceed a stated total; an unitemised remainder is noted."""
    found = []
    children: dict[str, list] = {}
    for line in catalog.lines.values():
        if line.parent:
            children.setdefault(line.parent, []).append(line)
    for parent_id, parts in sorted(children.items()):
        parent = catalog.lines.get(parent_id)
        if parent is None or parent.basis != "STATED":
            continue
        stated = [p for p in parts if p.basis == "STATED"]
        total = sum((p.amount for p in stated), Decimal(0))
        name = catalog.nodes[parent_id].name
        ids = (parent_id, *(p.id for p in parts))
        derived = [p for p in parts if p.basis == "DERIVED"]
        if total > parent.amount:
            found.append(
                Finding(
                    id=f"parts-exceed-total/{parent_id}",
                    code="PARTS_EXCEED_TOTAL",
                    severity="ERROR",
                    message=(
                        f"the stated parts of {name} add up to {format_yuan(total)} CNY, more "
                        f"than its stated total {format_yuan(parent.amount)} CNY"
                    ),
                    subjects=ids,
                    sources=_sources(catalog, *ids),
                )
            )
        elif total < parent.amount and not derived:
            found.append(
                Finding(
                    id=f"parts-short-of-total/{parent_id}",
                    code="PARTS_SHORT_OF_TOTAL",
                    severity="WARNING",
                    message=(
                        f"the stated parts of {name} add up to {format_yuan(total)} CNY, "
                        f"{format_yuan(parent.amount - total)} CNY short of its stated total "
                        f"{format_yuan(parent.amount)} CNY"
                    ),
                    subjects=ids,
                    sources=_sources(catalog, *ids),
                )
            )
        elif total < parent.amount:
            rest = parent.amount - total
            share = (rest / parent.amount * 100).quantize(Decimal("0.01"))
            shares = [p.stated_share for p in stated if p.stated_share is not None]
            stated_sum = f"; the stated shares add up to {sum(shares)}%" if shares else ""
            found.append(
                Finding(
                    id=f"unitemised-remainder/{parent_id}",
                    code="UNITEMISED_REMAINDER",
                    severity="INFO",
                    message=(
                        f"{format_yuan(rest)} CNY ({share}%) of {name} "
                        f"({format_yuan(parent.amount)} CNY) is not itemised in the report; "
                        f"govkg shows it as a derived line{stated_sum}"
                    ),
                    subjects=ids,
                    sources=_sources(catalog, parent_id, *(p.id for p in derived)),
                )
            )
    return found


def _dates(catalog: Catalog) -> list[Finding]:
    """Events dated after the report's own date, and a report dated before its year ends."""
    found = []
    for doc in catalog.documents.values():
        year_end = f"{doc.fiscal_year}-12-31"
        if doc.date and doc.fiscal_year and doc.date < year_end[: len(doc.date)]:
            found.append(
                Finding(
                    id=f"report-dated-before-year-end/{doc.id}",
                    code="REPORT_DATED_BEFORE_YEAR_END",
                    severity="WARNING",
                    message=(
                        f"the report on fiscal year {doc.fiscal_year} is dated {doc.date}, "
                        f"before the year it assesses had ended"
                    ),
                    subjects=(doc.id,),
                    sources=_sources(catalog, doc.id),
                )
            )
    for event in catalog.events.values():
        if not event.date:
            continue
        for doc_id in sorted({f"document/{c.document}" for c in catalog.nodes[event.id].sources}):
            doc = catalog.documents.get(doc_id)
            if doc is None or not doc.date:
                continue
            if event.date[: len(doc.date)] > doc.date[: len(event.date)]:
                found.append(
                    Finding(
                        id=f"event-after-report-date/{event.id}/{doc_id}",
                        code="EVENT_AFTER_REPORT_DATE",
                        severity="ERROR",
                        message=(
                            f"{catalog.nodes[event.id].name} is dated {event.date}, after the "
                            f"date the report gives itself ({doc.date})"
                        ),
                        subjects=(event.id, doc.id),
                        sources=_sources(catalog, event.id, doc.id),
                    )
                )
            elif doc.fiscal_year and event.date[:4] < str(doc.fiscal_year):
                found.append(
                    Finding(
                        id=f"event-before-fiscal-year/{event.id}/{doc_id}",
                        code="EVENT_BEFORE_FISCAL_YEAR",
                        severity="INFO",
                        message=(
                            f"{catalog.nodes[event.id].name} ({event.date}) took place before "
                            f"fiscal year {doc.fiscal_year}, which the report assesses"
                        ),
                        subjects=(event.id, doc.id),
                        sources=_sources(catalog, event.id),
                    )
                )
    return found


def _over_budget(catalog: Catalog) -> list[Finding]:
    """An executed amount larger than the budget the report states for the same line."""
    found = []
    for line in catalog.lines.values():
        if line.budget is None or line.amount <= line.budget:
            continue
        over = line.amount - line.budget
        share = f" ({(over / line.budget * 100).quantize(Decimal('0.01'))}%)" if line.budget else ""
        basis = "stated" if line.basis == "STATED" else "derived"
        found.append(
            Finding(
                id=f"over-budget/{line.id}",
                code="EXECUTED_OVER_BUDGET",
                severity="WARNING",
                message=(
                    f"{catalog.nodes[line.id].name}: the executed amount "
                    f"{format_yuan(line.amount)} CNY ({basis}) is {format_yuan(over)} CNY"
                    f"{share} more than its stated budget {format_yuan(line.budget)} CNY"
                ),
                subjects=(line.id,),
                sources=_sources(catalog, line.id),
            )
        )
    return found


def _possibly_same(catalog: Catalog) -> list[Finding]:
    """A doubtful match an ingest rule left unmerged: one finding per pair, citing both.
    The pairs come from the predicate's index, so the check does not read every node."""
    pairs = {
        tuple(sorted((node_id(a), node_id(b))))
        for a, b in catalog.graph.subject_objects(GOVKG.possiblySameAs)
    }
    found = []
    for first, second in sorted(pairs):
        one, two = catalog.nodes.get(first), catalog.nodes.get(second)
        if one is None or two is None:
            continue
        found.append(
            Finding(
                id=f"possibly-same-as/{first}/{second}",
                code="POSSIBLY_SAME_AS",
                severity="WARNING",
                message=(
                    f"{one.name} ({first}) may be the same as {two.name} ({second}): an ingest "
                    f"rule found the match doubtful and did not merge them. A curator either "
                    f"turns one record into a mention of the other (`mentions: - {{entity: "
                    f"<the other's id>, name: <the name as written>, sources: …}}`, its facts "
                    f"pointing at the other) or removes possibly_same_as"
                ),
                subjects=(first, second),
                sources=_sources(catalog, first, second),
            )
        )
    return found
