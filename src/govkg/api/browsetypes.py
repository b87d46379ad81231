"""GraphQL's filters, orders and facets on lists: typed inputs over govkg.answers.browse, the
rows the ``/browse`` pages show, so a query and a page give the same rows."""

from __future__ import annotations

import enum
from collections.abc import Sequence
from decimal import Decimal

import strawberry
from strawberry.types import Info

from govkg.answers import browse
from govkg.answers.paging import Page
from govkg.answers.service import Service
from govkg.api.base import AmountBasis, _spend, _svc
from govkg.api.buildruntypes import SpendType
from govkg.core.errors import QueryError

__all__ = ["Facet", "FacetField", "FacetValue", "ListFilter", "ListOrder", "rows_page"]


@strawberry.input(description="Keep the items for which every given field holds.")
class ListFilter:
    name_contains: str | None = strawberry.field(
        default=None,
        description="Contained in any of its names (Chinese, English, pinyin, aliases), "
        "folded as `search` folds them.",
    )
    category: str | None = strawberry.field(
        default=None,
        description="Its category (a funding line's lineCategory, a money figure's kind).",
    )
    year: int | None = strawberry.field(default=None, description="Its fiscal year.")
    unit: str | None = strawberry.field(
        default=None, description="Its unit, by id or any name (a line's spending unit, …)."
    )
    document: str | None = strawberry.field(
        default=None, description="A report citing it, by id or slug."
    )
    provenance: str | None = strawberry.field(default=None, description="curated or extracted.")
    basis: AmountBasis | None = strawberry.field(
        default=None, description="How its amount was obtained."
    )
    spend_type: SpendType | None = strawberry.field(default=None, description="Build or run.")
    amount_min: Decimal | None = strawberry.field(
        default=None, description="Amount at least this many yuan."
    )
    amount_max: Decimal | None = strawberry.field(
        default=None, description="Amount at most this many yuan."
    )


@strawberry.enum(
    description="The order of a list; items without the value come last either way, ties by id."
)
class ListOrder(enum.Enum):
    NAME = "name"
    NAME_DESC = "name desc"
    AMOUNT = "amount"
    AMOUNT_DESC = "amount desc"
    YEAR = "year"
    YEAR_DESC = "year desc"
    DEGREE = "degree"
    DEGREE_DESC = "degree desc"


@strawberry.enum(description="A field to count the values of.")
class FacetField(enum.Enum):
    CATEGORY = "category"
    YEAR = "year"
    UNIT = "unit"
    DOCUMENT = "document"
    PROVENANCE = "provenance"
    BASIS = "basis"
    SPEND_TYPE = "spend_type"


@strawberry.type(description="One value of a facet and how many items of the list have it.")
class FacetValue:
    value: str
    count: int
    label: str | None = strawberry.field(
        description="The name of a unit or document value; null for other fields."
    )


@strawberry.type(description="The values of one field among the items the filter keeps.")
class Facet:
    field: FacetField
    values: list[FacetValue]
    distinct: int = strawberry.field(
        description="How many values the field has among the items, however many `values` "
        "lists (`facets(first:)` keeps the most frequent)."
    )


def _where(service: Service, given: ListFilter | None) -> browse.Where | None:
    if given is None:
        return None
    unit = None
    if given.unit is not None:
        node = service.node(given.unit) or service.lookup(given.unit, ("unit",))
        if node is None:
            raise QueryError(f"no unit with id or name {given.unit!r}")
        unit = node.id
    document = given.document
    if document is not None and not document.startswith("document/"):
        document = f"document/{document}"
    return browse.Where(
        name=given.name_contains,
        category=given.category,
        year=given.year,
        unit=unit,
        document=document,
        provenance=given.provenance,
        basis=given.basis.value if given.basis else None,
        spend_type=given.spend_type.value if given.spend_type else None,
        amount_min=given.amount_min,
        amount_max=given.amount_max,
    )


def rows_page(
    info: Info,
    table: str,
    given: ListFilter | None,
    order: ListOrder | None,
    first: int | None,
    after: str | None,
) -> tuple[Page, browse.Chosen]:
    """A page of a table's rows as filtered and ordered, and every id the filter keeps (in
    order: what facets count), as a ``browse.Chosen`` that lists them only if iterated: the
    page walks the presorted order, the total is a popcount."""
    service = _svc(info)
    field, _, direction = order.value.partition(" ") if order else (None, "", "")
    ids = browse.tables_of(service).choose(
        table, _where(service, given), field, direction == "desc"
    )
    return service.page(ids, first, after, ordered_by_id=False), ids


def facets(
    info: Info,
    table: str,
    ids: Sequence[str],
    names: list[FacetField],
    first: int | None = None,
) -> list[Facet]:
    """The facets of a list's items (all of them, not one page), at most ``first`` values
    each (the most frequent), each value returned charged to the request's budget."""
    if first is not None and first < 0:
        raise QueryError("facets(first:) must not be negative")
    service = _svc(info)
    every = browse.tables_of(service).facets_of(table, ids, tuple(f.value for f in names))
    counted = {name: values[:first] for name, values in every.items()}
    _spend(info, sum(len(values) for values in counted.values()))
    nodes = service.catalog.nodes
    return [
        Facet(
            field=FacetField(name),
            values=[
                FacetValue(
                    value=str(value),
                    count=count,
                    label=(
                        nodes[value].name
                        if name in ("unit", "document") and value in nodes
                        else None
                    ),
                )
                for value, count in counted[name]
            ],
            distinct=len(every[name]),
        )
        for name in (f.value for f in names)
    ]
