"""Turn a validated seed into RDF: every record's triples, each linked to its citations.

IRIs are minted in ``iris``, derived sums computed in ``derived`` and the triples of the
larger records written in ``rdf_records``; the names other modules use are all here."""

from __future__ import annotations

from rdflib import RDF, RDFS, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, SKOS

from govkg.core.records import Citation, Seed
from govkg.graph import pinyin
from govkg.graph.derived import _derived_from, derived_amounts
from govkg.graph.iris import DEFAULT_BASE, PREFIXES, IriMinter
from govkg.graph.ontology import GOVKG, OA, PROV, SCHEMA
from govkg.graph.rdf_records import (
    _date,
    _decimal,
    _entity_types,
    _mention,
    _money_figure,
    _relation,
    _stated_money,
)

__all__ = [
    "DEFAULT_BASE",
    "PREFIXES",
    "IriMinter",
    "build_graph",
    "derived_amounts",
    "seed_triples",
]


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
