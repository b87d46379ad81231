"""Relay connections for the root lists: a page of ids made into nodes, edges and page info,
with facets over the whole list; a list asked with ``where`` or ``orderBy`` is read from the
browse table's rows (``browsetypes``)."""

from __future__ import annotations

from typing import Generic, TypeVar

import strawberry
from strawberry.types import Info

from govkg.answers import service as svc
from govkg.api.base import _svc, to_node
from govkg.api.browsetypes import Facet, FacetField, facets, rows_page

__all__ = ["LISTED", "Connection", "Edge", "PageInfo"]

T = TypeVar("T")


@strawberry.type
class PageInfo:
    has_next_page: bool
    has_previous_page: bool
    start_cursor: str | None
    end_cursor: str | None


@strawberry.type
class Edge(Generic[T]):
    cursor: str
    node: T


@strawberry.type
class Connection(Generic[T]):
    total_count: int
    nodes: list[T]
    edges: list[Edge[T]]
    page_info: PageInfo
    _table: strawberry.Private[str | None] = None
    _ids: strawberry.Private[list[str] | None] = None

    @strawberry.field(
        description="For each field asked, its values among all the items of the list (every "
        "page, as filtered) and how many items have each, the most frequent first; `first` "
        "keeps at most that many values of each field (`distinct` says how many there are)."
    )
    def facets(
        self, info: Info, fields: list[FacetField], first: int | None = None
    ) -> list[Facet]:
        if self._table is None or self._ids is None:
            return []
        return facets(info, self._table, self._ids, fields, first)


def _connection(
    page: svc.Page, convert, table: str | None = None, ids: list[str] | None = None
) -> Connection:
    """A connection over a page of ids; ``convert`` turns one id into its GraphQL object;
    ``table`` and ``ids`` (every id of the list) are what its facets count."""
    nodes = [convert(item) for item in page.items]
    return Connection(
        _table=table,
        _ids=ids,
        total_count=page.total,
        nodes=nodes,
        edges=[Edge(cursor=c, node=n) for c, n in zip(page.cursors, nodes, strict=True)],
        page_info=PageInfo(
            has_next_page=page.has_next,
            has_previous_page=page.has_previous,
            start_cursor=page.cursors[0] if page.cursors else None,
            end_cursor=page.cursors[-1] if page.cursors else None,
        ),
    )


LISTED = (
    "`where` keeps the items for which every given field holds, `orderBy` sorts them, and "
    "the connection's `facets` counts the values of fields among them."
)


def _listed(info: Info, table: str, plain, where, order_by, first, after) -> Connection:
    """A list of nodes: by id as before when neither ``where`` nor ``orderBy`` is given
    (``plain`` gives the ids), else the table's rows as filtered and ordered."""
    s = _svc(info)
    if where is None and order_by is None:
        ids = plain()
        return _connection(s.page(ids, first, after), _node_of(s), table, ids)
    page, ids = rows_page(info, table, where, order_by, first, after)
    return _connection(page, _node_of(s), table, ids)


def _node_of(s: svc.Service):
    return lambda node_id: to_node(s.catalog.nodes[node_id])
