"""Flat facts per node and edge, shared by every table- and graph-shaped export.

Amounts stay ``Decimal`` here; each format decides how to write them (a float for the
tool's arithmetic beside the exact decimal string, or the exact string alone).
"""

from __future__ import annotations

import json
import re
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from govkg.core.money import format_yuan, split_evenly
from govkg.core.records import Citation

if TYPE_CHECKING:
    from govkg.answers.kg import KnowledgeGraph
    from govkg.exports.selection import Subset

__all__ = [
    "citations_json",
    "edge_records",
    "node_records",
    "xml_safe",
]

# characters XML 1.0 cannot hold even as references: C0 controls but tab, newline, return;
# DEL is legal but invisible. Each becomes its visible Unicode "control picture" (␇ for BEL).
_PICTURES = {c: 0x2400 + c for c in range(0x20) if c not in (0x09, 0x0A, 0x0D)} | {0x7F: 0x2421}
_NOT_XML = re.compile("[\ud800-\udfff\ufffe\uffff]")
_UNSAFE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff\ufffe\uffff]")


def xml_safe(text: str) -> str:
    """Text any XML 1.0 parser accepts, control characters shown as control pictures.

    >>> xml_safe("a\\x07b")
    'a␇b'
    """
    if _UNSAFE.search(text) is None:  # nearly every label: nothing to change
        return text
    return _NOT_XML.sub("\ufffd", text.translate(_PICTURES))


def citations_json(sources: tuple[Citation, ...]) -> str:
    """Citations as a compact JSON list (Chinese kept readable, control characters escaped)."""
    return json.dumps(
        [
            {"document": c.document, "quote": c.quote, "start": c.start, "end": c.end}
            for c in sources
        ],
        ensure_ascii=False,
        separators=(",", ":"),
    )


def _cost_facts(prefix: str, costs: list[Any]) -> dict[str, Any]:
    """One Cost (or the sum of several, as ``Service.feed_cost`` does) as flat fields."""
    if not costs:
        return {}
    if len(costs) == 1:
        cost = costs[0]
        return {
            prefix: cost.amount,
            f"{prefix}_basis": cost.basis,
            f"{prefix}_method": cost.method or "",
            f"{prefix}_funding_line": cost.funding_line or "",
            "currency": "CNY",
        }
    total = sum((c.amount for c in costs), Decimal(0))
    parts = " + ".join(f"{format_yuan(c.amount)} ({c.funding_line})" for c in costs)
    return {
        prefix: total,
        f"{prefix}_basis": "ALLOCATED",
        f"{prefix}_method": f"sum of {len(costs)} allocations: {parts} = {format_yuan(total)} CNY",
        f"{prefix}_funding_line": "",
        "currency": "CNY",
    }


def node_records(kg: KnowledgeGraph, subset: Subset) -> list[dict[str, Any]]:
    """One dict per chosen node: names, kind, figures with their basis, citations."""
    catalog, service = kg.catalog, kg.service
    records = []
    for node_id in subset.nodes:
        node = catalog.nodes[node_id]
        facts: dict[str, Any] = {
            "id": node.id,
            "kind": node.kind,
            "category": node.category or "",
            "name": node.name,
            "name_en": node.name_en or "",
            "aliases": json.dumps(list(node.aliases), ensure_ascii=False),
            "pinyin": node.pinyin or "",
            "iri": node.iri,
            "description": node.description or "",
            "provenance": node.provenance,
            "extraction_rule": node.rule or "",
        }
        line = catalog.lines.get(node_id)
        if line is not None:
            facts |= {
                "amount": line.amount,
                "currency": "CNY",
                "amount_basis": line.basis,
                "amount_method": line.method or "",
            }
            if line.stated_share is not None:
                facts["stated_share"] = line.stated_share
                facts["share_of"] = line.share_base or ""
            if line.budget is not None:
                facts |= {"budget": line.budget, "budget_as_written": line.budget_as_written or ""}
            if line.year is not None:
                facts["fiscal_year"] = line.year
        indicator = catalog.indicators.get(node_id)
        if indicator is not None:
            if indicator.value is not None:
                facts["value"] = indicator.value
            facts |= {
                "unit": indicator.unit or "",
                "approximate": indicator.approximate or "",
                "as_written": indicator.as_written or "",
                "text_value": indicator.text_value or "",
            }
            if indicator.year is not None:
                facts["fiscal_year"] = indicator.year
        facts |= _cost_facts("cost", service.platform_costs(node_id))
        event = catalog.events.get(node_id)
        if event is not None and event.date:
            facts["date"] = event.date
        document = catalog.documents.get(node_id)
        if document is not None:
            facts |= {"title": document.title, "sha256": document.sha256 or ""}
            if document.date:
                facts["date"] = document.date
            if document.fiscal_year is not None:
                facts["fiscal_year"] = document.fiscal_year
        facts |= {
            "attributes": json.dumps(
                [{"name": a.name, "value": a.value} for a in node.attributes], ensure_ascii=False
            ),
            "citation_count": len(node.sources),
            "citations": citations_json(node.sources),
        }
        records.append(facts)
    return records


def _funds_facts(kg: KnowledgeGraph, line_id: str, target: str) -> dict[str, Any]:
    """What a funding line gives one item it funds: the whole line, or an equal share."""
    line, catalog = kg.catalog.lines.get(line_id), kg.catalog
    if line is None:
        return {}
    funded = sorted(link.target for link in catalog.links_from(line_id, "funds"))
    name = catalog.nodes[line_id].name
    if len(funded) == 1:
        basis = line.basis
        method = f"the whole line: {name} {format_yuan(line.amount)} CNY funds only this item"
        if line.method:
            method += f"; {line.method}"
        amount = line.amount
    else:
        amount = dict(zip(funded, split_evenly(line.amount, len(funded)), strict=True))[target]
        basis = "ALLOCATED"
        method = (
            f"equal split: {name} {format_yuan(line.amount)} CNY ÷ {len(funded)} items it "
            f"funds → this item {format_yuan(amount)} CNY"
        )
    return {
        "cost": amount,
        "cost_basis": basis,
        "cost_method": method,
        "cost_funding_line": line_id,
        "currency": "CNY",
    }


def edge_records(kg: KnowledgeGraph, subset: Subset) -> list[dict[str, Any]]:
    """One dict per chosen edge: relation type, costs on feeds and funding, citations."""
    catalog, service = kg.catalog, kg.service
    records = []
    for source, target, key, data in subset.edges:
        link = catalog.links.get(key)
        facts: dict[str, Any] = {
            "id": key,
            "source": source,
            "target": target,
            "relation": data.get("type", ""),
            "via": data.get("via", ""),
            "provenance": link.provenance if link else "derived",
            "extraction_rule": (link.rule or "") if link else "",
        }
        if link is not None and link.type == "feeds":
            facts |= _cost_facts("cost", service.feed_costs(key))
        elif link is not None and link.type == "funds":
            facts |= _funds_facts(kg, source, target)
        sources = link.sources if link else ()
        facts |= {"citation_count": len(sources), "citations": citations_json(sources)}
        records.append(facts)
    return records
