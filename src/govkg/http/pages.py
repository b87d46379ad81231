"""HTML pages for people: the landing page and one page per entity, from the query service."""

from __future__ import annotations

from decimal import Decimal
from urllib.parse import quote, urlencode

from rdflib import Literal, URIRef

from govkg.answers.kg import KnowledgeGraph
from govkg.core.records import Citation
from govkg.exports import FORMATS
from govkg.exports.style import STYLES
from govkg.graph.catalog import Link, Node
from govkg.graph.ontology import GOVKG
from govkg.http.i18n import MESSAGES, READING, language, mark, money, t, with_lang
from govkg.http.markup import attr, esc

__all__ = ["entity_page", "landing_page", "resource_page"]

KIND_ORDER = [
    "document", "unit", "person", "platform", "project",
    "publication", "funding-line", "indicator", "event",
]  # fmt: skip
BROWSE_LIMIT = 200


def _t(key: str, **values: object) -> str:
    """The page text ``key`` in the request's language, escaped; values are HTML already."""
    return esc(t(language(), key)).format(**values) if values else esc(t(language(), key))


def _in(lang: str, text: object) -> str:
    """Text in a language that may differ from the page's, marked so; "" for no text."""
    return f'<span lang="{lang}">{esc(text)}</span>' if text else ""


def _data(text: object) -> str:
    """A value from the graph, escaped, its Chinese runs marked on an English page."""
    return mark(esc(text), language()) if text not in (None, "") else ""


def _sep() -> str:
    return "、" if language() == "zh" else ", "


def _href(node_id: str) -> str:
    return attr(with_lang("/id/" + quote(node_id, safe="/")))


def _kind(kind: str) -> str:
    style = STYLES.get(kind)
    if style is None:
        return esc(kind)
    return esc(style.zh if language() == "zh" else style.en)


def _reading(link_type: str, outgoing: bool) -> str:
    both = READING[language()].get(link_type, (link_type, f"{link_type} (inverse)"))
    return both[0 if outgoing else 1]


def _node_link(kg: KnowledgeGraph, node_id: str | None) -> str:
    if not node_id:
        return ""
    node = kg.catalog.nodes.get(node_id)
    if node is None:
        return esc(node_id)
    english = f' <span class="muted" lang="en">{esc(node.name_en)}</span>' if node.name_en else ""
    return f'<a href={_href(node_id)} lang="zh">{esc(node.name)}</a>{english}'


def _yuan(amount: Decimal) -> str:
    """Both 万元 and yuan, exact: reports state 万元, sums and shares work in yuan."""
    return mark(esc(money(amount, language())), language())


def _basis(basis: str) -> str:
    key = f"basis.{basis}"
    text = t(language(), key) if key in MESSAGES[language()] else basis
    return f'<span class="basis" title={attr(basis)}>{esc(text)}</span>'


def _citations(kg: KnowledgeGraph, citations: tuple[Citation, ...]) -> str:
    if not citations:
        return ""
    items = []
    for c in citations:
        document = kg.catalog.documents.get(f"document/{c.document}")
        title = document.title if document else c.document
        items.append(
            f'<div class="cite"><blockquote lang="zh">{esc(c.quote)}</blockquote>'
            f"<small>— <a href={_href('document/' + c.document)}>{_in('zh', title)}</a>, "
            f"{_t('entity.characters', start=c.start, end=c.end)}</small></div>"
        )
    return "".join(items)


def _rows(rows: list[tuple[str, str]]) -> str:
    body = "".join(
        f"<tr><th>{esc(name)}</th><td>{value}</td></tr>" for name, value in rows if value
    )
    return f"<table>{body}</table>" if body else ""


