"""The embed page and its data: an entity's neighbourhood to pan, zoom and expand.

The page carries no inline script or style: ``/static/embed/embed.js`` draws it with the
vendored Cytoscape.js and fills the side panel with ``textContent`` only. The panel is
rendered here for the focus node too, so the page says something before (or without) the
script.
"""

from __future__ import annotations

import html
import json
from decimal import Decimal
from typing import TYPE_CHECKING, Any
from urllib.parse import quote, urlencode

from govkg.core.money import format_yuan
from govkg.exports import Selection, select
from govkg.exports.draw import wrap
from govkg.exports.records import edge_records, node_records, xml_safe
from govkg.exports.style import STYLES, styles_json
from govkg.http.i18n import (
    MESSAGES,
    READING,
    choice,
    language,
    mark,
    money,
    switch_href,
    t,
    with_lang,
)

if TYPE_CHECKING:
    from govkg.answers.kg import KnowledgeGraph

__all__ = ["MAX_EMBED_DEPTH", "embed_csp", "embed_data", "embed_page", "esc", "node_path"]

MAX_EMBED_DEPTH = 2
SCRIPTS = (
    "/static/vendor/cytoscape/cytoscape.min.js",
    "/static/vendor/cytoscape/layout-base.js",
    "/static/vendor/cytoscape/cose-base.js",
    "/static/vendor/cytoscape/cytoscape-fcose.js",
    "/static/embed/embed.js",
)


def node_path(node_id: str) -> str:
    return quote(node_id, safe="/")


def _money(amount: Decimal, basis: str, lang: str) -> str:
    key = f"basis.{basis}"
    return f"{money(amount, lang)} · {t(lang, key) if key in MESSAGES[lang] else basis}"


def _panel_facts(facts: dict[str, Any], lang: str) -> list[tuple[str, str]]:
    """What the side panel lists for one node, as (label, text) pairs in ``lang``."""
    rows: list[tuple[str, str]] = []

    def row(key: str, value: str) -> None:
        rows.append((t(lang, f"panel.{key}"), value))

    if facts.get("category"):
        row("category", facts["category"])
    aliases = [a for a in json.loads(facts.get("aliases") or "[]") if a]
    if aliases:
        row("aliases", "、".join(aliases))
    if "amount" in facts:
        row("amount", _money(facts["amount"], facts["amount_basis"], lang))
        if facts.get("amount_method"):
            row("method", facts["amount_method"])
    if "stated_share" in facts:
        row("stated_share", f"{facts['stated_share']}%")
    if facts.get("as_written") or "value" in facts:
        row("value", facts.get("as_written") or f"{facts['value']}{facts.get('unit', '')}")
    if facts.get("text_value"):
        row("text", facts["text_value"])
    if "cost" in facts:
        row("cost", _money(facts["cost"], facts["cost_basis"], lang))
        row("rule", facts["cost_method"])
    if facts.get("date"):
        row("date", facts["date"])
    if facts.get("fiscal_year"):
        row("fiscal_year", str(facts["fiscal_year"]))
    if facts.get("description"):
        row("about", facts["description"])
    row("provenance", facts["provenance"])
    if facts.get("extraction_rule"):
        row("extraction_rule", facts["extraction_rule"])
    row("id", facts["id"])
    return rows


def _kind_label(kind: str, lang: str) -> str:
    style = STYLES.get(kind)
    if style is None:
        return kind
    return style.zh if lang == "zh" else style.en


def embed_data(
    kg: KnowledgeGraph, focus: str, depth: int, lang: str | None = None
) -> dict[str, Any]:
    """The neighbourhood of ``focus`` for the embed script: nodes with their panel facts.

    ``lang`` defaults to the request's (the route that calls this does not pass it)."""
    lang = lang or language()
    subset = select(kg, Selection(focus=focus, depth=depth))
    nodes = []
    for facts in node_records(kg, subset):
        node = kg.catalog.nodes[facts["id"]]
        nodes.append(
            {
                "id": node.id,
                "name": node.name,
                "nameEn": node.name_en or "",
                "label": "\n".join(wrap(node.name, 9)),
                "kind": node.kind,
                "kindLabel": _kind_label(node.kind, lang),
                "href": f"/id/{node_path(node.id)}",
                "facts": _panel_facts(facts, lang),
                "citations": [
                    {"document": c.document, "quote": c.quote, "start": c.start, "end": c.end}
                    for c in node.sources
                ],
            }
        )
    edges = []
    for facts in edge_records(kg, subset):
        relation = facts["relation"]
        label = "" if relation == "describes" else READING[lang].get(relation, (relation,))[0]
        if "cost" in facts:
            label += f"\n¥{format_yuan(facts['cost'])}"
        edges.append(
            {
                "id": facts["id"],
                "source": facts["source"],
                "target": facts["target"],
                "relation": facts["relation"],
                "label": label,
                "costly": "cost" in facts,
            }
        )
    return {"focus": subset.focus, "depth": depth, "nodes": nodes, "edges": edges,
            "styles": styles_json()}  # fmt: skip


