"""The HTML pages of ``/browse``: the list of tables, and one page of a table with its
facets, filters in force, columns and page links, in the page's language."""

from __future__ import annotations

from dataclasses import dataclass

from govkg.answers.browse import FACETS, ORDERS, TABLES, Row, tables_of
from govkg.answers.kg import KnowledgeGraph
from govkg.http.browse_downloads import NOT_APPLICABLE
from govkg.http.browse_params import Asked, Refused
from govkg.http.i18n import MESSAGES, language, t, with_lang
from govkg.http.markup import Page
from govkg.http.pages import _shared

__all__ = ["PAGE_SIZE", "Facet", "FacetValue", "index_page", "table_page"]

PAGE_SIZE = 50
SHOWN = 10  # facet values listed before the rest fold away
THRESHOLDS = (10_000, 100_000, 1_000_000, 10_000_000, 100_000_000)  # amount buckets, yuan
# the columns of the HTML table, in order, each shown when some row of the table has it
COLUMNS = (
    "name", "name_en", "category", "year", "unit", "documents", "amount", "basis",
    "spend_type", "provenance", "degree",
)  # fmt: skip
FACET_LABELS = {"document": "col.documents"}
TRANSLATED = ("funding-lines", "money-figures")  # whose categories have words in MESSAGES


def _label(lang: str, key: str, fallback: str) -> str:
    return MESSAGES[lang].get(key, fallback)


def _category_labels(lang: str, table: str) -> dict[str, str]:
    """The words for the categories of funding lines and money figures (their codes are a
    closed list); other kinds' categories read as their codes."""
    if table not in TRANSLATED:
        return {}
    prefix = "browse.category."
    return {k.removeprefix(prefix): v for k, v in MESSAGES[lang].items() if k.startswith(prefix)}


def _value_label(kg: KnowledgeGraph, ask: Asked, lang: str, facet: str, value: object) -> str:
    """How a facet value reads: a unit's or report's name, a translated code, the year."""
    text = str(value)
    if facet in ("unit", "document"):
        node = kg.catalog.nodes.get(text)
        return node.name if node is not None else text
    if facet == "basis":
        return _label(lang, f"basis.{text}", text)
    if facet == "spend_type":
        return _label(lang, f"spend.{text}", text)
    if facet == "category":
        return _category_labels(lang, ask.table).get(text, text)
    return text


@dataclass(frozen=True)
class FacetValue:
    value: str
    label: str
    count: int
    href: str
    active: bool


@dataclass(frozen=True)
class Facet:
    name: str
    heading: str
    values: list[FacetValue]
    shown: int = SHOWN


def _facets(kg: KnowledgeGraph, ask: Asked, rows: list[Row], lang: str) -> list[Facet]:
    """The side bar: each facet with values among the rows kept, counts beside them, then
    the amount thresholds for tables of money."""
    tables = tables_of(kg.service)
    found = []
    for name, values in tables.facets(rows, FACETS).items():
        if not values:
            continue
        current = {"unit": ask.where.unit, "document": ask.where.document}.get(
            name, ask.given.get(name)
        )
        shown = []
        for value, count in values:
            active = str(value) == str(current)
            shown.append(
                FacetValue(
                    str(value),
                    _value_label(kg, ask, lang, name, value),
                    count,
                    ask.link(**{name: None if active else value}),  # a second click removes it
                    active,
                )
            )
        found.append(Facet(name, t(lang, "browse." + FACET_LABELS.get(name, f"col.{name}")), shown))
    amounts = [r.amount for r in rows if r.amount is not None]
    if amounts:
        buckets = []
        for threshold in THRESHOLDS:
            count = sum(1 for a in amounts if a >= threshold)
            if count:
                wan, yuan = f"{threshold // 10000:,}", f"{threshold:,}"
                active = ask.where.amount_min == threshold
                href = ask.link(amount_min=None if active else threshold)
                label = t(lang, "browse.at_least", wan=wan, yuan=yuan)
                buckets.append(FacetValue(str(threshold), label, count, href, active))
        if buckets:
            found.append(Facet("amount_min", t(lang, "browse.col.amount"), buckets, len(buckets)))
    return found


def _active(kg: KnowledgeGraph, ask: Asked, lang: str) -> list[tuple[str, str, str]]:
    """Each filter in force: its name, its value as it reads, the link that removes it."""
    found = []
    for name, value in ask.given.items():
        heading = t(lang, f"browse.filter.{name}")
        shown = value
        if name == "unit" and ask.where.unit:
            shown = _value_label(kg, ask, lang, "unit", ask.where.unit)
        elif name == "document" and ask.where.document:
            shown = _value_label(kg, ask, lang, "document", ask.where.document)
        elif name in ("basis", "spend_type", "category"):
            shown = _value_label(kg, ask, lang, name, value)
        found.append((heading, shown, ask.link(**{name: None})))
    return found


def _columns(rows: tuple[Row, ...], table: str) -> list[str]:
    """The HTML table's columns: those some row of the whole table has a value for."""
    lacking = NOT_APPLICABLE.get(table, set())
    return [
        column
        for column in COLUMNS
        if column not in lacking
        and (column in ("name", "provenance", "degree") or any(_has(r, column) for r in rows))
    ]


def _has(row: Row, column: str) -> bool:
    return bool(row.documents) if column == "documents" else getattr(row, column) is not None


def _pages(page: int, pages: int) -> list[int | None]:
    """Page numbers to link: the first, the last, two either side of this one (None: a gap).

    >>> _pages(6, 12)
    [1, None, 4, 5, 6, 7, 8, None, 12]
    """
    chosen = sorted({1, pages, *range(max(1, page - 2), min(pages, page + 2) + 1)})
    found: list[int | None] = []
    for number in chosen:
        if found and number - (found[-1] or 0) > 1:
            found.append(None)
        found.append(number)
    return found


def table_page(kg: KnowledgeGraph, ask: Asked) -> tuple[str, Page]:
    """``(title, page)`` of one page of a table, its facets and its links."""
    lang = language()
    tables = tables_of(kg.service)
    rows = tables.select(ask.table, ask.where, ask.order, ask.descending)
    pages = max(1, -(-len(rows) // PAGE_SIZE))
    if ask.page > pages:
        raise Refused(404, "page", page=ask.page, pages=pages)
    start = (ask.page - 1) * PAGE_SIZE
    title = t(lang, f"browse.table.{ask.table}")
    context = {
        **_shared(kg),
        "table": ask.table,
        "ask": ask,
        "rows": rows[start : start + PAGE_SIZE],
        "total": len(rows),
        "every": len(tables.rows(ask.table)),
        "start": start + 1,
        "end": min(start + PAGE_SIZE, len(rows)),
        "pages": pages,
        "numbers": _pages(ask.page, pages),
        "columns": _columns(tables.rows(ask.table), ask.table),
        "orders": ORDERS,
        "facets": _facets(kg, ask, rows, lang),
        "active": _active(kg, ask, lang),
        "category_labels": _category_labels(lang, ask.table),
        "browse_home": with_lang("/browse"),
        "clear": ask.link(**dict.fromkeys(ask.given)),
    }
    return title, Page("browse_table.html", context)


def index_page(kg: KnowledgeGraph) -> Page:
    tables = tables_of(kg.service)
    counts = [(name, len(tables.rows(name)), with_lang(f"/browse/{name}")) for name in TABLES]
    return Page("browse_index.html", {**_shared(kg), "tables": counts})