def _facts(kg: KnowledgeGraph, node: Node) -> list[tuple[str, str]]:
    """What the kind adds to the names: amounts, values, dates, the document's details."""
    catalog, service = kg.catalog, kg.service
    if node.kind == "funding-line" and node.id in catalog.lines:
        line = catalog.lines[node.id]
        share = service.computed_share(node.id)
        return [
            (_t("fact.amount"), f"{_yuan(line.amount)} {_basis(line.basis)}"),
            (_t("fact.method"), _data(line.method)),
            (_t("fact.as_written"), _in("zh", line.as_written)),
            (
                _t("fact.stated_share"),
                f"{esc(line.stated_share)} %" if line.stated_share is not None else "",
            ),
            (
                _t("fact.computed_share"),
                f"{esc(share)} % ({_t('fact.derived')})" if share is not None else "",
            ),
            (_t("fact.share_of"), _node_link(kg, line.share_of)),
            (
                _t("fact.budget"),
                f"{_yuan(line.budget)} {_basis('STATED')}" if line.budget is not None else "",
            ),
            (_t("fact.budget_as_written"), esc(line.budget_as_written)),
            (_t("fact.fiscal_year"), esc(line.year)),
            (_t("fact.unit"), _node_link(kg, line.unit)),
            (_t("fact.parent"), _node_link(kg, line.parent)),
            (
                _t("fact.children"),
                _sep().join(_node_link(kg, c.id) for c in service.children(node.id)),
            ),
            (_t("fact.reported_in"), _node_link(kg, line.document)),
        ]
    if node.kind == "indicator" and node.id in catalog.indicators:
        ind = catalog.indicators[node.id]
        value = ind.text_value if ind.value is None else f"{ind.value} {ind.unit or ''}"
        return [
            (_t("fact.value"), _data(value)),
            (_t("fact.qualifier"), _data(ind.approximate)),
            (_t("fact.as_written"), _in("zh", ind.as_written)),
            (_t("fact.subject"), _node_link(kg, ind.subject)),
            (_t("fact.fiscal_year"), esc(ind.year)),
            (_t("fact.reported_in"), _node_link(kg, ind.document)),
        ]
    if node.kind == "event" and node.id in catalog.events:
        event = catalog.events[node.id]
        return [
            (_t("fact.date"), esc(event.date)),
            (_t("entity.category"), _data(event.category)),
            (_t("fact.location"), _node_link(kg, event.location)),
            (_t("fact.organizer"), _node_link(kg, event.organizer)),
            (_t("fact.participants"), _sep().join(_node_link(kg, p) for p in event.participants)),
            (_t("fact.about"), _sep().join(_node_link(kg, s) for s in event.subjects)),
        ]
    if node.kind == "document" and node.id in catalog.documents:
        doc = catalog.documents[node.id]
        review = service.review(node.id)
        return [
            (_t("fact.title"), f'<span lang="zh">{esc(doc.title)}</span>'),
            (_t("fact.genre"), _data(doc.genre)),
            (_t("fact.fiscal_year"), esc(doc.fiscal_year)),
            (_t("fact.date"), esc(doc.date)),
            (_t("fact.issued_by"), _node_link(kg, doc.issuer)),
            (_t("fact.file"), esc(doc.file)),
            ("SHA-256", f'<span class="iri">{esc(doc.sha256)}</span>' if doc.sha256 else ""),
            (
                _t("fact.facts"),
                _t("fact.review", curated=review.curated, extracted=review.extracted),
            ),
        ]
    return []


def _link_rows(kg: KnowledgeGraph, node: Node) -> str:
    rows = []
    service = kg.service
    for outgoing, links in (
        (True, kg.catalog.outgoing.get(node.id, [])),
        (False, kg.catalog.incoming.get(node.id, [])),
    ):
        for link in links:
            rows.append(_link_row(kg, link, outgoing, service.feed_cost(link.id)))
    if not rows:
        return ""
    return (
        f"<h2>{_t('entity.relations')}</h2><table><tr><th>{_t('entity.relation')}</th>"
        f"<th>{_t('entity.with')}</th><th>{_t('entity.cited')}</th></tr>"
        + "".join(rows)
        + "</table>"
    )


