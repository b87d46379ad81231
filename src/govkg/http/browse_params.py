"""What a ``/browse/{table}`` URL asks for: its parameters read, checked and linked back.

All a table shows is in its URL, so one reading of it serves the page, the downloads and the
links the page draws; a value that cannot be is refused with the parameter it came in.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from urllib.parse import quote, urlencode

from govkg.answers.browse import ORDERS, TABLES, Where
from govkg.answers.kg import KnowledgeGraph
from govkg.http.i18n import choice, t, with_lang

__all__ = ["FILTERS", "Asked", "Refused", "asked"]

MAX_TEXT = 200  # longest filter value, as for a search
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
