"""Read an RDF graph back into typed Python records, once per graph version.

Everything above this layer (networkx view, costs, findings, the query service) works on a
``Catalog``, so it serves any graph with govkg's vocabulary: one built from the seed, or a
Turtle/N-Triples file loaded with ``--data``.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from decimal import Decimal

from rdflib import RDF, RDFS, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, SKOS

from govkg.ontology import GOVKG, OA, SCHEMA
from govkg.records import Citation

__all__ = ["Catalog", "Document", "Event", "Indicator", "Line", "Link", "Node", "read_catalog"]

KIND_OF_CLASS = {
    GOVKG.Unit: "unit",
    GOVKG.Person: "person",
    GOVKG.Platform: "platform",
    GOVKG.Project: "project",
    GOVKG.Publication: "publication",
    GOVKG.Document: "document",
    GOVKG.FundingLine: "funding-line",
    GOVKG.Indicator: "indicator",
    GOVKG.Event: "event",
}
TYPE_OF_PREDICATE = {
    GOVKG.feeds: "feeds",
    GOVKG.connectsTo: "connects",
    GOVKG.migratedTo: "migrated-to",
    GOVKG.operates: "operates",
    GOVKG.owns: "owns",
    GOVKG.partOf: "part-of",
    GOVKG.delivers: "delivers",
    GOVKG.funds: "funds",
    GOVKG.uses: "uses",
    GOVKG.leads: "leads",
    GOVKG.participatesIn: "participates",
    GOVKG.reviews: "reviews",
}
BASIS_OF = {GOVKG.Stated: "STATED", GOVKG.Derived: "DERIVED", GOVKG.Allocated: "ALLOCATED"}


@dataclass(frozen=True, kw_only=True)
class Attribute:
    name: str
    value: str
    sources: tuple[Citation, ...]


@dataclass(frozen=True, kw_only=True)
class Node:
    """Any entity of the graph, with the names a lookup may use."""

    id: str
    iri: str
    kind: str
    category: str | None
    name: str
    name_en: str | None
    aliases: tuple[str, ...]
    pinyin: str | None
    description: str | None
    unnamed: bool
    attributes: tuple[Attribute, ...]
    sources: tuple[Citation, ...]
    provenance: str


@dataclass(frozen=True, kw_only=True)
class Link:
    """A cited relation between two nodes (feeds, operates, funds, …)."""

    id: str
    type: str
    source: str
    target: str
    via: str | None
    sources: tuple[Citation, ...]
    provenance: str


@dataclass(frozen=True, kw_only=True)
class Line:
    """A funding line's figures: ``basis`` says whether the amount is stated or derived."""

    id: str
    amount: Decimal
    basis: str
    method: str | None
    stated_share: Decimal | None
    parent: str | None
    document: str | None
    year: int | None
    unit: str | None
    category: str | None
    as_written: str | None


@dataclass(frozen=True, kw_only=True)
class Indicator:
    id: str
    subject: str
    value: Decimal | None
    text_value: str | None
    unit: str | None
    approximate: str | None
    as_written: str | None
    document: str | None
    year: int | None


@dataclass(frozen=True, kw_only=True)
class Event:
    id: str
    category: str | None
    date: str | None
    location: str | None
    organizer: str | None
    participants: tuple[str, ...]
    subjects: tuple[str, ...]


@dataclass(frozen=True, kw_only=True)
class Document:
    id: str
    title: str
    fiscal_year: int | None
    date: str | None
    issuer: str | None
    genre: str | None
    sha256: str | None
    file: str | None


@dataclass(kw_only=True)
class Catalog:
    """The graph as typed records, indexed for the questions analysts ask."""

    nodes: dict[str, Node] = field(default_factory=dict)
    links: dict[str, Link] = field(default_factory=dict)
    lines: dict[str, Line] = field(default_factory=dict)
    indicators: dict[str, Indicator] = field(default_factory=dict)
    events: dict[str, Event] = field(default_factory=dict)
    documents: dict[str, Document] = field(default_factory=dict)
    by_iri: dict[str, str] = field(default_factory=dict)
    outgoing: dict[str, list[Link]] = field(default_factory=lambda: defaultdict(list))
    incoming: dict[str, list[Link]] = field(default_factory=lambda: defaultdict(list))

    def links_from(self, node_id: str, link_type: str) -> list[Link]:
        return [link for link in self.outgoing.get(node_id, ()) if link.type == link_type]

    def links_to(self, node_id: str, link_type: str) -> list[Link]:
        return [link for link in self.incoming.get(node_id, ()) if link.type == link_type]