def _link_row(kg: KnowledgeGraph, link: Link, outgoing: bool, cost: object) -> str:
    reading = _reading(link.type, outgoing)
    other = link.target if outgoing else link.source
    extra = ""
    if link.via:
        extra += f"<br><small>{_t('entity.via')} {_node_link(kg, link.via)}</small>"
    if cost is not None:
        extra += f"<br><small>{_t('entity.cost')} {_yuan(cost.amount)} {_basis(cost.basis)}</small>"
    quotes = "<br>".join(f'<small lang="zh">“{esc(c.quote)}”</small>' for c in link.sources)
    return (
        f"<tr><td><a href={_href(link.id)}>{esc(reading)}</a></td>"
        f"<td>{_node_link(kg, other)}{extra}</td><td>{quotes}</td></tr>"
    )


def entity_page(kg: KnowledgeGraph, node_id: str) -> tuple[str, str]:
    """``(title, body)`` of an entity's page: names, facts, attributes, relations, citations."""
    node = kg.catalog.nodes[node_id]
    names = [
        (_t("entity.english"), _in("en", node.name_en)),
        (_t("entity.aliases"), _sep().join(_in("zh", a) for a in node.aliases)),
        (_t("entity.pinyin"), _in("zh-Latn", node.pinyin)),
        (_t("entity.category"), _data(node.category)),
        (_t("entity.description"), _in("en", node.description)),
        (_t("entity.provenance"), _data(node.provenance)),
        (_t("entity.rule"), _data(node.rule)),
    ]
    attributes = "".join(
        f"<tr><th>{_data(a.name)}</th><td lang='zh'>{esc(a.value)}</td>"
        f"<td>{_citations(kg, a.sources)}</td></tr>"
        for a in node.attributes
    )
    indicators = kg.service.indicators_of(node.id) if node.kind != "indicator" else []
    mentions = kg.service.mentions(node.id.split("/", 1)[1]) if node.kind == "document" else []
    body = [
        f'<p class="kind">{_kind(node.kind)}</p><h1 lang="zh">{esc(node.name)}</h1>',
        f'<p class="muted" lang="en">{esc(node.name_en)}</p>' if node.name_en else "",
        f'<p class="iri">{esc(node.iri)}</p>',
        _rows(names),
        _rows(_facts(kg, node)),
        f"<h2>{_t('entity.attributes')}</h2><table>{attributes}</table>" if attributes else "",
        _link_rows(kg, node),
    ]
    if indicators:
        body.append(f"<h2>{_t('entity.indicators')}</h2><ul>")
        body.extend(f"<li>{_node_link(kg, i.id)}</li>" for i in indicators)
        body.append("</ul>")
    if mentions:
        body.append(f"<h2>{_t('entity.mentions', count=len(mentions))}</h2><ul class='columns'>")
        body.extend(f"<li>{_node_link(kg, n.id)}</li>" for n in sorted(mentions, key=_order))
        body.append("</ul>")
    if node.sources:
        body.append(f"<h2>{_t('entity.sources')}</h2>{_citations(kg, node.sources)}")
    body.append(_picture(node))
    body.append(_formats())
    return node.name, "".join(body)


def _picture(node: Node) -> str:
    """The neighbourhood as drawn by the exports (Graphviz SVG), and its interactive page."""
    query = urlencode({"focus": node.id, "depth": 1})
    svg, png = attr("/export/svg?" + query), attr("/export/png?" + query)
    embed = attr(with_lang("/embed/" + quote(node.id, safe="/")))
    alt = attr(t(language(), "entity.picture.alt", name=node.name))
    note = _t("entity.picture.note", svg=f"<a href={svg}>SVG</a>", png=f"<a href={png}>PNG</a>")
    # shown at its own size (scrolled when wider than the page), never shrunk: a picture
    # scaled to the column drew its labels at 5-8 px
    return (
        f'<h2>{_t("entity.picture")}</h2><div class="picture"><a href={embed}>'
        f'<img class="picture" loading="lazy" src={svg} alt={alt}></a></div>'
        f"<p class='muted'>{note}</p>"
    )


