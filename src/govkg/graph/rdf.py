"""Turn a validated seed into RDF: every record's triples, each linked to its citations.

The triples are minted as N-Triples text (``govkg.graph.ntriples``: a term is its text, no
rdflib object per term), which Oxigraph bulk-loads and the shapes' check reads; rdflib
triples are made from them where rdflib is the API. IRIs are minted in ``iris``, derived
sums computed in ``derived`` and the triples of the larger records written in
``rdf_records``; the names other modules use are all here."""

from __future__ import annotations

from rdflib import RDF, RDFS, Graph
from rdflib.namespace import DCTERMS, SKOS

from govkg.core.records import Citation, Seed
from govkg.graph import pinyin
from govkg.graph.derived import _derived_from, derived_amounts
from govkg.graph.iris import DEFAULT_BASE, PREFIXES, IriMinter
from govkg.graph.ntriples import (
    TRUE,
    Terms,
    Triples,
    date_literal,
    decimal_literal,
    lang,
    literal,
    plain,
    to_rdflib,
)
from govkg.graph.ontology import GOVKG, OA, PROV, SCHEMA
from govkg.graph.rdf_records import (
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
    "Triples",
    "build_graph",
    "derived_amounts",
    "seed_terms",
    "seed_triples",
]

R, RS, G, OAT, P, S = Terms(RDF), Terms(RDFS), Terms(GOVKG), Terms(OA), Terms(PROV), Terms(SCHEMA)
DC, SK = Terms(DCTERMS), Terms(SKOS)
CNY = plain("CNY")


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
    """``seed_terms`` as rdflib triples."""
    return list(to_rdflib(seed_terms(seed, base, known).terms))