def node_id(iri: str) -> str:
    """``https://…/id/platform/yiwangtongguan`` -> ``platform/yiwangtongguan``."""
    _, marker, rest = str(iri).rpartition("/id/")
    return rest if marker else str(iri)


def _text(value: object) -> str | None:
    return None if value is None else str(value)


def _decimal(value: object) -> Decimal | None:
    """A decimal as the report wrote it: integral values without a trailing ".0"."""
    if not isinstance(value, Literal):
        return None
    try:
        number = Decimal(str(value))
    except ArithmeticError:
        return None
    if number == number.to_integral_value() and "." in str(value) and str(value).endswith(".0"):
        return number.quantize(Decimal(1))
    return number


def _int(value: object) -> int | None:
    if isinstance(value, Literal):
        try:
            return int(str(value))
        except ValueError:
            return None
    return None


class _Reader:
    """Per-subject property access over one rdflib graph."""

    def __init__(self, graph: Graph) -> None:
        self.graph = graph
        self.citation_cache: dict[URIRef, Citation | None] = {}

    def one(self, subject: URIRef, predicate: URIRef) -> object | None:
        return next(self.graph.objects(subject, predicate), None)

    def label(self, subject: URIRef, lang: str) -> str | None:
        for value in self.graph.objects(subject, RDFS.label):
            if isinstance(value, Literal) and (value.language or "") == lang:
                return str(value)
        return None

    def citations(self, subject: URIRef) -> tuple[Citation, ...]:
        found = []
        for node in self.graph.objects(subject, GOVKG.citation):
            if node not in self.citation_cache:
                self.citation_cache[node] = self._citation(node)
            if self.citation_cache[node] is not None:
                found.append(self.citation_cache[node])
        return tuple(sorted(found, key=lambda c: (c.document, c.start, c.end)))

    def _citation(self, node: URIRef) -> Citation | None:
        source = self.one(node, OA.hasSource)
        quote, start, end = None, None, None
        for selector in self.graph.objects(node, OA.hasSelector):
            exact = self.one(selector, OA.exact)
            if exact is not None:
                quote = str(exact)
            if (selector, OA.start, None) in self.graph:
                start, end = _int(self.one(selector, OA.start)), _int(self.one(selector, OA.end))
        if source is None or quote is None or start is None or end is None:
            return None
        return Citation(
            document=node_id(source).removeprefix("document/"), quote=quote, start=start, end=end
        )

    def attributes(self, subject: URIRef) -> tuple[Attribute, ...]:
        found = []
        for holder in self.graph.objects(subject, GOVKG.attribute):
            name, value = self.one(holder, GOVKG.attributeName), self.one(holder, RDF.value)
            if name is not None and value is not None:
                found.append(
                    Attribute(name=str(name), value=str(value), sources=self.citations(holder))
                )
        return tuple(sorted(found, key=lambda a: (a.name, a.value)))