def _formats() -> str:
    links = {
        name: f'<a href="?format={name}">{label}</a>'
        for name, label in (("ttl", "Turtle"), ("nt", "N-Triples"), ("jsonld", "JSON-LD"))
    }
    return f'<p class="muted">{_t("entity.formats", **links)}</p>'


def _order(node: Node) -> tuple[int, str]:
    kind = KIND_ORDER.index(node.kind) if node.kind in KIND_ORDER else len(KIND_ORDER)
    return kind, node.id


def _term(kg: KnowledgeGraph, value: object) -> str:
    if isinstance(value, URIRef):
        text = str(value)
        node_id = kg.catalog.by_iri.get(text)
        if node_id:
            return _node_link(kg, node_id)
        base = kg.catalog.base
        if text.startswith(f"{base}/id/"):
            return f"<a href={attr(quote(text.removeprefix(base), safe='/#'))}>{esc(text)}</a>"
        return f'<span class="iri">{esc(text)}</span>'
    if isinstance(value, Literal):
        lang = f' <span class="muted">@{esc(value.language)}</span>' if value.language else ""
        return f"{_data(value)}{lang}"
    return esc(value)


def resource_page(kg: KnowledgeGraph, subject: URIRef) -> tuple[str, str]:
    """A resource that is not an entity (a relation, a citation): its triples, readable."""
    link = kg.catalog.links.get(str(subject).rpartition("/id/")[2])
    heading = str(subject).rpartition("/id/")[2]
    body = [f'<p class="kind">{_t("entity.resource")}</p><h1>{esc(heading)}</h1>']
    if link is not None:
        reading = _reading(link.type, True)
        body[0] = (
            f'<p class="kind">{_t("entity.relation.kind")}</p>'
            f'<h1>{esc(reading)} <small class="muted" lang="en">{esc(link.type)}</small></h1>'
        )
        body.append(
            f"<p>{_node_link(kg, link.source)} <strong>{esc(reading)}</strong> "
            f"{_node_link(kg, link.target)}</p>"
        )
        if link.via:
            body.append(f"<p>{_t('entity.via')} {_node_link(kg, link.via)}</p>")
    body.append(f'<p class="iri">{esc(subject)}</p>')
    rows = sorted(kg.graph.predicate_objects(subject), key=lambda po: (str(po[0]), str(po[1])))
    body.append(
        "<table>"
        + "".join(
            f"<tr><th class='iri'>{esc(kg.graph.namespace_manager.normalizeUri(p))}</th>"
            f"<td>{_term(kg, o)}</td></tr>"
            for p, o in rows
        )
        + "</table>"
    )
    if link is not None and link.sources:
        body.append(f"<h2>{_t('entity.sources')}</h2>{_citations(kg, link.sources)}")
    body.append(_formats())
    return heading, "".join(body)


def _coverage_table(kg: KnowledgeGraph) -> str:
    """Units × fiscal years: each unit's page, and in each year the reports it issued or has
    funding lines in, with the year's total where its reports state or derive one."""
    held = kg.service.coverage
    if not held.cells:
        return ""
    years = [y.year for y in held.years if y.units]
    units = held.reporting_units[:BROWSE_LIMIT]
    head = "".join(f"<th scope='col'>{y}</th>" for y in years)
    rows = []
    for unit in units:
        totals = {e.year: e.figure("total") for e in kg.service.series(unit)}
        cells = []
        for year in years:
            documents = held.cells.get((unit, year), ())
            links = " ".join(
                f"<a href={_href(d)} title={attr(kg.catalog.documents[d].title)}>"
                f"{_t('coverage.report')}{f' {n}' if len(documents) > 1 else ''}</a>"
                for n, d in enumerate(documents, 1)
            )
            total = totals.get(year)
            if links and total is not None:
                links += (
                    f"<br><small>{_t('coverage.total')} {_yuan(total.amount)} "
                    f"{_basis(total.basis)}</small>"
                )
            cells.append(f"<td>{links}</td>")
        rows.append(f"<tr><th scope='row'>{_node_link(kg, unit)}</th>{''.join(cells)}</tr>")
    more = len(held.reporting_units) - len(units)
    note = f"<p class='muted'>{_t('coverage.more', count=f'{more:,}')}</p>" if more > 0 else ""
    return (
        f"<h2>{_t('coverage.title')}</h2><p class='muted'>{_t('coverage.about')}</p>"
        f"<table class='coverage'><tr><th scope='col'>{_t('coverage.unit')}</th>{head}</tr>"
        f"{''.join(rows)}"
        f"</table>{note}"
    )


