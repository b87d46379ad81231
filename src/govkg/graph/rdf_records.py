"""The triples of one record of a kind that needs more than a line of ``seed_terms``: an
entity's classes, a relation and the node carrying its citations, a mention, a money figure,
stated money (N-Triples texts, ``govkg.graph.ntriples``)."""

from __future__ import annotations

from decimal import Decimal

from rdflib import RDF, RDFS

from govkg.core.records import Entity, Mention, MoneyFigure, Relation
from govkg.graph.ntriples import Terms, boolean, decimal_literal, lang, literal, plain
from govkg.graph.ontology import DCAT, GOVKG, ORG, SCHEMA

R, RS, G, S, OR, DC = Terms(RDF), Terms(RDFS), Terms(GOVKG), Terms(SCHEMA), Terms(ORG), Terms(DCAT)
CNY = plain("CNY")

__all__ = ["CLASS_OF", "PREDICATE_OF"]

CLASS_OF = {
    "unit": G.Unit,
    "person": G.Person,
    "platform": G.Platform,
    "project": G.Project,
    "publication": G.Publication,
}
PREDICATE_OF = {
    "feeds": G.feeds,
    "connects": G.connectsTo,
    "migrated-to": G.migratedTo,
    "operates": G.operates,
    "owns": G.owns,
    "part-of": G.partOf,
    "delivers": G.delivers,
    "funds": G.funds,
    "uses": G.uses,
    "leads": G.leads,
    "participates": G.participatesIn,
    "reviews": G.reviews,
}


def _entity_types(add, node: str, entity: Entity) -> None:
    add((node, R.type, CLASS_OF[entity.record_type]))
    if entity.record_type == "unit":
        add((node, R.type, OR.Organization))
        if entity.category == "section":
            add((node, R.type, OR.OrganizationalUnit))
    elif entity.record_type == "person":
        add((node, R.type, S.Person))
    elif entity.record_type == "platform" and entity.category == "data-resource":
        add((node, R.type, DC.Dataset))
    elif entity.record_type == "platform" and entity.category == "facility":
        add((node, R.type, S.Place))
    elif entity.record_type == "project":
        add((node, R.type, S.Project))
    elif entity.record_type == "publication":
        add((node, R.type, S.CreativeWork))


def _relation(add, iri, ref, relation: Relation, units: dict[str, bool]) -> None:
    """The direct triple for easy querying, and a node that carries its citations."""
    source, target = ref(relation.source), ref(relation.target)
    predicate = PREDICATE_OF[relation.type]
    add((source, predicate, target))
    if relation.type == "part-of" and units.get(relation.source):
        add((source, OR.unitOf, target))
        add((target, OR.hasUnit, source))
    elif relation.type == "part-of" and relation.source in units:
        add((source, OR.subOrganizationOf, target))
        add((target, OR.hasSubOrganization, source))
    node = iri("relation", relation.id)
    add((node, R.type, G.Relation))
    if relation.type == "feeds":
        add((node, R.type, G.Feed))
    add((node, G.relationType, predicate))
    add((node, G.source, source))
    add((node, G.target, target))
    if relation.via:
        add((node, G.via, ref(relation.via)))


def _mention(add, iri, ref, mention: Mention) -> str:
    """A node that keeps who named the entity how, with its own provenance; the entity
    itself carries the name as an alias and the citations (seed.py merges them)."""
    node = iri("mention", mention.id)
    add((node, R.type, G.Mention))
    add((node, G.mentionOf, ref(mention.entity)))
    add((node, G.asWritten, lang(mention.name, "zh")))
    return node


def _money_figure(add, node: str, ref, figure: MoneyFigure) -> None:
    """An amount as the report states it, of its kind; stated money, never derived."""
    add((node, R.type, G.MoneyFigure))
    add((node, G.moneyKind, literal(figure.kind)))
    _stated_money(add, node, S.amount, "amount", figure.amount)
    add((node, G.asWritten, lang(figure.as_written, "zh")))
    add((node, G.reportedIn, ref(figure.document)))
    add((node, G.read, boolean(figure.read)))
    if figure.label:
        add((node, RS.label, lang(figure.label, "zh")))
    if figure.year is not None:
        add((node, G.fiscalYear, literal(figure.year)))
    if figure.reason:
        add((node, G.unreadReason, literal(figure.reason)))
    if figure.funding_line:
        add((node, G.figureOf, ref(figure.funding_line)))
    if figure.rate is not None:
        add((node, G.changeRate, decimal_literal(figure.rate)))
    if figure.stated_share is not None:
        add((node, G.statedShare, decimal_literal(figure.stated_share)))
    if figure.share_of:
        add((node, G.shareOf, ref(figure.share_of)))


def _stated_money(add, node: str, predicate: str, fragment: str, amount: Decimal) -> None:
    """A MonetaryAmount the report states (a budget): no method, nothing derived."""
    money = f"{node[:-1]}#{fragment}>"
    add((node, predicate, money))
    add((money, R.type, S.MonetaryAmount))
    add((money, S.value, decimal_literal(amount)))
    add((money, S.currency, CNY))
    add((money, G.basis, G.Stated))