def read_catalog(graph: Graph) -> Catalog:
    """Index every govkg node, link, line, indicator, event and document of ``graph``."""
    r, catalog = _Reader(graph), Catalog()
    for cls, kind in KIND_OF_CLASS.items():
        for subject in graph.subjects(RDF.type, cls):
            if not isinstance(subject, URIRef):
                continue
            nid = node_id(subject)
            name = r.label(subject, "zh") or r.label(subject, "") or nid
            catalog.nodes[nid] = Node(
                id=nid,
                iri=str(subject),
                kind=kind,
                category=_text(r.one(subject, GOVKG.category)),
                name=name,
                name_en=r.label(subject, "en"),
                aliases=tuple(sorted(str(a) for a in graph.objects(subject, SKOS.altLabel))),
                pinyin=_text(r.one(subject, GOVKG.pinyin)),
                description=_text(r.one(subject, RDFS.comment)),
                unnamed=bool(r.one(subject, GOVKG.unnamed)),
                attributes=r.attributes(subject),
                sources=r.citations(subject),
                provenance=_text(r.one(subject, GOVKG.provenance)) or "curated",
            )
            catalog.by_iri[str(subject)] = nid
            _read_details(r, catalog, subject, nid, kind)
    for subject in graph.subjects(RDF.type, GOVKG.Relation):
        predicate = r.one(subject, GOVKG.relationType)
        source, target = r.one(subject, GOVKG.source), r.one(subject, GOVKG.target)
        if predicate not in TYPE_OF_PREDICATE or source is None or target is None:
            continue
        via = r.one(subject, GOVKG.via)
        link = Link(
            id=node_id(subject),
            type=TYPE_OF_PREDICATE[predicate],
            source=node_id(source),
            target=node_id(target),
            via=node_id(via) if via is not None else None,
            sources=r.citations(subject),
            provenance=_text(r.one(subject, GOVKG.provenance)) or "curated",
        )
        if link.source in catalog.nodes and link.target in catalog.nodes:
            catalog.links[link.id] = link
    for link in sorted(catalog.links.values(), key=lambda k: k.id):
        catalog.outgoing[link.source].append(link)
        catalog.incoming[link.target].append(link)
    return catalog


def _ref(r: _Reader, subject: URIRef, predicate: URIRef) -> str | None:
    value = r.one(subject, predicate)
    return node_id(value) if value is not None else None


def _read_details(r: _Reader, catalog: Catalog, subject: URIRef, nid: str, kind: str) -> None:
    if kind == "funding-line":
        money = r.one(subject, SCHEMA.amount)
        amount = _decimal(r.one(money, SCHEMA.value)) if money is not None else None
        basis = r.one(money, GOVKG.basis) if money is not None else None
        catalog.lines[nid] = Line(
            id=nid,
            amount=amount if amount is not None else Decimal(0),
            basis=BASIS_OF.get(basis, "STATED"),
            method=_text(r.one(money, GOVKG.method)) if money is not None else None,
            stated_share=_decimal(r.one(subject, GOVKG.statedShare)),
            parent=_ref(r, subject, GOVKG.parentLine),
            document=_ref(r, subject, GOVKG.reportedIn),
            year=_int(r.one(subject, GOVKG.fiscalYear)),
            unit=_ref(r, subject, GOVKG.spendingUnit),
            category=_text(r.one(subject, GOVKG.lineCategory)),
            as_written=_text(r.one(subject, GOVKG.asWritten)),
        )
    elif kind == "indicator":
        catalog.indicators[nid] = Indicator(
            id=nid,
            subject=_ref(r, subject, GOVKG.subject) or "",
            value=_decimal(r.one(subject, SCHEMA.value)),
            text_value=_text(r.one(subject, GOVKG.textValue)),
            unit=_text(r.one(subject, SCHEMA.unitText)),
            approximate=_text(r.one(subject, GOVKG.approximate)),
            as_written=_text(r.one(subject, GOVKG.asWritten)),
            document=_ref(r, subject, GOVKG.reportedIn),
            year=_int(r.one(subject, GOVKG.fiscalYear)),
        )
    elif kind == "event":
        catalog.events[nid] = Event(
            id=nid,
            category=_text(r.one(subject, GOVKG.eventCategory)),
            date=_text(r.one(subject, SCHEMA.startDate)),
            location=_ref(r, subject, SCHEMA.location),
            organizer=_ref(r, subject, SCHEMA.organizer),
            participants=tuple(
                sorted(node_id(p) for p in r.graph.objects(subject, SCHEMA.attendee))
            ),
            subjects=tuple(sorted(node_id(p) for p in r.graph.objects(subject, SCHEMA.about))),
        )
    elif kind == "document":
        catalog.documents[nid] = Document(
            id=nid,
            title=_text(r.one(subject, DCTERMS.title)) or r.label(subject, "zh") or nid,
            fiscal_year=_int(r.one(subject, GOVKG.fiscalYear)),
            date=_text(r.one(subject, DCTERMS.issued)),
            issuer=_ref(r, subject, DCTERMS.publisher),
            genre=_text(r.one(subject, GOVKG.genre)),
            sha256=_text(r.one(subject, GOVKG.sha256)),
            file=_text(r.one(subject, GOVKG.sourceFile)),
        )
