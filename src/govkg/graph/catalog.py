"""Read an RDF graph as typed records, lazily: each record on first use, then kept.

Everything above this layer (costs, findings, the query service, pages, exports) works on a
``Catalog``, so it serves any graph with govkg's vocabulary: one built from the seed, or a
Turtle/N-Triples file of a million triples loaded with ``--data``. Records come from bound
patterns (a subject's triples, the subjects of one predicate and object), which the store
answers from its indexes, so the cost of a question does not grow with the graph.

Records: ``catalog_records``; RDF terms: ``catalog_terms``; reads on Oxigraph: ``oxreads``.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from decimal import Decimal
from typing import TypeVar

from rdflib import RDF, RDFS, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, SKOS

from govkg.core.money import FEN
from govkg.core.records import MONEY_KINDS, Citation
from govkg.graph.bulklines import lines_in_bulk
from govkg.graph.catalog_records import (
    Attribute,
    Document,
    Event,
    Indicator,
    Line,
    Link,
    MoneyFigure,
    Node,
)
from govkg.graph.catalog_terms import (
    BASIS_OF,
    CLASS_OF_KIND,
    KIND_OF_CLASS,
    NOT_NEIGHBOURS,
    TYPE_OF_PREDICATE,
    decimal_of,
    id_shaped,
    int_of,
    kind_of,
    label_of,
    node_id,
    ref_of,
    text_of,
)
from govkg.graph.lazymap import LazyMap
from govkg.graph.ontology import GOVKG, OA, SCHEMA
from govkg.graph.oxreads import reads_of

__all__ = [
    "BASIS_OF",
    "CLASS_OF_KIND",
    "KIND_OF_CLASS",
    "Attribute",
    "Catalog",
    "Document",
    "Event",
    "Indicator",
    "LazyMap",
    "Line",
    "Link",
    "MoneyFigure",
    "Node",
    "node_id",
]

V = TypeVar("V")


class Catalog:
    """The graph as typed records; every mapping loads what it is asked for, once."""

    def __init__(self, graph: Graph) -> None:
        self.graph = graph
        self.reads = reads_of(graph)  # from Oxigraph itself where it can: ~5x sooner
        self.base = self._find_base()
        self._ids: dict[URIRef, list[str]] = {}
        self._citations: dict[URIRef, Citation | None] = {}
        self._by_literal: dict[tuple, frozenset[str]] = {}
        self.nodes: LazyMap[Node] = LazyMap(self._node, self._all_node_ids)
        self.links: LazyMap[Link] = LazyMap(self._link, lambda: self.ids_of_class(GOVKG.Relation))
        self.lines: LazyMap[Line] = LazyMap(
            lambda i: self._detail(i, "funding-line", self._line),
            lambda: self.ids_of_kind("funding-line"),
            bulk=lambda: lines_in_bulk(self.reads, self.base),  # findings read them all
        )
        self.indicators: LazyMap[Indicator] = LazyMap(
            lambda i: self._detail(i, "indicator", self._indicator),
            lambda: self.ids_of_kind("indicator"),
        )
        self.events: LazyMap[Event] = LazyMap(
            lambda i: self._detail(i, "event", self._event), lambda: self.ids_of_kind("event")
        )
        self.documents: LazyMap[Document] = LazyMap(
            lambda i: self._detail(i, "document", self._document),
            lambda: self.ids_of_kind("document"),
        )
        self.outgoing: LazyMap[list[Link]] = LazyMap(
            lambda i: self._links_by(GOVKG.source, i), self._all_node_ids
        )
        self.incoming: LazyMap[list[Link]] = LazyMap(
            lambda i: self._links_by(GOVKG.target, i), self._all_node_ids
        )
        self.by_iri: LazyMap[str] = LazyMap(self._id_of_iri, list)
        self.money_figures: LazyMap[MoneyFigure] = LazyMap(
            self._money_figure, lambda: self.ids_of_class(GOVKG.MoneyFigure)
        )

    # identifiers ----------------------------------------------------------------------
    def _find_base(self) -> str:
        for cls in (GOVKG.Document, GOVKG.Unit, GOVKG.Platform, GOVKG.Relation):
            for subject in self.graph.subjects(RDF.type, cls):
                head, marker, _ = str(subject).rpartition("/id/")
                if marker:
                    return head
        return "https://govkg.org"

    def iri(self, node: str) -> URIRef:
        """The IRI of an id in this graph (``platform/x`` -> ``<base>/id/platform/x``)."""
        return URIRef(f"{self.base}/id/{node}")

    @staticmethod
    def could_be_id(text: str) -> bool:
        """Ids are ``kind/slug`` paths: anything else (a name, spaces) is not looked up."""
        return id_shaped(text)

    def _id_of_iri(self, iri: str) -> str | None:
        if not iri.startswith(("http://", "https://", "urn:")):
            return None
        candidate = node_id(iri)
        if str(self.iri(candidate)) == str(iri) and candidate in self.nodes:
            return candidate
        return None

    def ids_of_class(self, cls: URIRef) -> list[str]:
        """Sorted ids of every instance of ``cls`` (computed once per graph version)."""
        if cls not in self._ids:
            self._ids[cls] = sorted(node_id(s) for s in self.reads.subject_iris(RDF.type, cls))
        return self._ids[cls]

    def ids_of_kind(self, kind: str) -> list[str]:
        return self.ids_of_class(CLASS_OF_KIND[kind])

    def _all_node_ids(self) -> list[str]:
        return [i for cls in KIND_OF_CLASS for i in self.ids_of_class(cls)]

    def subjects_of(self, predicate: URIRef, node: str) -> list[str]:
        """Ids of the subjects pointing at ``node`` through ``predicate`` (an index lookup)."""
        return sorted(node_id(s) for s in self.graph.subjects(predicate, self.iri(node)))

    def subjects_of_literal(self, predicate: URIRef, value: str | int) -> frozenset[str]:
        """Ids of the subjects whose ``predicate`` has the literal ``value`` (index lookup,
        kept for the few values asked about: years, categories)."""
        key = (predicate, value)
        found = self._by_literal.get(key)
        if found is None:
            found = frozenset(node_id(s) for s in self.graph.subjects(predicate, Literal(value)))
            if len(self._by_literal) < 1024:
                self._by_literal[key] = found
        return found

    def citing(self, document: str) -> list[str]:
        """Ids of the nodes with a citation into ``document`` (its slug)."""
        found = set()
        for citation in self.graph.subjects(OA.hasSource, self.iri(f"document/{document}")):
            for subject in self.graph.subjects(GOVKG.citation, citation):
                found.add(node_id(str(subject).split("#", 1)[0]))
        return sorted(nid for nid in found if nid in self.nodes)

    # records --------------------------------------------------------------------------
    def _properties(self, subject: URIRef) -> dict[URIRef, list]:
        return self.reads.properties(subject)

    def _node(self, nid: str) -> Node | None:
        if not self.could_be_id(nid):
            return None
        subject = self.iri(nid)
        props = self._properties(subject)
        kind = kind_of(props[RDF.type])
        if kind is None:
            return None
        labels = props[RDFS.label]
        return Node(
            id=nid,
            iri=str(subject),
            kind=kind,
            category=text_of(props[GOVKG.category]),
            name=label_of(labels, "zh") or label_of(labels, "") or nid,
            name_en=label_of(labels, "en"),
            aliases=tuple(sorted(str(a) for a in props[SKOS.altLabel])),
            pinyin=text_of(props[GOVKG.pinyin]),
            description=text_of(props[RDFS.comment]),
            unnamed=bool(props[GOVKG.unnamed]) and props[GOVKG.unnamed][0].toPython() is True,
            attributes=self._attributes(props[GOVKG.attribute]),
            sources=self._cite(props[GOVKG.citation]),
            provenance=text_of(props[GOVKG.provenance]) or "curated",
            rule=text_of(props[GOVKG.extractionRule]),
            possibly_same_as=tuple(sorted(node_id(o) for o in props[GOVKG.possiblySameAs])),
        )

    def _cite(self, nodes: list) -> tuple[Citation, ...]:
        found = []
        for node in nodes:
            if node not in self._citations:
                self._citations[node] = self._citation(node)
            if self._citations[node] is not None:
                found.append(self._citations[node])
        return tuple(sorted(found, key=lambda c: (c.document, c.start, c.end)))

    def _citation(self, node: URIRef) -> Citation | None:
        held = self._properties(node)
        source = held[OA.hasSource][0] if held[OA.hasSource] else None
        quote, start, end = None, None, None
        for selector in held[OA.hasSelector]:
            props = self._properties(selector)
            if props[OA.exact]:
                quote = str(props[OA.exact][0])
            if props[OA.start]:
                start, end = int_of(props[OA.start]), int_of(props[OA.end])
        if source is None or quote is None or start is None or end is None:
            return None
        document = node_id(source).removeprefix("document/")
        return Citation(document=document, quote=quote, start=start, end=end)

    def _attributes(self, holders: list) -> tuple[Attribute, ...]:
        found = []
        for holder in holders:
            props = self._properties(holder)
            if props[GOVKG.attributeName] and props[RDF.value]:
                found.append(
                    Attribute(
                        name=str(props[GOVKG.attributeName][0]),
                        value=str(props[RDF.value][0]),
                        sources=self._cite(props[GOVKG.citation]),
                    )
                )
        return tuple(sorted(found, key=lambda a: (a.name, a.value)))

    def _detail(self, nid: str, kind: str, read: Callable[[str, dict], V]) -> V | None:
        """A record of a node of ``kind``, its kind read as ``_node`` reads it (not its names
        and citations: findings read every line); a node read before as another kind, None."""
        if not self.could_be_id(nid) or getattr(self.nodes.cached(nid), "kind", kind) != kind:
            return None
        props = self._properties(self.iri(nid))
        return read(nid, props) if kind_of(props[RDF.type]) == kind else None

    def _line(self, nid: str, props: dict) -> Line:
        money = props[SCHEMA.amount][0] if props[SCHEMA.amount] else None
        figures = self._properties(money) if money is not None else defaultdict(list)
        amount = decimal_of(figures[SCHEMA.value])
        basis = figures[GOVKG.basis][0] if figures[GOVKG.basis] else GOVKG.Stated
        budget = None
        if props[GOVKG.budget]:
            budget = decimal_of(self._properties(props[GOVKG.budget][0])[SCHEMA.value])
        return Line(
            id=nid,
            amount=(amount if amount is not None else Decimal(0)).quantize(FEN),
            basis=BASIS_OF.get(basis, "STATED"),
            method=text_of(figures[GOVKG.method]),
            stated_share=decimal_of(props[GOVKG.statedShare]),
            parent=ref_of(props[GOVKG.parentLine]),
            document=ref_of(props[GOVKG.reportedIn]),
            year=int_of(props[GOVKG.fiscalYear]),
            unit=ref_of(props[GOVKG.spendingUnit]),
            category=text_of(props[GOVKG.lineCategory]),
            as_written=text_of(props[GOVKG.asWritten]),
            budget=budget.quantize(FEN) if budget is not None else None,
            budget_as_written=text_of(props[GOVKG.budgetAsWritten]),
            share_of=ref_of(props[GOVKG.shareOf]),
        )

    def _indicator(self, nid: str, props: dict) -> Indicator:
        return Indicator(
            id=nid,
            subject=ref_of(props[GOVKG.subject]) or "",
            value=decimal_of(props[SCHEMA.value]),
            text_value=text_of(props[GOVKG.textValue]),
            unit=text_of(props[SCHEMA.unitText]),
            approximate=text_of(props[GOVKG.approximate]),
            as_written=text_of(props[GOVKG.asWritten]),
            document=ref_of(props[GOVKG.reportedIn]),
            year=int_of(props[GOVKG.fiscalYear]),
        )

    def _event(self, nid: str, props: dict) -> Event:
        return Event(
            id=nid,
            category=text_of(props[GOVKG.eventCategory]),
            date=text_of(props[SCHEMA.startDate]),
            location=ref_of(props[SCHEMA.location]),
            organizer=ref_of(props[SCHEMA.organizer]),
            participants=tuple(sorted(node_id(p) for p in props[SCHEMA.attendee])),
            subjects=tuple(sorted(node_id(p) for p in props[SCHEMA.about])),
        )

    def _document(self, nid: str, props: dict) -> Document:
        return Document(
            id=nid,
            title=text_of(props[DCTERMS.title]) or self.nodes[nid].name,
            fiscal_year=int_of(props[GOVKG.fiscalYear]),
            date=text_of(props[DCTERMS.issued]),
            issuer=ref_of(props[DCTERMS.publisher]),
            genre=text_of(props[GOVKG.genre]),
            sha256=text_of(props[GOVKG.sha256]),
            file=text_of(props[GOVKG.sourceFile]),
        )

    def _link(self, lid: str) -> Link | None:
        if not self.could_be_id(lid):
            return None
        props = self._properties(self.iri(lid))
        predicate = props[GOVKG.relationType][0] if props[GOVKG.relationType] else None
        if GOVKG.Relation not in props[RDF.type] or predicate not in TYPE_OF_PREDICATE:
            return None
        source, target = ref_of(props[GOVKG.source]), ref_of(props[GOVKG.target])
        if source not in self.nodes or target not in self.nodes:
            return None  # a relation whose ends this graph does not hold is not served
        return Link(
            id=lid,
            type=TYPE_OF_PREDICATE[predicate],
            source=source,
            target=target,
            via=ref_of(props[GOVKG.via]),
            sources=self._cite(props[GOVKG.citation]),
            provenance=text_of(props[GOVKG.provenance]) or "curated",
            rule=text_of(props[GOVKG.extractionRule]),
        )

    def _money_figure(self, fid: str) -> MoneyFigure | None:
        if not self.could_be_id(fid):
            return None
        props = self._properties(subject := self.iri(fid))
        document = ref_of(props[GOVKG.reportedIn])
        if GOVKG.MoneyFigure not in props[RDF.type] or document not in self.nodes:
            return None  # a figure whose report this graph does not hold is not served
        money = props[SCHEMA.amount][0] if props[SCHEMA.amount] else None
        amount = decimal_of(self._properties(money)[SCHEMA.value]) if money is not None else None
        read, kind = props[GOVKG.read], text_of(props[GOVKG.moneyKind])
        return MoneyFigure(
            id=fid,
            iri=str(subject),
            kind=kind if kind in MONEY_KINDS else "other",
            amount=(amount if amount is not None else Decimal(0)).quantize(FEN),
            as_written=text_of(props[GOVKG.asWritten]) or "",
            label=label_of(props[RDFS.label], "zh") or label_of(props[RDFS.label], ""),
            document=document,
            year=int_of(props[GOVKG.fiscalYear]),
            read=not read or read[0].toPython() is not False,
            reason=text_of(props[GOVKG.unreadReason]),
            funding_line=ref_of(props[GOVKG.figureOf]),
            rate=decimal_of(props[GOVKG.changeRate]),
            sources=self._cite(props[GOVKG.citation]),
            provenance=text_of(props[GOVKG.provenance]) or "curated",
            rule=text_of(props[GOVKG.extractionRule]),
            stated_share=decimal_of(props[GOVKG.statedShare]),
            share_of=ref_of(props[GOVKG.shareOf]),
        )

    def money_figures_of(self, document: str) -> list[MoneyFigure]:
        """A document's money figures in text order (what it reports, then which are)."""
        graph, found = self.graph, []
        for subject in graph.subjects(GOVKG.reportedIn, self.iri(document)):
            if (subject, RDF.type, GOVKG.MoneyFigure) in graph:
                figure = self.money_figures.get(node_id(subject))
                if figure is not None:
                    found.append(figure)
        return sorted(found, key=lambda figure: figure.position)

    def _links_by(self, predicate: URIRef, nid: str) -> list[Link] | None:
        if nid not in self.nodes:
            return None
        found = (self.links.get(lid) for lid in self.subjects_of(predicate, nid))
        return [link for link in found if link is not None]

    # questions the layers above ask ---------------------------------------------------
    def links_from(self, nid: str, link_type: str) -> list[Link]:
        return [link for link in self.outgoing.get(nid, ()) if link.type == link_type]

    def links_to(self, nid: str, link_type: str) -> list[Link]:
        return [link for link in self.incoming.get(nid, ()) if link.type == link_type]

    def neighbour_ids(self, nid: str) -> set[str]:
        """Entities one step away in either direction: related, described, located, …"""
        subject, found = self.iri(nid), set()
        for predicate, value in self.graph.predicate_objects(subject):
            if isinstance(value, URIRef) and predicate not in NOT_NEIGHBOURS:
                found.add(node_id(value))
        for value, predicate in self.graph.subject_predicates(subject):
            if predicate in (GOVKG.source, GOVKG.target, GOVKG.via):
                link = self.links.get(node_id(value))
                if link is not None:
                    found |= {link.source, link.target, link.via} - {None}
            elif predicate not in NOT_NEIGHBOURS:
                found.add(node_id(value))
        found.discard(nid)
        return {other for other in found if other in self.nodes}
