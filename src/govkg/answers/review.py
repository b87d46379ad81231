"""How much of a document's content a person has reviewed: its facts by provenance.

A fact of a document is a record citing it: the document itself, an entity, a funding line,
an indicator, an event, a relation, a mention or a money figure (read or not; an entity's
attributes belong to the entity). An entity whose only citations into the document came
from mentions is not counted again: the mentions are the document's facts, with their own
provenance. The same count serves ``govkg validate`` (on the seed's graph) and GraphQL (on
any graph).
"""

from __future__ import annotations

from dataclasses import dataclass

from rdflib import RDF, URIRef

from govkg.graph.catalog import Catalog
from govkg.graph.ontology import GOVKG, OA
from govkg.graph.oxreads import reads_of

__all__ = ["Review", "review", "reviews"]


@dataclass(frozen=True, kw_only=True)
class Review:
    """How many facts citing one document are curated, and how many await review."""

    document: str
    curated: int
    extracted: int
    year_unknown: bool = False  # the report states no fiscal year: a person must give it

    @property
    def total(self) -> int:
        return self.curated + self.extracted

    def line(self) -> str | None:
        """``doc: 57 of 60 facts extracted, awaiting review``; None when nothing awaits.
        A report of unknown year awaits review whatever its facts: its year is to be given.

        >>> Review(document="d", curated=0, extracted=9, year_unknown=True).line()
        'd: 9 of 9 facts extracted, awaiting review; its fiscal year is unknown (give it)'
        """
        unknown = "; its fiscal year is unknown (give it)" if self.year_unknown else ""
        if not self.extracted:
            return f"{self.document}: awaiting review{unknown}" if unknown else None
        return (
            f"{self.document}: {self.extracted} of {self.total} facts extracted, "
            f"awaiting review{unknown}"
        )


def _counted(
    document: str,
    holders: dict[str, set[str]],
    mention_of: dict[str, str],
    provenance: dict[str, str],
    year_unknown: bool,
) -> Review:
    """The count itself, from a document's fact records and the citations they hold into it:
    an entity cited into the document only where a mention of it is, is not counted again."""
    explained = {
        (mention_of[record], cite)
        for record, cites in holders.items()
        if record in mention_of
        for cite in cites
    }
    counts = {"curated": 0, "extracted": 0}
    for record, cites in holders.items():
        if all((record, cite) in explained for cite in cites):
            continue
        extracted = provenance.get(record, "curated") == "extracted"
        counts["extracted" if extracted else "curated"] += 1
    return Review(document=document, **counts, year_unknown=year_unknown)


def _record(subject: str) -> str:
    """The record a citation belongs to: an attribute's citation hangs on ``record#part``."""
    return subject.split("#", 1)[0]


def review(catalog: Catalog, document: str) -> Review:
    """Count the facts citing ``document`` (its slug) by provenance, from index lookups."""
    graph = catalog.graph
    node = catalog.iri(f"document/{document}")
    holders: dict[str, set[str]] = {}
    for citation in graph.subjects(OA.hasSource, node):
        for subject in graph.subjects(GOVKG.citation, citation):
            holders.setdefault(_record(str(subject)), set()).add(str(citation))
    mention_of, provenance = {}, {}
    for record in holders:
        iri = URIRef(record)
        if (iri, RDF.type, GOVKG.Mention) in graph:
            mention_of[record] = str(graph.value(iri, GOVKG.mentionOf))
        provenance[record] = str(graph.value(iri, GOVKG.provenance) or "curated")
    stated = (node, GOVKG.fiscalYear, None) in graph
    unknown = not stated and (node, GOVKG.yearUnknown, None) in graph
    return _counted(document, holders, mention_of, provenance, unknown)


def reviews(catalog: Catalog) -> dict[str, Review]:
    """Every document's count at once (by slug), from one scan per predicate: asking
    ``review`` per document cost ``govkg validate`` ~1 s per 100 reports."""
    reads = reads_of(catalog.graph)
    prefix = str(catalog.iri("document/"))
    document_of = {cite: doc for cite, doc, _ in reads.texts(OA.hasSource)}
    holders: dict[str, dict[str, set[str]]] = {}
    for subject, cite, _ in reads.texts(GOVKG.citation):
        doc = document_of.get(cite)
        if doc is not None:
            holders.setdefault(doc, {}).setdefault(_record(subject), set()).add(cite)
    mentions = set(reads.subject_iris(RDF.type, GOVKG.Mention))
    mention_of = {m: e for m, e, _ in reads.texts(GOVKG.mentionOf) if m in mentions}
    provenance = {record: value for record, value, _ in reads.texts(GOVKG.provenance)}
    stated = {doc for doc, _, _ in reads.texts(GOVKG.fiscalYear)}
    unknown = {doc for doc, _, _ in reads.texts(GOVKG.yearUnknown)} - stated
    found = {}
    for slug in catalog.ids_of_kind("document"):
        slug = slug.removeprefix("document/")
        doc = prefix + slug
        found[slug] = _counted(slug, holders.get(doc, {}), mention_of, provenance, doc in unknown)
    return found
