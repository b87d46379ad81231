"""HTML pages for people: the landing page and one page per entity, from the query service."""

from __future__ import annotations

from decimal import Decimal
from urllib.parse import quote, urlencode

from rdflib import Literal, URIRef

from govkg.catalog import Link, Node
from govkg.exports import FORMATS
from govkg.http.markup import attr, esc
from govkg.kg import KnowledgeGraph
from govkg.money import format_yuan
from govkg.ontology import GOVKG
from govkg.records import Citation

__all__ = ["entity_page", "landing_page", "resource_page"]

# link type -> (read from its source, read from its target)
READING = {
    "feeds": ("feeds", "fed by"),
    "connects": ("connects to", "connected from"),
    "migrated-to": ("migrated to", "migrated from"),
    "operates": ("operates", "operated by"),
    "owns": ("owns", "owned by"),
    "part-of": ("part of", "has part"),
    "delivers": ("delivers", "delivered by"),
    "funds": ("funds", "funded by"),
    "uses": ("uses", "used by"),
    "leads": ("leads", "led by"),
    "participates": ("participates in", "has participant"),
    "reviews": ("reviews", "reviewed by"),
}
KIND_ORDER = [
    "document", "unit", "person", "platform", "project",
    "publication", "funding-line", "indicator", "event",
]  # fmt: skip
BROWSE_LIMIT = 200


def _href(node_id: str) -> str:
    return attr("/id/" + quote(node_id, safe="/"))


def _node_link(kg: KnowledgeGraph, node_id: str | None) -> str:
    if not node_id:
        return ""
    node = kg.catalog.nodes.get(node_id)
    if node is None:
        return esc(node_id)
    english = f' <span class="muted">{esc(node.name_en)}</span>' if node.name_en else ""
    return f"<a href={_href(node_id)}>{esc(node.name)}</a>{english}"


def _yuan(amount: Decimal) -> str:
    return f"{esc(format_yuan(amount))} CNY"


