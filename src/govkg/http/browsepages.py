"""``/browse``: the rows of each kind as tables to narrow, sort, page and take away.

Rows, filters, orders and facets are :mod:`govkg.answers.browse`'s, the ones GraphQL's
``where``, ``orderBy`` and ``facets`` use, so a page and a query give the same rows. All a
table shows is in its URL: the filters (``name``, ``category``, ``year``, ``unit``,
``document``, ``provenance``, ``basis``, ``spend_type``, ``amount_min`` and ``amount_max`` in
yuan), ``order``, ``desc=1`` and ``page``. ``.csv`` and ``.json`` give every row the filter
and order select (all pages), streamed; amounts are exact yuan strings.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from typing import Any
from urllib.parse import quote, urlencode

import orjson
from starlette.requests import Request
from starlette.responses import JSONResponse, PlainTextResponse, Response, StreamingResponse
from starlette.routing import Route

from govkg.answers.browse import FACETS, ORDERS, TABLES, Row, Where, tables_of
from govkg.answers.kg import KnowledgeGraph
from govkg.http.answer_table import csv_lines
from govkg.http.i18n import MESSAGES, choice, language, t, with_lang
from govkg.http.markup import Page, page_response
from govkg.http.pages import _shared

__all__ = ["FIELDS", "PAGE_SIZE", "Asked", "Refused", "asked", "browse_routes", "fields_of"]

PAGE_SIZE = 50
MAX_TEXT = 200  # longest filter value, as for a search
SHOWN = 10  # facet values listed before the rest fold away
THRESHOLDS = (10_000, 100_000, 1_000_000, 10_000_000, 100_000_000)  # amount buckets, yuan
FILTERS = (
    "name", "category", "year", "unit", "document", "provenance", "basis", "spend_type",
    "amount_min", "amount_max",
)  # fmt: skip
CHOICES = {
    "basis": ("STATED", "DERIVED", "ALLOCATED"),
    "spend_type": ("BUILD", "RUN", "MIXED", "UNCLASSIFIED"),
    "provenance": ("curated", "extracted"),
}
FIRST_DESCENDING = ("amount", "degree")  # a header's first click: the largest first
FIELDS = (
    "id", "iri", "name", "name_en", "pinyin", "category", "year", "unit", "unit_name",
    "documents", "provenance", "amount", "basis", "budget", "spend_type", "degree",
)  # fmt: skip
"""The columns of a ``.csv`` and the keys of a ``.json`` row, less what a table lacks."""
NOT_APPLICABLE = {
    "money-figures": {"name_en", "pinyin", "budget", "degree"},
    "feeds": {"pinyin", "category", "spend_type", "budget", "degree"},
    "documents": {"documents"},
}
# the columns of the HTML table, in order, each shown when some row of the table has it
COLUMNS = (
    "name", "name_en", "category", "year", "unit", "documents", "amount", "basis",
    "spend_type", "provenance", "degree",
)  # fmt: skip
FACET_LABELS = {"document": "col.documents"}
TRANSLATED = ("funding-lines", "money-figures")  # whose categories have words in MESSAGES


class Refused(Exception):
    """A request the table cannot answer: its status and message (a key of the catalogue)."""

    def __init__(self, status: int, key: str, **values: object) -> None:
        super().__init__(key)
        self.status, self.key, self.values = status, key, values

    def message(self, lang: str) -> str:
        return t(lang, f"browse.bad.{self.key}", **self.values)


@dataclass(frozen=True, kw_only=True)
class Asked:
    """One table as a URL asks for it: the filter as given (for links) and as applied."""

    table: str
    given: dict[str, str] = field(default_factory=dict)
    where: Where = field(default_factory=Where)
    order: str | None = None
    descending: bool = False
    page: int = 1

    def href(self, suffix: str = "", **changes: object) -> str:
        """This table's URL with ``changes`` (None removes a parameter), its parameters
        always in one order (one URL, one cache entry, for one table)."""
        params: dict[str, object] = {
            **self.given,
            "order": self.order,
            "desc": "1" if self.descending and self.order else None,
            "page": self.page if self.page > 1 else None,
            **changes,
        }
        keys = (*FILTERS, "order", "desc", "page")
        query = urlencode([(k, str(params[k])) for k in keys if params.get(k) is not None])
        path = f"/browse/{quote(self.table)}{suffix}"
        return f"{path}?{query}" if query else path

    def link(self, **changes: object) -> str:
        """A link on the page: back to page 1 unless it names a page, in the page's language."""
        if changes.get("page") == 1:
            changes["page"] = None
        return with_lang(self.href(**{"page": None, **changes}))

    def sort_link(self, order: str) -> str:
        """A column header's link: the other direction when sorted by it, else its first."""
        descending = not self.descending if self.order == order else order in FIRST_DESCENDING
        return self.link(order=order, desc="1" if descending else None)

    def download(self, suffix: str) -> str:
        return self.href(suffix, page=None)

    def kept(self, *dropped: str) -> list[tuple[str, str]]:
        """The parameters a form on the page carries along (hidden), less ``dropped``."""
        params = {
            **self.given,
            "order": self.order,
            "desc": "1" if self.descending and self.order else None,
        }
        found = [(k, str(v)) for k, v in params.items() if v is not None and k not in dropped]
        current = choice()
        return [*found, ("lang", current.lang)] if current.explicit else found


