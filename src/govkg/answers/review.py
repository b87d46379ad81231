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

__all__ = ["Review", "review"]


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


def review(catalog: Catalog, document: str) -> Review:
    """Count the facts citing ``document`` (its slug) by provenance, from index lookups."""
    graph = catalog.graph
    holders: dict[URIRef, set[URIRef]] = {}
    for citation in graph.subjects(OA.hasSource, catalog.iri(f"document/{document}")):
        for subject in graph.subjects(GOVKG.citation, citation):
            record = URIRef(str(subject).split("#", 1)[0])
            holders.setdefault(record, set()).add(citation)
    explained: set[tuple] = set()
    for record, cites in holders.items():
        if (record, RDF.type, GOVKG.Mention) in graph:
            entity = graph.value(record, GOVKG.mentionOf)
            explained |= {(entity, cite) for cite in cites}
    counts = {"curated": 0, "extracted": 0}
    for record, cites in holders.items():
        if all((record, cite) in explained for cite in cites):
            continue
        provenance = str(graph.value(record, GOVKG.provenance) or "curated")
        counts["extracted" if provenance == "extracted" else "curated"] += 1
    node = catalog.iri(f"document/{document}")
    stated = (node, GOVKG.fiscalYear, None) in graph
    unknown = not stated and (node, GOVKG.yearUnknown, None) in graph
    return Review(document=document, **counts, year_unknown=unknown)
