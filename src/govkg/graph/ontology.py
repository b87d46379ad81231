"""Closed namespaces for govkg's own terms and the W3C vocabularies it reuses.

``GOVKG`` mirrors ``ontology/govkg.ttl``: a typo in a term name raises at import time
instead of minting a stray IRI (a test keeps the two in step).
"""

from __future__ import annotations

from rdflib import Namespace, URIRef
from rdflib.namespace import DefinedNamespace

__all__ = ["DCAT", "GOVKG", "GOVKG_NS", "OA", "ORG", "PROV", "SCHEMA"]

GOVKG_NS = "https://govkg.org/ontology#"


class GOVKG(DefinedNamespace):
    """govkg's vocabulary: what the W3C vocabularies do not already say."""

    _NS = Namespace(GOVKG_NS)
    _fail = True

    # classes
    Document: URIRef
    Unit: URIRef
    Person: URIRef
    Platform: URIRef
    Project: URIRef
    Publication: URIRef
    FundingLine: URIRef
    Indicator: URIRef
    Event: URIRef
    Relation: URIRef
    Feed: URIRef
    Citation: URIRef
    Attribute: URIRef
    Mention: URIRef
    MoneyFigure: URIRef
    CostBasis: URIRef
    # individuals of CostBasis
    Stated: URIRef
    Derived: URIRef
    Allocated: URIRef
    # names and provenance
    pinyin: URIRef
    category: URIRef
    unnamed: URIRef
    provenance: URIRef
    extractionRule: URIRef
    citation: URIRef
    attribute: URIRef
    attributeName: URIRef
    # names across reports
    mentionOf: URIRef
    possiblySameAs: URIRef
    # documents
    fiscalYear: URIRef
    yearUnknown: URIRef
    genre: URIRef
    sha256: URIRef
    sourceFile: URIRef
    reportedIn: URIRef
    # relations between entities (direct triples)
    feeds: URIRef
    connectsTo: URIRef
    migratedTo: URIRef
    operates: URIRef
    owns: URIRef
    partOf: URIRef
    delivers: URIRef
    funds: URIRef
    uses: URIRef
    leads: URIRef
    participatesIn: URIRef
    reviews: URIRef
    # the cited relation node
    relationType: URIRef
    source: URIRef
    target: URIRef
    via: URIRef
    # funding lines and money
    spendingUnit: URIRef
    parentLine: URIRef
    lineCategory: URIRef
    statedShare: URIRef
    shareOf: URIRef
    budget: URIRef
    budgetAsWritten: URIRef
    asWritten: URIRef
    basis: URIRef
    method: URIRef
    # indicators
    subject: URIRef
    approximate: URIRef
    textValue: URIRef
    # events
    eventCategory: URIRef
    # money figures
    moneyKind: URIRef
    read: URIRef
    unreadReason: URIRef
    figureOf: URIRef
    changeRate: URIRef


ORG = Namespace("http://www.w3.org/ns/org#")
DCAT = Namespace("http://www.w3.org/ns/dcat#")
PROV = Namespace("http://www.w3.org/ns/prov#")
SCHEMA = Namespace("https://schema.org/")
OA = Namespace("http://www.w3.org/ns/oa#")