def _citations(kg: KnowledgeGraph, citations: tuple[Citation, ...]) -> str:
    if not citations:
        return ""
    items = []
    for c in citations:
        document = kg.catalog.documents.get(f"document/{c.document}")
        title = document.title if document else c.document
        items.append(
            f'<div class="cite"><blockquote lang="zh">{esc(c.quote)}</blockquote>'
            f"<small>— <a href={_href('document/' + c.document)}>{esc(title)}</a>, "
            f"characters {c.start}–{c.end}</small></div>"
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
            ("amount", f'{_yuan(line.amount)} <span class="basis">{esc(line.basis)}</span>'),
            ("method", esc(line.method)),
            ("as written", esc(line.as_written)),
            (
                "stated share",
                f"{esc(line.stated_share)} %" if line.stated_share is not None else "",
            ),
            ("computed share", f"{esc(share)} % (derived)" if share is not None else ""),
            ("share of", _node_link(kg, line.share_of)),
            (
                "budget",
                f'{_yuan(line.budget)} <span class="basis">STATED</span>'
                if line.budget is not None
                else "",
            ),
            ("budget as written", esc(line.budget_as_written)),
            ("fiscal year", esc(line.year)),
            ("spending unit", _node_link(kg, line.unit)),
            ("parent line", _node_link(kg, line.parent)),
            ("sub-lines", ", ".join(_node_link(kg, c.id) for c in service.children(node.id))),
            ("reported in", _node_link(kg, line.document)),
        ]
    if node.kind == "indicator" and node.id in catalog.indicators:
        ind = catalog.indicators[node.id]
        value = ind.text_value if ind.value is None else f"{ind.value} {ind.unit or ''}"
        return [
            ("value", esc(value)),
            ("qualifier", esc(ind.approximate)),
            ("as written", esc(ind.as_written)),
            ("subject", _node_link(kg, ind.subject)),
            ("fiscal year", esc(ind.year)),
            ("reported in", _node_link(kg, ind.document)),
        ]
    if node.kind == "event" and node.id in catalog.events:
        event = catalog.events[node.id]
        return [
            ("date", esc(event.date)),
            ("category", esc(event.category)),
            ("location", _node_link(kg, event.location)),
            ("organizer", _node_link(kg, event.organizer)),
            ("participants", ", ".join(_node_link(kg, p) for p in event.participants)),
            ("about", ", ".join(_node_link(kg, s) for s in event.subjects)),
        ]
    if node.kind == "document" and node.id in catalog.documents:
        doc = catalog.documents[node.id]
        review = service.review(node.id)
        return [
            ("title", f'<span lang="zh">{esc(doc.title)}</span>'),
            ("genre", esc(doc.genre)),
            ("fiscal year", esc(doc.fiscal_year)),
            ("date", esc(doc.date)),
            ("issued by", _node_link(kg, doc.issuer)),
            ("stored text", esc(doc.file)),
            ("SHA-256", f'<span class="iri">{esc(doc.sha256)}</span>' if doc.sha256 else ""),
            (
                "facts",
                f"{review.curated} curated, {review.extracted} extracted (awaiting review)",
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
        "<h2>Relations</h2><table><tr><th>relation</th><th>with</th><th>cited</th></tr>"
        + "".join(rows)
        + "</table>"
    )


def _link_row(kg: KnowledgeGraph, link: Link, outgoing: bool, cost: object) -> str:
    reading = READING.get(link.type, (link.type, f"{link.type} (inverse)"))[0 if outgoing else 1]
    other = link.target if outgoing else link.source
    extra = ""
    if link.via:
        extra += f"<br><small>via {_node_link(kg, link.via)}</small>"
    if cost is not None:
        extra += (
            f'<br><small>cost {_yuan(cost.amount)} <span class="basis">{esc(cost.basis)}</span>'
            f"</small>"
        )
    quotes = "<br>".join(f'<small lang="zh">“{esc(c.quote)}”</small>' for c in link.sources)
    return (
        f"<tr><td><a href={_href(link.id)}>{esc(reading)}</a></td>"
        f"<td>{_node_link(kg, other)}{extra}</td><td>{quotes}</td></tr>"
    )


def entity_page(kg: KnowledgeGraph, node_id: str) -> tuple[str, str]:
    """``(title, body)`` of an entity's page: names, facts, attributes, relations, citations."""
    node = kg.catalog.nodes[node_id]
    names = [
        ("English", esc(node.name_en)),
        ("aliases", "、".join(f'<span lang="zh">{esc(a)}</span>' for a in node.aliases)),
        ("pinyin", esc(node.pinyin)),
        ("category", esc(node.category)),
        ("description", esc(node.description)),
        ("provenance", esc(node.provenance)),
        ("extraction rule", esc(node.rule)),
    ]
    attributes = "".join(
        f"<tr><th>{esc(a.name)}</th><td lang='zh'>{esc(a.value)}</td>"
        f"<td>{_citations(kg, a.sources)}</td></tr>"
        for a in node.attributes
    )
    indicators = kg.service.indicators_of(node.id) if node.kind != "indicator" else []
    mentions = kg.service.mentions(node.id.split("/", 1)[1]) if node.kind == "document" else []
    body = [
        f'<p class="kind">{esc(node.kind)}</p><h1 lang="zh">{esc(node.name)}</h1>',
        f'<p class="iri">{esc(node.iri)}</p>',
        _rows(names),
        _rows(_facts(kg, node)),
        f"<h2>Attributes</h2><table>{attributes}</table>" if attributes else "",
        _link_rows(kg, node),
    ]
    if indicators:
        body.append("<h2>Indicators</h2><ul>")
        body.extend(f"<li>{_node_link(kg, i.id)}</li>" for i in indicators)
        body.append("</ul>")
    if mentions:
        body.append(f"<h2>Mentions ({len(mentions)})</h2><ul class='columns'>")
        body.extend(f"<li>{_node_link(kg, n.id)}</li>" for n in sorted(mentions, key=_order))
        body.append("</ul>")
    if node.sources:
        body.append(f"<h2>Sources</h2>{_citations(kg, node.sources)}")
    body.append(_picture(node))
    body.append(_formats())
    return node.name, "".join(body)


def _picture(node: Node) -> str:
    """The neighbourhood as drawn by the exports (Graphviz SVG), and its interactive page."""
    query = urlencode({"focus": node.id, "depth": 1})
    svg, png = attr("/export/svg?" + query), attr("/export/png?" + query)
    embed = attr("/embed/" + quote(node.id, safe="/"))
    alt = attr(f"{node.name} and its neighbours")
    return (
        f'<h2>Neighbourhood</h2><p><a href={embed}><img class="picture" loading="lazy" '
        f"src={svg} alt={alt}></a></p><p class='muted'>Select the picture for the "
        f"interactive view; download it as <a href={svg}>SVG</a> or <a href={png}>PNG</a>.</p>"
    )


def _formats() -> str:
    return (
        '<p class="muted">Also as <a href="?format=ttl">Turtle</a>, '
        '<a href="?format=nt">N-Triples</a>, <a href="?format=jsonld">JSON-LD</a>.</p>'
    )


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
        return f"{esc(value)}{lang}"
    return esc(value)


def resource_page(kg: KnowledgeGraph, subject: URIRef) -> tuple[str, str]:
    """A resource that is not an entity (a relation, a citation): its triples, readable."""
    link = kg.catalog.links.get(str(subject).rpartition("/id/")[2])
    heading = str(subject).rpartition("/id/")[2]
    body = [f'<p class="kind">resource</p><h1>{esc(heading)}</h1>']
    if link is not None:
        reading = READING.get(link.type, (link.type, ""))[0]
        body[0] = f'<p class="kind">relation</p><h1>{esc(link.type)}</h1>'
        body.append(
            f"<p>{_node_link(kg, link.source)} <strong>{esc(reading)}</strong> "
            f"{_node_link(kg, link.target)}</p>"
        )
        if link.via:
            body.append(f"<p>via {_node_link(kg, link.via)}</p>")
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
        body.append(f"<h2>Sources</h2>{_citations(kg, link.sources)}")
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
                f"report{f' {n}' if len(documents) > 1 else ''}</a>"
                for n, d in enumerate(documents, 1)
            )
            total = totals.get(year)
            if links and total is not None:
                links += (
                    f'<br><small>total {_yuan(total.amount)} <span class="basis">'
                    f"{esc(total.basis)}</span></small>"
                )
            cells.append(f"<td>{links}</td>")
        rows.append(f"<tr><th scope='row'>{_node_link(kg, unit)}</th>{''.join(cells)}</tr>")
    more = len(held.reporting_units) - len(units)
    note = f"<p class='muted'>… and {more:,} more units.</p>" if more > 0 else ""
    return (
        "<h2>Units by fiscal year</h2>"
        "<p class='muted'>Each unit's page, and its reports of each fiscal year.</p>"
        f"<table class='coverage'><tr><th scope='col'>unit</th>{head}</tr>{''.join(rows)}"
        f"</table>{note}"
    )


