"""Turn a validated seed into RDF: the one place that mints IRIs and computes derived sums."""

from __future__ import annotations

from decimal import Decimal

from rdflib import RDF, RDFS, XSD, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, SKOS

from govkg.core.money import format_yuan
from govkg.core.records import Citation, Entity, FundingLine, Mention, MoneyFigure, Relation, Seed
from govkg.graph import pinyin
from govkg.graph.ontology import DCAT, GOVKG, OA, ORG, PROV, SCHEMA

__all__ = [
    "DEFAULT_BASE",
    "PREFIXES",
    "IriMinter",
    "build_graph",
    "derived_amounts",
    "seed_triples",
]

DEFAULT_BASE = "https://govkg.org"

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


class IriMinter:
    """Stable, readable IRIs: ``<base>/id/<record type>/<slug>``."""

    def __init__(self, base: str = DEFAULT_BASE) -> None:
        self.base = base.rstrip("/")

    def __call__(self, record_type: str, slug: str) -> URIRef:
        return URIRef(f"{self.base}/id/{record_type}/{slug}")

    def citation(self, cite: Citation) -> URIRef:
        return self("citation", f"{cite.document}/{cite.start}-{cite.end}")


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


def build_graph(seed: Seed, base: str = DEFAULT_BASE) -> Graph:
    """Every seed fact as triples in an rdflib graph, with govkg's prefixes bound."""
    graph = Graph()
    for prefix, namespace in PREFIXES:
        graph.bind(prefix, namespace)
    graph.addN((*triple, graph) for triple in seed_triples(seed, base))
    return graph