def _text(params: Mapping[str, str], name: str) -> str | None:
    value = params.get(name)
    if value is None or not value.strip():
        return None
    value = value.strip()
    if len(value) > MAX_TEXT:
        raise Refused(400, "long", param=name, limit=MAX_TEXT)
    return value


def _whole(name: str, value: str | None, least: int = 0) -> int | None:
    if value is None:
        return None
    if not value.isascii() or not value.isdigit() or int(value) < least:
        raise Refused(400, "whole", param=name, value=value)
    return int(value)


def _yuan(name: str, value: str | None) -> Decimal | None:
    if value is None:
        return None
    try:
        amount = Decimal(value.replace(",", ""))
    except InvalidOperation:
        amount = None
    if amount is None or not amount.is_finite():
        raise Refused(400, "amount", param=name, value=value)
    return amount


def asked(kg: KnowledgeGraph, table: str, params: Mapping[str, str]) -> Asked:
    """What the URL asks of ``table``; Refused (404 or 400) naming the value that cannot be."""
    if table not in TABLES:
        raise Refused(404, "table", table=table, tables=", ".join(TABLES))
    given = {name: value for name in FILTERS if (value := _text(params, name)) is not None}
    for name, allowed in CHOICES.items():
        if name in given:
            folded = given[name].lower() if name == "provenance" else given[name].upper()
            if folded not in allowed:
                choices = ", ".join(allowed)
                raise Refused(400, "choice", param=name, value=given[name], choices=choices)
            given[name] = folded
    unit = None
    if "unit" in given:
        service = kg.service
        node = service.node(given["unit"]) or service.lookup(given["unit"], ("unit",))
        if node is None:
            raise Refused(400, "unit", value=given["unit"])
        unit = node.id
    document = given.get("document")
    if document is not None and not document.startswith("document/"):
        document = f"document/{document}"
    order = _text(params, "order")
    if order is not None and order not in ORDERS:
        raise Refused(400, "choice", param="order", value=order, choices=", ".join(ORDERS))
    desc = _text(params, "desc") or "0"
    if desc not in ("0", "1"):
        raise Refused(400, "choice", param="desc", value=desc, choices="0, 1")
    where = Where(
        name=given.get("name"),
        category=given.get("category"),
        year=_whole("year", given.get("year")),
        unit=unit,
        document=document,
        provenance=given.get("provenance"),
        basis=given.get("basis"),
        spend_type=given.get("spend_type"),
        amount_min=_yuan("amount_min", given.get("amount_min")),
        amount_max=_yuan("amount_max", given.get("amount_max")),
    )
    return Asked(
        table=table,
        given=given,
        where=where,
        order=order,
        descending=desc == "1",
        page=_whole("page", _text(params, "page"), least=1) or 1,
    )


def fields_of(table: str) -> list[str]:
    """The columns of ``table``'s downloads."""
    lacking = NOT_APPLICABLE.get(table, set())
    return [name for name in FIELDS if name not in lacking]


