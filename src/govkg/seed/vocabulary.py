"""The words a seed file is written in: its top-level keys, the fields every entity shares,
the categories and qualifiers a record may choose from, and the units amounts are stated in."""

from __future__ import annotations

from decimal import Decimal

__all__ = [
    "COMMON",
    "ENTITY_KEYS",
    "EVENT_CATEGORIES",
    "FUNDING_CATEGORIES",
    "QUALIFIERS",
    "TOP_KEYS",
    "YUAN_PER",
]

YUAN_PER = {"万元": Decimal(10000), "元": Decimal(1), "亿元": Decimal(100_000_000)}
QUALIFIERS = ("余", "多", "约", "以上", "近", "超过", "逾")
EVENT_CATEGORIES = (
    "award",
    "meeting",
    "launch",
    "approval",
    "review",
    "acceptance",
    "application",
    "visit",
    "inspection",
    "other",
)
FUNDING_CATEGORIES = ("total", "budget", "basic", "personnel", "public", "project", "other")
ENTITY_KEYS = {
    "units": "unit",
    "people": "person",
    "systems": "platform",
    "projects": "project",
    "publications": "publication",
}
TOP_KEYS = (
    "documents",
    *ENTITY_KEYS,
    "funding_lines",
    "indicators",
    "events",
    "relations",
    "mentions",
    "money_figures",
)
COMMON = {
    "id",
    "name",
    "name_en",
    "aliases",
    "description_en",
    "attributes",
    "sources",
    "provenance",
    "rule",
    "possibly_same_as",
}
