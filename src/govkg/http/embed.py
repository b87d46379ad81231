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

from govkg.exports import Selection, select
from govkg.exports.draw import wrap
from govkg.exports.records import edge_records, node_records, xml_safe
from govkg.exports.style import STYLES, styles_json
from govkg.money import format_yuan

if TYPE_CHECKING:
    from govkg.kg import KnowledgeGraph

__all__ = ["MAX_EMBED_DEPTH", "embed_csp", "embed_data", "embed_page", "esc", "node_path"]

MAX_EMBED_DEPTH = 2
SCRIPTS = (
    "/static/vendor/cytoscape/cytoscape.min.js",
    "/static/vendor/cytoscape/layout-base.js",
    "/static/vendor/cytoscape/cose-base.js",
    "/static/vendor/cytoscape/cytoscape-fcose.js",
    "/static/embed/embed.js",
)
_BASIS = {
    "STATED": "stated 报告所列",
    "ALLOCATED": "allocated 按规则分摊",
    "DERIVED": "derived 推算",
}


def node_path(node_id: str) -> str:
    return quote(node_id, safe="/")


def _money(amount: Decimal, basis: str) -> str:
    return f"¥{format_yuan(amount)} CNY · {_BASIS.get(basis, basis)}"


def _panel_facts(facts: dict[str, Any]) -> list[tuple[str, str]]:
    """What the side panel lists for one node, as (label, text) pairs."""
    rows: list[tuple[str, str]] = []
    if facts.get("category"):
        rows.append(("类别 Category", facts["category"]))
    aliases = [a for a in json.loads(facts.get("aliases") or "[]") if a]
    if aliases:
        rows.append(("别名 Aliases", "、".join(aliases)))
    if "amount" in facts:
        rows.append(("金额 Amount", _money(facts["amount"], facts["amount_basis"])))
        if facts.get("amount_method"):
            rows.append(("推算 Method", facts["amount_method"]))
    if "stated_share" in facts:
        rows.append(("占比 Stated share", f"{facts['stated_share']}%"))
    if facts.get("as_written") or "value" in facts:
        value = facts.get("as_written") or f"{facts['value']}{facts.get('unit', '')}"
        rows.append(("数值 Value", value))
    if facts.get("text_value"):
        rows.append(("内容 Text", facts["text_value"]))
    if "cost" in facts:
        rows.append(("分摊 Allocated cost", _money(facts["cost"], facts["cost_basis"])))
        rows.append(("规则 Rule", facts["cost_method"]))
    if facts.get("date"):
        rows.append(("日期 Date", facts["date"]))
    if facts.get("fiscal_year"):
        rows.append(("年度 Fiscal year", str(facts["fiscal_year"])))
    if facts.get("description"):
        rows.append(("说明 About", facts["description"]))
    rows.append(("来源 Provenance", facts["provenance"]))
    if facts.get("extraction_rule"):
        rows.append(("抽取规则 Extraction rule", facts["extraction_rule"]))
    rows.append(("编号 ID", facts["id"]))
    return rows


def _kind_label(kind: str) -> str:
    style = STYLES.get(kind)
    return f"{style.zh} {style.en}" if style else kind


def embed_data(kg: KnowledgeGraph, focus: str, depth: int) -> dict[str, Any]:
    """The neighbourhood of ``focus`` for the embed script: nodes with their panel facts."""
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
                "kindLabel": _kind_label(node.kind),
                "href": f"/id/{node_path(node.id)}",
                "facts": _panel_facts(facts),
                "citations": [
                    {"document": c.document, "quote": c.quote, "start": c.start, "end": c.end}
                    for c in node.sources
                ],
            }
        )
    edges = []
    for facts in edge_records(kg, subset):
        label = "" if facts["relation"] == "describes" else facts["relation"]
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


def embed_page(kg: KnowledgeGraph, node_id: str, depth: int, origin: str) -> str:
    """The page: an empty stage for the script, and the focus node's panel already filled."""
    node = kg.catalog.nodes[node_id]
    facts = node_records(kg, select(kg, Selection(focus=node_id, depth=0)))[0]
    rows = "".join(f"<dt>{esc(k)}</dt><dd>{esc(v)}</dd>" for k, v in _panel_facts(facts))
    cites = "".join(
        f"<li><blockquote>{esc(c.quote)}</blockquote>"
        f"<small>{esc(c.document)} [{c.start}–{c.end}]</small></li>"
        for c in node.sources
    )
    path = node_path(node.id)
    page_url = f"{origin}/embed/{path}"
    oembed = f"/oembed?{urlencode({'url': page_url})}"
    downloads = "".join(
        f'<a href="/export/{fmt}?{urlencode({"focus": node.id, "depth": depth})}" download>'
        f"{label}</a>"
        for fmt, label in (("svg", "SVG"), ("png", "PNG"), ("graphml", "GraphML"))
    )
    return (
        '<!doctype html>\n<html lang="zh"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{esc(node.name)} · govkg</title>"
        '<link rel="icon" href="data:,">'
        '<link id="__________cytoscape_stylesheet" rel="stylesheet" href="/static/embed/embed.css">'
        f'<link rel="alternate" type="application/json+oembed" href="{esc(oembed)}"'
        f' title="{esc(node.name)}">'
        + "".join(f'<script src="{src}" defer></script>' for src in SCRIPTS)
        + "</head>"
        f'<body data-focus="{esc(node.id)}" data-source="/embed-data/" data-depth="{depth}">'
        '<div id="app"><div id="stage">'
        '<div id="toolbar"><button type="button" id="fit">适应 Fit</button>'
        '<button type="button" id="relayout">重排 Layout</button>'
        f'{downloads}<span id="status" role="status"></span></div>'
        '<div id="graph" role="img" aria-label="graph"></div>'
        '<div id="hint">拖动平移 · 滚轮缩放 · 点击节点展开 — drag to pan, wheel to zoom, '
        "click a node to expand it</div></div>"
        '<aside id="panel" aria-live="polite">'
        f'<p class="kind" id="p-kind">{esc(_kind_label(node.kind))}</p>'
        f'<h1 id="p-name">{esc(node.name)}</h1>'
        f'<p class="name-en" id="p-name-en">{esc(node.name_en)}</p>'
        f'<dl id="p-facts">{rows}</dl>'
        f'<h2 id="p-cites-heading"{"" if cites else " hidden"}>引文 Cited in the source</h2>'
        f'<ol id="p-cites">{cites}</ol>'
        '<h2>相邻 Neighbours</h2><ul class="neighbours" id="p-neighbours"></ul>'
        f'<a class="more" id="p-link" href="/id/{esc(path)}" target="_blank" rel="noopener">'
        "完整页面 Full page ↗</a>"
        "</aside></div></body></html>\n"
    )


def embed_csp(ancestors: str) -> str:
    """Scripts, styles and data from this origin only; framed only by ``ancestors``."""
    return (
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
        f"connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors {ancestors}"
    )
