"""The triples of one record of a kind that needs more than a line of ``seed_triples``: an
entity's classes, a relation and the node carrying its citations, a mention, a money figure,
stated money; and the literals (decimal, date) written so that Turtle reads them back as is."""

from __future__ import annotations

from decimal import Decimal

from rdflib import RDF, RDFS, XSD, Literal, URIRef

from govkg.core.records import Entity, Mention, MoneyFigure, Relation
from govkg.graph.iris import IriMinter
from govkg.graph.ontology import DCAT, GOVKG, ORG, SCHEMA

__all__ = ["CLASS_OF", "PREDICATE_OF"]

CLASS_OF = {
    "unit": GOVKG.Unit,
    "person": GOVKG.Person,
    "platform": GOVKG.Platform,
    "project": GOVKG.Project,
    "publication": GOVKG.Publication,
}
PREDICATE_OF = {
    "feeds": GOVKG.feeds,
    "connects": GOVKG.connectsTo,
    "migrated-to": GOVKG.migratedTo,
    "operates": GOVKG.operates,
    "owns": GOVKG.owns,
    "part-of": GOVKG.partOf,
    "delivers": GOVKG.delivers,
    "funds": GOVKG.funds,
    "uses": GOVKG.uses,
    "leads": GOVKG.leads,
    "participates": GOVKG.participatesIn,
    "reviews": GOVKG.reviews,
}


def _entity_types(add, node: URIRef, entity: Entity) -> None:
    add((node, RDF.type, CLASS_OF[entity.record_type]))
    if entity.record_type == "unit":
        add((node, RDF.type, ORG.Organization))
        if entity.category == "section":
            add((node, RDF.type, ORG.OrganizationalUnit))
    elif entity.record_type == "person":
        add((node, RDF.type, SCHEMA.Person))
    elif entity.record_type == "platform" and entity.category == "data-resource":
        add((node, RDF.type, DCAT.Dataset))
    elif entity.record_type == "platform" and entity.category == "facility":
        add((node, RDF.type, SCHEMA.Place))
    elif entity.record_type == "project":
        add((node, RDF.type, SCHEMA.Project))
    elif entity.record_type == "publication":
        add((node, RDF.type, SCHEMA.CreativeWork))


def _relation(add, iri: IriMinter, ref, relation: Relation, units: dict[str, bool]) -> None:
    """The direct triple for easy querying, and a node that carries its citations."""
    source, target = ref(relation.source), ref(relation.target)
    predicate = PREDICATE_OF[relation.type]
    add((source, predicate, target))
    if relation.type == "part-of" and units.get(relation.source):
        add((source, ORG.unitOf, target))
        add((target, ORG.hasUnit, source))
    elif relation.type == "part-of" and relation.source in units:
        add((source, ORG.subOrganizationOf, target))
        add((target, ORG.hasSubOrganization, source))
    node = iri("relation", relation.id)
    add((node, RDF.type, GOVKG.Relation))
    if relation.type == "feeds":
        add((node, RDF.type, GOVKG.Feed))
    add((node, GOVKG.relationType, predicate))
    add((node, GOVKG.source, source))
    add((node, GOVKG.target, target))
    if relation.via:
        add((node, GOVKG.via, ref(relation.via)))


def _mention(add, iri: IriMinter, ref, mention: Mention) -> URIRef:
    """A node that keeps who named the entity how, with its own provenance; the entity
    itself carries the name as an alias and the citations (seed.py merges them)."""
    node = iri("mention", mention.id)
    add((node, RDF.type, GOVKG.Mention))
    add((node, GOVKG.mentionOf, ref(mention.entity)))
    add((node, GOVKG.asWritten, Literal(mention.name, lang="zh")))
    return node


def _money_figure(add, node: URIRef, ref, figure: MoneyFigure) -> None:
    """An amount as the report states it, of its kind; stated money, never derived."""
    add((node, RDF.type, GOVKG.MoneyFigure))
    add((node, GOVKG.moneyKind, Literal(figure.kind)))
    _stated_money(add, node, SCHEMA.amount, "amount", figure.amount)
    add((node, GOVKG.asWritten, Literal(figure.as_written, lang="zh")))
    add((node, GOVKG.reportedIn, ref(figure.document)))
    add((node, GOVKG.read, Literal(figure.read)))
    if figure.label:
        add((node, RDFS.label, Literal(figure.label, lang="zh")))
    if figure.year is not None:
        add((node, GOVKG.fiscalYear, Literal(figure.year)))
    if figure.reason:
        add((node, GOVKG.unreadReason, Literal(figure.reason)))
    if figure.funding_line:
        add((node, GOVKG.figureOf, ref(figure.funding_line)))
    if figure.rate is not None:
        add((node, GOVKG.changeRate, _decimal(figure.rate)))


def _stated_money(add, node: URIRef, predicate: URIRef, fragment: str, amount: Decimal) -> None:
    """A MonetaryAmount the report states (a budget): no method, nothing derived."""
    money = URIRef(f"{node}#{fragment}")
    add((node, predicate, money))
    add((money, RDF.type, SCHEMA.MonetaryAmount))
    add((money, SCHEMA.value, _decimal(amount)))
    add((money, SCHEMA.currency, Literal("CNY")))
    add((money, GOVKG.basis, GOVKG.Stated))


def _decimal(value: Decimal) -> Literal:
    """xsd:decimal with a lexical form Turtle writes back unchanged ("13" becomes "13.0")."""
    text = str(value)
    return Literal(text if "." in text else f"{text}.0", datatype=XSD.decimal)


def _date(text: str) -> Literal:
    datatype = {10: XSD.date, 7: XSD.gYearMonth, 4: XSD.gYear}[len(text)]
    return Literal(text, datatype=datatype)
