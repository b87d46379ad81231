"""HTML pages for people: the landing page and one page per entity, from the query service.

Each function gathers what its template (``templates/landing.html``, ``entity.html``,
``resource.html``) shows; the templates write the HTML."""

from __future__ import annotations

from decimal import Decimal
from typing import Any, NamedTuple
from urllib.parse import quote, urlencode

from rdflib import Literal, URIRef

from govkg.answers.buildrun import build_run, classify_line
from govkg.answers.kg import KnowledgeGraph
from govkg.core.words import relation_word
from govkg.exports import FORMATS
from govkg.exports.style import STYLES
from govkg.graph.catalog import Link, Node
from govkg.graph.ontology import GOVKG
from govkg.http.exports import PICTURES
from govkg.http.i18n import MESSAGES, language, with_lang
from govkg.http.markup import Page

__all__ = ["entity_page", "landing_page", "resource_page"]

KIND_ORDER = [
    "document", "unit", "person", "platform", "project",
    "publication", "funding-line", "indicator", "event",
]  # fmt: skip
BROWSE_LIMIT = 200


class Relation(NamedTuple):
    """One row of an entity's relations, read from its side; ``cost`` a feed's, or None."""

    link: Link
    reading: str
    other: str
    cost: object


class Term(NamedTuple):
    """The object of a triple as a resource's page shows it: ``kind`` is "node" (``target``
    its id), "link" (``target`` its path), "iri", "literal" (``lang`` its tag) or "text"."""

    kind: str
    text: str = ""
    target: str = ""
    lang: str = ""


class Coverage(NamedTuple):
    """Units × fiscal years: per unit, each year's reports and total (None for none)."""

    years: list[int]
    rows: list[tuple[str, list[tuple[tuple[str, ...], object]]]]
    more: int


def _href(node_id: str) -> str:
    return with_lang("/id/" + quote(node_id, safe="/"))


def _shared(kg: KnowledgeGraph) -> dict[str, Any]:
    """What the templates' macros look up: nodes, documents, links, kind and basis labels."""
    lang = language()
    return {
        "nodes": kg.catalog.nodes,
        "documents": kg.catalog.documents,
        "href": _href,
        "kind_labels": {kind: s.zh if lang == "zh" else s.en for kind, s in STYLES.items()},
        "basis_labels": {
            key.removeprefix("basis."): text
            for key, text in MESSAGES[lang].items()
            if key.startswith("basis.")
        },
    }


def _reading(link_type: str, outgoing: bool) -> str:
    return relation_word(link_type, language(), outgoing)


def _facts(kg: KnowledgeGraph, node: Node) -> dict[str, Any]:
    """What the kind adds to the names: a funding line, indicator, event or document."""
    catalog, service = kg.catalog, kg.service
    facts: dict[str, Any] = {
        "line": None,
        "indicator": None,
        "event": None,
        "doc": None,
        "build_run": [],
    }
    if node.kind == "funding-line" and node.id in catalog.lines:
        facts["line"] = catalog.lines[node.id]
        facts["spend_type"] = classify_line(catalog, node.id)
        facts["share"] = service.computed_share(node.id)
        facts["children"] = [c.id for c in service.children(node.id)]
    elif node.kind == "indicator" and node.id in catalog.indicators:
        ind = facts["indicator"] = catalog.indicators[node.id]
        facts["value"] = ind.text_value if ind.value is None else f"{ind.value} {ind.unit or ''}"
    elif node.kind == "event" and node.id in catalog.events:
        facts["event"] = catalog.events[node.id]
    elif node.kind == "unit":
        facts["build_run"] = _build_run(kg, node.id)
    elif node.kind == "document" and node.id in catalog.documents:
        facts["doc"] = catalog.documents[node.id]
        facts["review"] = service.review(node.id)
    return facts


SPEND_COLOURS = {
    "BUILD": "#2f6db5",
    "RUN": "#d9822b",
    "MIXED": "#8e6cc2",
    "UNCLASSIFIED": "#b9b9b9",
}


class Bar(NamedTuple):
    """One part of a build/run bar: its type, colour, and where it starts and ends (percent)."""

    kind: str
    colour: str
    start: float
    width: float


def _bar(parts: tuple, whole: Decimal) -> list[Bar]:
    """The parts as segments of a 100-wide bar (a picture only: the table gives the sums)."""
    bars, at = [], 0.0
    for part in parts:
        width = float(part.amount / whole * 100) if whole else 0.0
        if width > 0:
            bars.append(Bar(part.kind, SPEND_COLOURS[part.kind], at, width))
        at += width
    return bars