def seed_terms(
    seed: Seed, base: str = DEFAULT_BASE, known: dict[str, str] | None = None
) -> Triples:
    """Every seed fact as triples of N-Triples texts, each linked to the citations that
    state it.

    ``known`` maps ids minted by earlier seeds to their record type, so a seed may refer to
    records it does not itself contain (as later reports refer to units described earlier).
    """
    out: list[tuple[str, str, str]] = []
    add = out.append
    cited: set[str] = set()
    minter = IriMinter(base)
    iri, citation = minter.nt, minter.nt_citation
    kinds = dict(known or {})
    kinds |= {e.id: e.record_type for e in seed.entities}
    kinds |= {d.id: "document" for d in seed.documents}
    kinds |= {f.id: "funding-line" for f in seed.funding_lines}
    kinds |= {i.id: "indicator" for i in seed.indicators}
    kinds |= {e.id: "event" for e in seed.events}
    kinds |= {f.id: "money-figure" for f in seed.money_figures}

    def ref(slug: str) -> str:
        return iri(kinds[slug], slug)

    def cite(subject: str, cites: tuple[Citation, ...]) -> None:
        for c in cites:
            node = citation(c)
            add((subject, G.citation, node))
            if node in cited:
                continue
            cited.add(node)
            quote, position = f"{node[:-1]}#quote>", f"{node[:-1]}#position>"
            add((node, R.type, G.Citation))
            add((node, R.type, OAT.SpecificResource))
            add((node, OAT.hasSource, iri("document", c.document)))
            add((node, OAT.hasSelector, quote))
            add((node, OAT.hasSelector, position))
            add((quote, R.type, OAT.TextQuoteSelector))
            add((quote, OAT.exact, literal(c.quote)))
            add((position, R.type, OAT.TextPositionSelector))
            add((position, OAT.start, literal(c.start)))
            add((position, OAT.end, literal(c.end)))

    def provenance(subject: str, record: object) -> None:
        add((subject, G.provenance, literal(record.provenance)))
        if record.rule:
            add((subject, G.extractionRule, literal(record.rule)))

    def names(subject: str, name: str, name_en: str | None, aliases=()) -> None:
        add((subject, RS.label, lang(name, "zh")))
        add((subject, G.pinyin, plain(pinyin.pinyin_of(name))))
        if name_en:
            add((subject, RS.label, lang(name_en, "en")))
        for alias in aliases:
            add((subject, SK.altLabel, lang(alias, "zh")))

    for doc in seed.documents:
        node = iri("document", doc.id)
        add((node, R.type, G.Document))
        add((node, R.type, P.Entity))
        add((node, R.type, S.Report))
        names(node, doc.title, doc.title_en)
        add((node, DC.title, lang(doc.title, "zh")))
        if doc.fiscal_year:
            add((node, G.fiscalYear, literal(doc.fiscal_year)))
        else:  # the report states none (seed `year_unknown: true`): said, not guessed
            add((node, G.yearUnknown, TRUE))
        add((node, G.sourceFile, literal(doc.file)))
        add((node, G.sha256, literal(doc.sha256)))
        if doc.date:
            add((node, DC.issued, date_literal(doc.date)))
        if doc.genre:
            add((node, G.genre, lang(doc.genre, "zh")))
        if doc.issuer:
            add((node, DC.publisher, ref(doc.issuer)))
        provenance(node, doc)
        cite(node, doc.sources)

    for entity in seed.entities:
        node = ref(entity.id)
        _entity_types(add, node, entity)
        names(node, entity.name, entity.name_en, entity.aliases)
        if entity.category:
            add((node, G.category, literal(entity.category)))
        if entity.unnamed:
            add((node, G.unnamed, TRUE))
        if entity.description_en:
            add((node, RS.comment, lang(entity.description_en, "en")))
        seen: dict[str, int] = {}
        for attribute in entity.attributes:
            seen[attribute.name] = seen.get(attribute.name, 0) + 1
            suffix = "" if seen[attribute.name] == 1 else f"-{seen[attribute.name]}"
            holder = f"{node[:-1]}#{attribute.name}{suffix}>"
            add((node, G.attribute, holder))
            add((holder, R.type, G.Attribute))
            add((holder, G.attributeName, literal(attribute.name)))
            add((holder, R.value, lang(attribute.value, "zh")))
            cite(holder, attribute.sources)
        for other in entity.possibly_same_as:
            add((node, G.possiblySameAs, ref(other)))
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
        add((node, R.type, G.FundingLine))
        names(node, line.name, line.name_en, line.aliases)
        add((node, G.reportedIn, ref(line.document)))
        add((node, G.fiscalYear, literal(line.year)))
        if line.unit:
            add((node, G.spendingUnit, ref(line.unit)))
        if line.parent:
            add((node, G.parentLine, ref(line.parent)))
        if line.category:
            add((node, G.lineCategory, literal(line.category)))
        if line.stated_share is not None:
            add((node, G.statedShare, decimal_literal(line.stated_share)))
        if line.share_of:
            add((node, G.shareOf, ref(line.share_of)))
        if line.as_written:
            add((node, G.asWritten, lang(line.as_written, "zh")))
        amount, method = amounts[line.id]
        money = f"{node[:-1]}#amount>"
        add((node, S.amount, money))
        add((money, R.type, S.MonetaryAmount))
        add((money, S.value, decimal_literal(amount)))
        add((money, S.currency, CNY))
        add((money, G.basis, G.Derived if method else G.Stated))
        if method:
            add((money, G.method, literal(method)))
            for other in _derived_from(line, seed.funding_lines):
                add((money, P.wasDerivedFrom, f"{ref(other)[:-1]}#amount>"))
        if line.budget is not None:
            _stated_money(add, node, G.budget, "budget", line.budget)
        if line.budget_as_written:
            add((node, G.budgetAsWritten, lang(line.budget_as_written, "zh")))
        provenance(node, line)
        cite(node, line.sources)

    for indicator in seed.indicators:
        node = ref(indicator.id)
        add((node, R.type, G.Indicator))
        names(node, indicator.name, indicator.name_en)
        add((node, G.subject, ref(indicator.subject)))
        add((node, G.reportedIn, ref(indicator.document)))
        add((node, G.fiscalYear, literal(indicator.year)))
        if indicator.value is not None:
            add((node, S.value, decimal_literal(indicator.value)))
        if indicator.text_value:
            add((node, G.textValue, lang(indicator.text_value, "zh")))
        if indicator.unit:
            add((node, S.unitText, literal(indicator.unit)))
        if indicator.approximate:
            add((node, G.approximate, literal(indicator.approximate)))
        if indicator.as_written:
            add((node, G.asWritten, lang(indicator.as_written, "zh")))
        provenance(node, indicator)
        cite(node, indicator.sources)

    for figure in seed.money_figures:
        node = ref(figure.id)
        _money_figure(add, node, ref, figure)
        provenance(node, figure)
        cite(node, figure.sources)

    for event in seed.events:
        node = ref(event.id)
        add((node, R.type, G.Event))
        add((node, R.type, S.Event))
        names(node, event.name, event.name_en)
        add((node, G.eventCategory, literal(event.category)))
        if event.date:
            add((node, S.startDate, date_literal(event.date)))
        if event.location:
            add((node, S.location, ref(event.location)))
        if event.organizer:
            add((node, S.organizer, ref(event.organizer)))
        for participant in event.participants:
            add((node, S.attendee, ref(participant)))
        for subject in event.subjects:
            add((node, S.about, ref(subject)))
        provenance(node, event)
        cite(node, event.sources)

    for relation in seed.relations:
        _relation(add, iri, ref, relation, units)
        cite(iri("relation", relation.id), relation.sources)
        provenance(iri("relation", relation.id), relation)
    pinyin.remember()
    return Triples(out)