def esc(value: object) -> str:
    """Text for HTML content or a quoted attribute; control characters shown as pictures."""
    return html.escape(xml_safe("" if value is None else str(value)), quote=True)


def embed_page(
    kg: KnowledgeGraph, node_id: str, depth: int, origin: str, lang: str | None = None
) -> str:
    """The page: an empty stage for the script, and the focus node's panel already filled.

    ``lang`` defaults to the request's (the route that calls this does not pass it)."""
    current = choice()
    lang = lang or current.lang
    other = "en" if lang == "zh" else "zh"
    # names and quotes are Chinese, English names English: marked where the page is not
    zh, en = ("", ' lang="en"') if lang == "zh" else (' lang="zh"', "")
    node = kg.catalog.nodes[node_id]
    facts = node_records(kg, select(kg, Selection(focus=node_id, depth=0)))[0]
    rows = "".join(
        f"<dt>{esc(k)}</dt><dd>{mark(esc(v), lang)}</dd>" for k, v in _panel_facts(facts, lang)
    )
    cites = "".join(
        f"<li><blockquote{zh}>{esc(c.quote)}</blockquote>"
        f"<small>{esc(c.document)} [{c.start}–{c.end}]</small></li>"
        for c in node.sources
    )
    path = node_path(node.id)
    page_url = f"{origin}/embed/{path}"
    oembed = f"{origin}/oembed?{urlencode({'url': page_url})}"  # discovery needs it absolute
    downloads = "".join(
        f'<a href="/export/{fmt}?{urlencode({"focus": node.id, "depth": depth})}" download>'
        f"{label}</a>"
        for fmt, label in (("svg", "SVG"), ("png", "PNG"), ("graphml", "GraphML"))
    )
    messages = {
        key.removeprefix("embed."): text
        for key, text in MESSAGES[lang].items()
        if key.startswith("embed.")
    }
    switch = switch_href(current) if current.lang == lang else f"?lang={other}"
    full_page = with_lang(f"/id/{path}", current) if lang == current.lang else f"/id/{path}"
    return (
        f'<!doctype html>\n<html lang="{lang}"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{esc(node.name)} · govkg</title>"
        '<link rel="icon" href="data:,">'
        '<link id="__________cytoscape_stylesheet" rel="stylesheet" href="/static/embed/embed.css">'
        f'<link rel="alternate" type="application/json+oembed" href="{esc(oembed)}"'
        f' title="{esc(node.name)}">'
        + "".join(f'<script src="{src}" defer></script>' for src in SCRIPTS)
        + "</head>"
        f'<body data-focus="{esc(node.id)}" data-source="/embed-data/" data-depth="{depth}"'
        f' data-lang="{lang}" data-explicit="{str(current.explicit).lower()}"'
        f' data-messages="{esc(json.dumps(messages, ensure_ascii=False))}">'
        '<div id="app"><div id="stage">'
        f'<div id="toolbar"><button type="button" id="fit">{esc(t(lang, "embed.fit"))}</button>'
        f'<button type="button" id="relayout">{esc(t(lang, "embed.layout"))}</button>'
        f'{downloads}<a href="{esc(switch)}" id="lang" hreflang="{other}" lang="{other}">'
        f"{esc(t(lang, 'nav.switch'))}</a>"
        '<span id="status" role="status"></span></div>'
        f'<div id="graph" role="img" aria-label="{esc(t(lang, "embed.graph"))}"></div>'
        f'<div id="hint">{esc(t(lang, "embed.hint"))}</div></div>'
        '<aside id="panel" aria-live="polite">'
        f'<p class="kind" id="p-kind">{esc(_kind_label(node.kind, lang))}</p>'
        f'<h1 id="p-name"{zh}>{esc(node.name)}</h1>'
        f'<p class="name-en" id="p-name-en"{en}>{esc(node.name_en)}</p>'
        f'<dl id="p-facts">{rows}</dl>'
        f'<h2 id="p-cites-heading"{"" if cites else " hidden"}>'
        f"{esc(t(lang, 'embed.cites'))}</h2>"
        f'<ol id="p-cites">{cites}</ol>'
        f"<h2>{esc(t(lang, 'embed.neighbours'))}</h2>"
        f'<ul class="neighbours" id="p-neighbours"{zh}></ul>'
        f'<a class="more" id="p-link" href="{esc(full_page)}" target="_blank" rel="noopener">'
        f"{esc(t(lang, 'embed.full'))}</a>"
        "</aside></div></body></html>\n"
    )


def embed_csp(ancestors: str) -> str:
    """Scripts, styles and data from this origin only; framed only by ``ancestors``."""
    return (
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
        f"connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors {ancestors}"
    )