def seed_triples(
    seed: Seed, base: str = DEFAULT_BASE, known: dict[str, str] | None = None
) -> list[tuple]:
    """Every seed fact as triples, each linked to the citations that state it.

    ``known`` maps ids minted by earlier seeds to their record type, so a seed may refer to
    records it does not itself contain (as later reports refer to units described earlier).
    """
    out: list[tuple] = []
    add = out.append
    cited: set[URIRef] = set()
    iri = IriMinter(base)
    kinds = dict(known or {})
    kinds |= {e.id: e.record_type for e in seed.entities}
    kinds |= {d.id: "document" for d in seed.documents}
    kinds |= {f.id: "funding-line" for f in seed.funding_lines}
    kinds |= {i.id: "indicator" for i in seed.indicators}
    kinds |= {e.id: "event" for e in seed.events}
    kinds |= {f.id: "money-figure" for f in seed.money_figures}

    def ref(slug: str) -> URIRef:
        return iri(kinds[slug], slug)

    def cite(subject: URIRef, cites: tuple[Citation, ...]) -> None:
        for c in cites:
            node = iri.citation(c)
            add((subject, GOVKG.citation, node))
            if node in cited:
                continue
            cited.add(node)
            quote, position = URIRef(f"{node}#quote"), URIRef(f"{node}#position")
            add((node, RDF.type, GOVKG.Citation))
            add((node, RDF.type, OA.SpecificResource))
            add((node, OA.hasSource, iri("document", c.document)))
            add((node, OA.hasSelector, quote))
            add((node, OA.hasSelector, position))
            add((quote, RDF.type, OA.TextQuoteSelector))
            add((quote, OA.exact, Literal(c.quote)))
            add((position, RDF.type, OA.TextPositionSelector))
            add((position, OA.start, Literal(c.start)))
            add((position, OA.end, Literal(c.end)))

    def provenance(subject: URIRef, record: object) -> None:
        add((subject, GOVKG.provenance, Literal(record.provenance)))
        if record.rule:
            add((subject, GOVKG.extractionRule, Literal(record.rule)))

    def names(subject: URIRef, name: str, name_en: str | None, aliases=()) -> None:
        add((subject, RDFS.label, Literal(name, lang="zh")))
        add((subject, GOVKG.pinyin, Literal(pinyin.pinyin_of(name))))
        if name_en:
            add((subject, RDFS.label, Literal(name_en, lang="en")))
        for alias in aliases:
            add((subject, SKOS.altLabel, Literal(alias, lang="zh")))

    for doc in seed.documents:
        node = iri("document", doc.id)
        add((node, RDF.type, GOVKG.Document))
        add((node, RDF.type, PROV.Entity))
        add((node, RDF.type, SCHEMA.Report))
        names(node, doc.title, doc.title_en)
        add((node, DCTERMS.title, Literal(doc.title, lang="zh")))
        if doc.fiscal_year:
            add((node, GOVKG.fiscalYear, Literal(doc.fiscal_year)))
        else:  # the report states none (seed `year_unknown: true`): said, not guessed
            add((node, GOVKG.yearUnknown, Literal(True)))
        add((node, GOVKG.sourceFile, Literal(doc.file)))
        add((node, GOVKG.sha256, Literal(doc.sha256)))
        if doc.date:
            add((node, DCTERMS.issued, _date(doc.date)))
        if doc.genre:
            add((node, GOVKG.genre, Literal(doc.genre, lang="zh")))
        if doc.issuer:
            add((node, DCTERMS.publisher, ref(doc.issuer)))
        provenance(node, doc)
        cite(node, doc.sources)

    for entity in seed.entities:
        node = ref(entity.id)
        _entity_types(add, node, entity)
        names(node, entity.name, entity.name_en, entity.aliases)
        if entity.category:
            add((node, GOVKG.category, Literal(entity.category)))
        if entity.unnamed:
            add((node, GOVKG.unnamed, Literal(True)))
        if entity.description_en:
            add((node, RDFS.comment, Literal(entity.description_en, lang="en")))
        seen: dict[str, int] = {}
        for attribute in entity.attributes:
            seen[attribute.name] = seen.get(attribute.name, 0) + 1
            suffix = "" if seen[attribute.name] == 1 else f"-{seen[attribute.name]}"
            holder = URIRef(f"{node}#{attribute.name}{suffix}")
            add((node, GOVKG.attribute, holder))
            add((holder, RDF.type, GOVKG.Attribute))
            add((holder, GOVKG.attributeName, Literal(attribute.name)))
            add((holder, RDF.value, Literal(attribute.value, lang="zh")))
            cite(holder, attribute.sources)
        for other in entity.possibly_same_as:
            add((node, GOVKG.possiblySameAs, ref(other)))
        provenance(node, entity)
        cite(node, entity.sources)

    for mention in seed.mentions:
        node = _mention(add, iri, ref, mention)
        provenance(node, mention)
        cite(node, mention.sources)

    # unit id -> is it a section (org:OrganizationalUnit) of its parent?
    units = {e.id: e.category == "section" for e in seed.entities if e.record_type == "unit"}
    amounts = derived_amounts(seed.funding_lines)
    for line in seed.funding_lines:
        node = ref(line.id)
        add((node, RDF.type, GOVKG.FundingLine))
        names(node, line.name, line.name_en, line.aliases)
        add((node, GOVKG.reportedIn, ref(line.document)))
        add((node, GOVKG.fiscalYear, Literal(line.year)))
        if line.unit:
            add((node, GOVKG.spendingUnit, ref(line.unit)))
        if line.parent:
            add((node, GOVKG.parentLine, ref(line.parent)))
        if line.category:
            add((node, GOVKG.lineCategory, Literal(line.category)))
        if line.stated_share is not None:
            add((node, GOVKG.statedShare, _decimal(line.stated_share)))
        if line.share_of:
            add((node, GOVKG.shareOf, ref(line.share_of)))
        if line.as_written:
            add((node, GOVKG.asWritten, Literal(line.as_written, lang="zh")))
        amount, method = amounts[line.id]
        money = URIRef(f"{node}#amount")
        add((node, SCHEMA.amount, money))
        add((money, RDF.type, SCHEMA.MonetaryAmount))
        add((money, SCHEMA.value, _decimal(amount)))
        add((money, SCHEMA.currency, Literal("CNY")))
        add((money, GOVKG.basis, GOVKG.Derived if method else GOVKG.Stated))
        if method:
            add((money, GOVKG.method, Literal(method)))
            for other in _derived_from(line, seed.funding_lines):
                add((money, PROV.wasDerivedFrom, URIRef(f"{ref(other)}#amount")))
        if line.budget is not None:
            _stated_money(add, node, GOVKG.budget, "budget", line.budget)
        if line.budget_as_written:
            add((node, GOVKG.budgetAsWritten, Literal(line.budget_as_written, lang="zh")))
        provenance(node, line)
        cite(node, line.sources)

    for indicator in seed.indicators:
        node = ref(indicator.id)
        add((node, RDF.type, GOVKG.Indicator))
        names(node, indicator.name, indicator.name_en)
        add((node, GOVKG.subject, ref(indicator.subject)))
        add((node, GOVKG.reportedIn, ref(indicator.document)))
        add((node, GOVKG.fiscalYear, Literal(indicator.year)))
        if indicator.value is not None:
            add((node, SCHEMA.value, _decimal(indicator.value)))
        if indicator.text_value:
            add((node, GOVKG.textValue, Literal(indicator.text_value, lang="zh")))
        if indicator.unit:
            add((node, SCHEMA.unitText, Literal(indicator.unit)))
        if indicator.approximate:
            add((node, GOVKG.approximate, Literal(indicator.approximate)))
        if indicator.as_written:
            add((node, GOVKG.asWritten, Literal(indicator.as_written, lang="zh")))
        provenance(node, indicator)
        cite(node, indicator.sources)

    for figure in seed.money_figures:
        node = ref(figure.id)
        _money_figure(add, node, ref, figure)
        provenance(node, figure)
        cite(node, figure.sources)

    for event in seed.events:
        node = ref(event.id)
        add((node, RDF.type, GOVKG.Event))
        add((node, RDF.type, SCHEMA.Event))
        names(node, event.name, event.name_en)
        add((node, GOVKG.eventCategory, Literal(event.category)))
        if event.date:
            add((node, SCHEMA.startDate, _date(event.date)))
        if event.location:
            add((node, SCHEMA.location, ref(event.location)))
        if event.organizer:
            add((node, SCHEMA.organizer, ref(event.organizer)))
        for participant in event.participants:
            add((node, SCHEMA.attendee, ref(participant)))
        for subject in event.subjects:
            add((node, SCHEMA.about, ref(subject)))
        provenance(node, event)
        cite(node, event.sources)

    for relation in seed.relations:
        _relation(add, iri, ref, relation, units)
        cite(iri("relation", relation.id), relation.sources)
        provenance(iri("relation", relation.id), relation)
    pinyin.remember()
    return out


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