def _build_run(kg: KnowledgeGraph, unit: str) -> list[dict[str, Any]]:
    """A unit's reports split into build, run, mixed and unclassified, with a bar each."""
    found = []
    for spending in kg.service.spending(unit):
        split = build_run(kg.catalog, spending)
        for figure, parts, key in (
            (split.project, split.project_parts, "buildrun.of_project"),
            (split.total, split.total_parts, "buildrun.of_total"),
        ):
            if figure is not None and figure.amount > 0:
                found.append(
                    {
                        "key": key,
                        "year": split.year,
                        "figure": figure,
                        "parts": parts,
                        "bar": _bar(parts, figure.amount),
                        "flow": urlencode(
                            {"focus": unit, **({"year": split.year} if split.year else {})}
                        ),
                    }
                )
    return found


def _relations(kg: KnowledgeGraph, node: Node) -> list[Relation]:
    """The node's links, outgoing then incoming."""
    both = (
        (True, kg.catalog.outgoing.get(node.id, [])),
        (False, kg.catalog.incoming.get(node.id, [])),
    )
    return [
        Relation(
            link,
            _reading(link.type, outgoing),
            link.target if outgoing else link.source,
            kg.service.feed_cost(link.id),
        )
        for outgoing, links in both
        for link in links
    ]


def entity_page(kg: KnowledgeGraph, node_id: str) -> tuple[str, Page]:
    """``(title, page)`` of an entity: names, facts, attributes, relations, citations."""
    node = kg.catalog.nodes[node_id]
    indicators = kg.service.indicators_of(node.id) if node.kind != "indicator" else []
    mentions = kg.service.mentions(node.id.split("/", 1)[1]) if node.kind == "document" else []
    context = {
        **_shared(kg),
        **_facts(kg, node),
        "node": node,
        "relations": _relations(kg, node),
        "indicators": [i.id for i in indicators],
        "mentions": [n.id for n in sorted(mentions, key=_order)],
        # its neighbourhood, drawn with the words of the page's language
        "picture": urlencode({"focus": node.id, "depth": 1, "lang": language()}),
        "embed": with_lang("/embed/" + quote(node.id, safe="/")),
    }
    return node.name, Page("entity.html", context)


def _order(node: Node) -> tuple[int, str]:
    kind = KIND_ORDER.index(node.kind) if node.kind in KIND_ORDER else len(KIND_ORDER)
    return kind, node.id


def _term(kg: KnowledgeGraph, value: object) -> Term:
    if isinstance(value, URIRef):
        text = str(value)
        node_id = kg.catalog.by_iri.get(text)
        if node_id:
            return Term("node", target=node_id)
        base = kg.catalog.base
        if text.startswith(f"{base}/id/"):
            return Term("link", text, quote(text.removeprefix(base), safe="/#"))
        return Term("iri", text)
    if isinstance(value, Literal):
        return Term("literal", str(value), lang=value.language or "")
    return Term("text", str(value))


def resource_page(kg: KnowledgeGraph, subject: URIRef) -> tuple[str, Page]:
    """A resource that is not an entity (a relation, a citation): its triples, readable."""
    heading = str(subject).rpartition("/id/")[2]
    link = kg.catalog.links.get(heading)
    triples = sorted(kg.graph.predicate_objects(subject), key=lambda po: (str(po[0]), str(po[1])))
    context = {
        **_shared(kg),
        "heading": heading,
        "link": link,
        "reading": _reading(link.type, True) if link is not None else "",
        "subject": str(subject),
        "rows": [(kg.graph.namespace_manager.normalizeUri(p), _term(kg, o)) for p, o in triples],
    }
    return heading, Page("resource.html", context)


def _coverage(kg: KnowledgeGraph) -> Coverage | None:
    """Units × fiscal years: the reports each unit issued or has funding lines in, and the
    year's total where its reports state or derive one; None when no report has a year."""
    held = kg.service.coverage
    if not held.cells:
        return None
    years = [y.year for y in held.years if y.units]
    units = held.reporting_units[:BROWSE_LIMIT]
    rows = []
    for unit in units:
        totals = {e.year: e.figure("total") for e in kg.service.series(unit)}
        rows.append((unit, [(held.cells.get((unit, y), ()), totals.get(y)) for y in years]))
    return Coverage(years, rows, len(held.reporting_units) - len(units))


def landing_page(kg: KnowledgeGraph) -> Page:
    """``/``: what the graph holds, the reports it comes from, where to ask."""
    catalog = kg.catalog
    ids = {kind: catalog.ids_of_kind(kind) for kind in KIND_ORDER}
    context = {
        **_shared(kg),
        "kinds": [(kind, ids[kind]) for kind in KIND_ORDER if ids[kind]],
        "limit": BROWSE_LIMIT,
        "relations": len(catalog.ids_of_class(GOVKG.Relation)),
        "triples": kg.triples,
        "version": kg.version,
        "formats": FORMATS,
        "pictures": PICTURES,
        "reports": [catalog.documents[i] for i in ids["document"][:BROWSE_LIMIT]],
        "coverage": _coverage(kg),
    }
    return Page("landing.html", context)