# the page ------------------------------------------------------------------------------
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


# downloads -----------------------------------------------------------------------------
def _record(kg: KnowledgeGraph, row: Row, columns: list[str]) -> dict[str, Any]:
    """One row for a download: amounts as exact yuan strings, names beside ids."""
    nodes, base = kg.catalog.nodes, kg.catalog.base
    unit = nodes.get(row.unit) if row.unit else None
    values = {
        "iri": f"{base}/id/{row.id}",
        "unit_name": unit.name if unit is not None else None,
        "documents": list(row.documents),
        "amount": None if row.amount is None else str(row.amount),
        "budget": None if row.budget is None else str(row.budget),
    }
    return {c: values[c] if c in values else getattr(row, c) for c in columns}


def _chunks(parts: Iterable[bytes], size: int = 16384) -> Iterator[bytes]:
    """Rows written one by one, sent in chunks of about ``size`` bytes."""
    held: list[bytes] = []
    length = 0
    for part in parts:
        held.append(part)
        length += len(part)
        if length >= size:
            yield b"".join(held)
            held, length = [], 0
    if held:
        yield b"".join(held)


def _csv(kg: KnowledgeGraph, table: str, rows: list[Row]) -> Iterator[bytes]:
    columns = fields_of(table)

    def cells() -> Iterator[list[Any]]:
        for row in rows:
            record = _record(kg, row, columns)
            yield ["; ".join(v) if isinstance(v, list) else v for v in record.values()]

    return csv_lines(columns, cells())


def _json(kg: KnowledgeGraph, ask: Asked, rows: list[Row]) -> Iterator[bytes]:
    columns = fields_of(ask.table)
    head = {
        "table": ask.table,
        "filter": ask.given,
        "order": ask.order,
        "descending": ask.descending,
        "total": len(rows),
    }
    yield orjson.dumps(head)[:-1] + b',"rows":['
    for index, row in enumerate(rows):
        yield (b",\n" if index else b"\n") + orjson.dumps(_record(kg, row, columns))
    yield b"\n]}\n"


def _refused(refusal: Refused, kind: str) -> Response:
    lang = language()
    message = refusal.message(lang)
    if kind == "json":
        return JSONResponse({"error": message}, status_code=refusal.status)
    if kind == "csv":
        return PlainTextResponse(message + "\n", status_code=refusal.status)
    page = Page("browse_problem.html", {"problem": message, "browse_home": with_lang("/browse")})
    heading = t(lang, "notfound.title" if refusal.status == 404 else "browse.bad.title")
    page.context["heading"] = heading
    return page_response(heading, page, status=refusal.status)


async def browse_index(request: Request) -> Response:
    kg: KnowledgeGraph = request.app.state.kg
    return page_response(t(language(), "browse.title"), index_page(kg))


async def browse_table(request: Request) -> Response:
    kg: KnowledgeGraph = request.app.state.kg  # one graph version for the whole answer
    table = request.path_params["table"]
    kind = "html"
    for suffix in ("csv", "json"):
        if table.endswith(f".{suffix}"):
            table, kind = table.removesuffix(f".{suffix}"), suffix
    try:
        ask = asked(kg, table, request.query_params)
        if kind == "html":
            title, page = table_page(kg, ask)
            return page_response(title, page)
    except Refused as refusal:
        return _refused(refusal, kind)
    rows = tables_of(kg.service).select(ask.table, ask.where, ask.order, ask.descending)
    filename = f"govkg-{ask.table}.{kind}"
    headers = {
        "content-disposition": f'attachment; filename="{filename}"',
        "x-govkg-rows": str(len(rows)),
    }
    if kind == "csv":
        body = _chunks(_csv(kg, ask.table, rows))
        return StreamingResponse(body, media_type="text/csv; charset=utf-8", headers=headers)
    body = _chunks(_json(kg, ask, rows))
    return StreamingResponse(body, media_type="application/json", headers=headers)


def browse_routes() -> list[Route]:
    """``/browse`` and ``/browse/{table}`` (with ``.csv`` and ``.json``)."""
    return [
        Route("/browse", browse_index, methods=["GET"]),
        Route("/browse/{table}", browse_table, methods=["GET"]),
    ]