def landing_page(kg: KnowledgeGraph) -> str:
    """The body of ``/``: what the graph holds, the reports it comes from, where to ask."""
    catalog = kg.catalog
    ids = {kind: catalog.ids_of_kind(kind) for kind in KIND_ORDER}
    count_rows = "".join(
        f"<tr><th data-kind={attr(kind)}>{_kind(kind)}</th>"
        f"<td class='num'>{len(ids[kind]):,}</td></tr>"
        for kind in KIND_ORDER
        if ids[kind]
    )
    documents = "".join(
        f"<li><a href={_href(doc.id)} lang='zh'>{esc(doc.title)}</a>"
        f" <span class='muted'>{esc(doc.fiscal_year or '')}"
        f"{', ' + esc(doc.date) if doc.date else ''}</span>"
        f"{'<br>' + _t('landing.issued_by') + _node_link(kg, doc.issuer) if doc.issuer else ''}"
        "</li>"
        for doc in (catalog.documents[i] for i in ids["document"][:BROWSE_LIMIT])
    )
    browse = []
    for kind in KIND_ORDER:
        if not ids[kind]:
            continue
        shown = ids[kind][:BROWSE_LIMIT]
        items = "".join(f"<li>{_node_link(kg, i)}</li>" for i in shown)
        if len(ids[kind]) > len(shown):
            more = f"{len(ids[kind]) - len(shown):,}"
            items += f"<li class='muted'>{_t('landing.more', count=more)}</li>"
        browse.append(
            f"<details><summary>{_kind(kind)} ({len(ids[kind]):,})</summary>"
            f"<ul class='columns'>{items}</ul></details>"
        )
    relations = len(catalog.ids_of_class(GOVKG.Relation))
    downloads = "".join(
        f"<li><a href={attr('/export/' + name)}>{esc(name)}</a> "
        f"<span class='muted'>{esc(fmt.description)}</span></li>"
        for name, fmt in FORMATS.items()
    )
    ask = _t(
        "landing.ask",
        graphiql='<a href="/graphql">GraphiQL</a>',
        sparql='<a href="/sparql">SPARQL</a>',
        health=f'<a href="/health">{_t("nav.health")}</a>',
    )
    return f"""
<h1>govkg <small class="muted">{_t("landing.title")}</small></h1>
<p>{_t("landing.intro")}</p>
<p>{ask}</p>
<h2>{_t("landing.holds")}</h2>
<table>{count_rows}
<tr><th>{_t("landing.relations")}</th><td class='num'>{relations:,}</td></tr>
<tr><th>{_t("landing.triples")}</th><td class='num'>{kg.triples:,}</td></tr></table>
<p class="muted">{_t("landing.version", version=f"<code>{esc(kg.version)}</code>")}</p>
<h2>{_t("landing.downloads")}</h2><ul>{downloads}</ul>
<h2>{_t("landing.reports")}</h2><ul>{documents}</ul>
{_coverage_table(kg)}
<h2>{_t("landing.browse")}</h2>{"".join(browse)}
"""
