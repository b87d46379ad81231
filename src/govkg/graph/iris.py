"""The one place that mints IRIs: ``<base>/id/<record type>/<slug>``, the default base, and
the prefixes every graph of govkg is written with."""

from __future__ import annotations

from rdflib import URIRef
from rdflib.namespace import DCTERMS, SKOS

from govkg.core.records import Citation
from govkg.graph.ontology import DCAT, GOVKG, OA, ORG, PROV, SCHEMA

__all__ = ["DEFAULT_BASE", "PREFIXES", "IriMinter"]

DEFAULT_BASE = "https://govkg.org"


class IriMinter:
    """Stable, readable IRIs: ``<base>/id/<record type>/<slug>``."""

    def __init__(self, base: str = DEFAULT_BASE) -> None:
        self.base = base.rstrip("/")

    def __call__(self, record_type: str, slug: str) -> URIRef:
        return URIRef(f"{self.base}/id/{record_type}/{slug}")

    def citation(self, cite: Citation) -> URIRef:
        return self("citation", f"{cite.document}/{cite.start}-{cite.end}")

    def nt(self, record_type: str, slug: str) -> str:
        """The IRI as N-Triples text, ``<…>`` (``govkg.graph.ntriples``)."""
        return f"<{self.base}/id/{record_type}/{slug}>"

    def nt_citation(self, cite: Citation) -> str:
        return f"<{self.base}/id/citation/{cite.document}/{cite.start}-{cite.end}>"


PREFIXES = (
    ("govkg", GOVKG._NS),
    ("org", ORG),
    ("dcat", DCAT),
    ("prov", PROV),
    ("schema", SCHEMA),
    ("oa", OA),
    ("dcterms", DCTERMS),
    ("skos", SKOS),
)