def _derived_from(line: FundingLine, lines: tuple[FundingLine, ...]) -> list[str]:
    if line.derived == "sum":
        return [other.id for other in lines if other.parent == line.id]
    if line.derived == "remainder":
        return [line.parent, *(o.id for o in lines if o.parent == line.parent and o is not line)]
    return []


def derived_amounts(lines: tuple[FundingLine, ...]) -> dict[str, tuple[Decimal, str | None]]:
    """Each line's amount in yuan, with the method when derived (sum or remainder)."""
    by_id = {line.id: line for line in lines}
    children: dict[str, list[FundingLine]] = {}
    for line in lines:
        if line.parent:
            children.setdefault(line.parent, []).append(line)
    done: dict[str, tuple[Decimal, str | None]] = {}

    def amount(line_id: str, visiting: frozenset[str] = frozenset()) -> Decimal:
        if line_id in done:
            return done[line_id][0]
        if line_id in visiting:
            raise ValueError(f"funding line {line_id!r} is derived from itself")
        line, visiting = by_id[line_id], visiting | {line_id}
        if line.derived is None:
            done[line_id] = (line.amount or Decimal(0), None)
        elif line.derived == "sum":
            parts = [(child.name, amount(child.id, visiting)) for child in children[line_id]]
            total = sum((value for _, value in parts), Decimal(0))
            terms = " + ".join(f"{name} {format_yuan(value)}" for name, value in parts)
            done[line_id] = (
                total,
                f"derived: sum of {len(parts)} lines: {terms} = {format_yuan(total)} CNY",
            )
        else:
            whole = amount(line.parent, visiting)
            others = [s for s in children[line.parent] if s is not line]
            parts = [(s.name, amount(s.id, visiting)) for s in others]
            rest = whole - sum((value for _, value in parts), Decimal(0))
            terms = " + ".join(f"{name} {format_yuan(value)}" for name, value in parts)
            done[line_id] = (
                rest,
                f"derived: remainder: {by_id[line.parent].name} "
                f"{format_yuan(whole)} − ({terms}) = {format_yuan(rest)} CNY",
            )
        return done[line_id][0]

    for line in lines:
        amount(line.id)
    return done