def landing_page(kg: KnowledgeGraph) -> str:
    """The body of ``/``: what the graph holds, the reports it comes from, where to ask."""
    catalog = kg.catalog
    ids = {kind: catalog.ids_of_kind(kind) for kind in KIND_ORDER}
    count_rows = "".join(
        f"<tr><th>{esc(kind)}</th><td class='num'>{len(ids[kind]):,}</td></tr>"
        for kind in KIND_ORDER
        if ids[kind]
    )
    documents = "".join(
        f"<li><a href={_href(doc.id)} lang='zh'>{esc(doc.title)}</a>"
        f" <span class='muted'>{esc(doc.fiscal_year or '')}"
        f"{', ' + esc(doc.date) if doc.date else ''}</span>"
        f"{'<br>issued by ' + _node_link(kg, doc.issuer) if doc.issuer else ''}</li>"
        for doc in (catalog.documents[i] for i in ids["document"][:BROWSE_LIMIT])
    )
    browse = []
    for kind in KIND_ORDER:
        if not ids[kind]:
            continue
        shown = ids[kind][:BROWSE_LIMIT]
        items = "".join(f"<li>{_node_link(kg, i)}</li>" for i in shown)
        if len(ids[kind]) > len(shown):
            items += f"<li class='muted'>… and {len(ids[kind]) - len(shown):,} more</li>"
        browse.append(
            f"<details><summary>{esc(kind)} ({len(ids[kind]):,})</summary>"
            f"<ul class='columns'>{items}</ul></details>"
        )
    relations = len(catalog.ids_of_class(GOVKG.Relation))
    downloads = "".join(
        f"<li><a href={attr('/export/' + name)}>{esc(name)}</a> "
        f"<span class='muted'>{esc(fmt.description)}</span></li>"
        for name, fmt in FORMATS.items()
    )
    return f"""
<h1>govkg</h1>
<p>Published reports on government IT spending as a knowledge graph: who feeds which
platform, what each link costs, and the sentence of the report that says so.</p>
<p><a href="/graphql">GraphiQL</a> (GraphQL for analysts, with example queries) ·
<a href="/sparql">SPARQL</a> (read-only SPARQL 1.1 endpoint) ·
<a href="/health">health</a>. Every entity's IRI resolves under <code>/id/</code>.</p>
<h2>What the graph holds</h2>
<table>{count_rows}
<tr><th>relations</th><td class='num'>{relations:,}</td></tr>
<tr><th>triples</th><td class='num'>{kg.triples:,}</td></tr></table>
<p class="muted">Graph version <code>{esc(kg.version)}</code>.</p>
<h2>Downloads</h2><ul>{downloads}</ul>
<h2>Source reports</h2><ul>{documents}</ul>
{_coverage_table(kg)}
<h2>Browse</h2>{"".join(browse)}
"""
