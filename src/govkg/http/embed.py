"""The embed page and its data: an entity's neighbourhood to pan, zoom and expand.

The page carries no inline script or style: ``/static/embed/embed.js`` draws it with the
vendored Cytoscape.js and fills the side panel with ``textContent`` only. The panel is
rendered here for the focus node too, so the page says something before (or without) the
script. ``?view=money`` (and ``treemap``) shows a unit's money picture instead, its SVG
inlined (presentation attributes only, so the CSP still allows no inline style) and no script.
"""

from __future__ import annotations

import json
from decimal import Decimal
from typing import TYPE_CHECKING, Any
from urllib.parse import quote, urlencode

from markupsafe import Markup

from govkg.core.money import format_yuan
from govkg.exports import Selection, select
from govkg.exports.draw import wrap
from govkg.exports.records import edge_records, node_records
from govkg.exports.style import STYLES, styles_json
from govkg.http.i18n import (
    MESSAGES,
    READING,
    choice,
    language,
    money,
    switch_href,
    t,
    with_lang,
)
from govkg.http.markup import render, translator

if TYPE_CHECKING:
    from govkg.answers.kg import KnowledgeGraph

__all__ = [
    "MAX_EMBED_DEPTH",
    "VIEWS",
    "embed_csp",
    "embed_data",
    "embed_iframe",
    "embed_page",
    "embed_picture_page",
    "node_path",
]

MAX_EMBED_DEPTH = 2
VIEWS = ("graph", "money", "treemap")  # ?view=: the neighbourhood, or a money picture
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


def embed_page(
    kg: KnowledgeGraph, node_id: str, depth: int, origin: str, lang: str | None = None
) -> str:
    """The page: an empty stage for the script, and the focus node's panel already filled.

    ``lang`` defaults to the request's (the route that calls this does not pass it)."""
    current = choice()
    lang = lang or current.lang
    node = kg.catalog.nodes[node_id]
    facts = node_records(kg, select(kg, Selection(focus=node_id, depth=0)))[0]
    messages = {
        key.removeprefix("embed."): text
        for key, text in MESSAGES[lang].items()
        if key.startswith("embed.")
    }
    return render(
        "embed.html",
        control_pictures=True,
        title=node.name,
        lang=lang,
        _=translator(lang),
        node=node,
        kind=_kind_label(node.kind, lang),
        facts=_panel_facts(facts, lang),
        depth=depth,
        explicit=str(current.explicit).lower(),
        messages=json.dumps(messages, ensure_ascii=False),
        selection=urlencode({"focus": node.id, "depth": depth}),
        money=f"/embed/{node_path(node.id)}?view=money" if node.kind == "unit" else None,
        picture=None,
        scripts=SCRIPTS,
        **_links(node.id, origin, lang),
    )


def embed_picture_page(
    kg: KnowledgeGraph,
    node_id: str,
    view: str,
    picture: str,
    origin: str,
    year: int | None = None,
    lang: str | None = None,
) -> str:
    """The page of a money picture (``view`` money or treemap): ``picture`` is the ``<svg>``
    our own exports wrote (every text escaped), inlined; links to the other views and the file.
    """
    lang = lang or choice().lang
    node = kg.catalog.nodes[node_id]
    query = {"focus": node.id, **({"year": year} if year is not None else {})}
    views = {
        name: f"/embed/{node_path(node_id)}"
        + (f"?{urlencode({'view': name, **query})}" if name != "graph" else "")
        for name in VIEWS
    }
    file = "sankey" if view == "money" else "treemap"
    return render(
        "embed.html",
        control_pictures=True,
        title=node.name,
        lang=lang,
        _=translator(lang),
        node=node,
        view=view,
        views=views,
        picture=Markup(picture),
        download=f"/export/{file}?{urlencode(query)}",
        scripts=(),
        **_links(node.id, origin, lang),
    )


def _links(node_id: str, origin: str, lang: str) -> dict[str, str]:
    """The page's oEmbed discovery link, the other language, the node's full page."""
    current = choice()
    other = "en" if lang == "zh" else "zh"
    path = node_path(node_id)
    page_url = f"{origin}/embed/{path}"
    return {
        "oembed": f"{origin}/oembed?{urlencode({'url': page_url})}",  # absolute, for discovery
        "other": other,
        "switch": switch_href(current) if current.lang == lang else f"?lang={other}",
        "full_page": with_lang(f"/id/{path}", current) if lang == current.lang else f"/id/{path}",
    }


def embed_iframe(src: str, title: str, width: int, height: int) -> str:
    """The oEmbed answer's ``html``: the embed page ``src`` in a sandboxed iframe."""
    return render(
        "iframe.html", control_pictures=True, src=src, title=title, width=width, height=height
    )


def embed_csp(ancestors: str) -> str:
    """Scripts, styles and data from this origin only; framed only by ``ancestors``."""
    return (
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
        f"connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors {ancestors}"
    )
