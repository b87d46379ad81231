"""What every GraphQL type module shares, below them all: so they import it, not each other.

The enums, Citation, Money, the request's object budget, the resolver helpers, and
``to_node``, which finds a node's GraphQL type by its kind in ``NODE_TYPES`` (filled in by
govkg.api.nodes): the spending and money types point at nodes and the nodes at them, so the
one import direction is nodes -> spending/money -> here, and the way back is by kind.
"""

from __future__ import annotations

import enum
import functools
from collections.abc import Callable
from decimal import Decimal
from typing import Any

import strawberry
from strawberry.types import Info

from govkg.answers import service as svc
from govkg.core.errors import QueryError
from govkg.graph import catalog as cat

__all__ = [
    "MAX_OBJECTS",
    "NODE_TYPES",
    "AmountBasis",
    "Attribute",
    "Budget",
    "Citation",
    "EntityKind",
    "Money",
    "to_node",
]

MAX_OBJECTS = 10_000
"""Most objects one GraphQL request may produce through nested lists."""


@strawberry.enum(description="What a node is.")
class EntityKind(enum.Enum):
    DOCUMENT = "document"
    UNIT = "unit"
    PERSON = "person"
    PLATFORM = "platform"
    PROJECT = "project"
    PUBLICATION = "publication"
    FUNDING_LINE = "funding-line"
    INDICATOR = "indicator"
    EVENT = "event"


@strawberry.enum(
    description="How an amount was obtained: stated, derived (sum, remainder) or allocated."
)
class AmountBasis(enum.Enum):
    STATED = "STATED"
    DERIVED = "DERIVED"
    ALLOCATED = "ALLOCATED"


class Budget:
    """How many objects one request may still ask for through nested lists (a query like
    ``neighbours { neighbours { neighbours … } } }`` grows by each level's fan-out)."""

    def __init__(self, limit: int = MAX_OBJECTS, pace: Callable[[], None] | None = None) -> None:
        self.left = limit
        self.pace = pace
        """Called as objects are spent: a worker thread's chance to rest (http/lane.py)."""

    @property
    def exhausted(self) -> bool:
        """Whether the request asked for more than this budget allowed."""
        return self.left < 0

    def spend(self, count: int) -> None:
        self.left -= count
        if self.pace is not None:
            self.pace()
        if self.left < 0:
            raise QueryError(
                f"this query asks for more than {MAX_OBJECTS:,} objects through nested lists; "
                "ask for fewer levels or smaller pages"
            )


def _spend(info: Info, count: int) -> None:
    budget = info.context.get("budget") if isinstance(info.context, dict) else None
    if budget is not None:
        budget.spend(count)


def _charged(resolver):
    """Charge what a list resolver returns to the request's budget."""

    @functools.wraps(resolver)
    def charged(self, info: Info, *args, **kwargs):
        found = resolver(self, info, *args, **kwargs)
        _spend(info, len(found) if found is not None else 0)
        return found

    return charged


def _ref(info: Info, node_id: str | None):
    """The node a record refers to, or None when the graph does not hold it (a file loaded
    with --data may point outside itself)."""
    found = _svc(info).catalog.nodes.get(node_id) if node_id else None
    return to_node(found) if found is not None else None


def _refs(info: Info, node_ids) -> list:
    return [node for node in (_ref(info, i) for i in node_ids) if node is not None]


def _svc(info: Info) -> svc.Service:
    return info.context["service"]


@strawberry.type(description="A verbatim span of a source document.")
class Citation:
    document: str = strawberry.field(description="Id of the source document (see `documents`).")
    quote: str
    start: int = strawberry.field(description="Character offset of the quote's first character.")
    end: int = strawberry.field(description="Character offset just after the quote.")


def _citations(cites) -> list[Citation]:
    return [Citation(document=c.document, quote=c.quote, start=c.start, end=c.end) for c in cites]


@strawberry.type(description="A cited textual fact about a node (rank, role, status, …).")
class Attribute:
    name: str
    value: str
    sources: list[Citation]


@strawberry.type(description="An exact amount of money in yuan.")
class Money:
    amount: Decimal = strawberry.field(description="In yuan, exact.")
    currency: str
    basis: AmountBasis
    method: str | None = strawberry.field(description="The rule and numbers, for a derived amount.")


NODE_TYPES: dict[str, Any] = {}
"""The GraphQL type of each node kind ("unit": Unit, …), filled in by govkg.api.nodes as it
defines them (before any resolver can run: every schema reaches the node types)."""


def to_node(record: cat.Node):
    """The GraphQL object for a catalog node, of the type its kind calls for, made once and
    kept on the record itself: records live exactly as long as their graph version, so the
    object goes with it (a cache keyed elsewhere would keep old versions alive)."""
    found = record.__dict__.get("_graphql")
    if found is None:
        found = _make_node(record)
        object.__setattr__(record, "_graphql", found)  # a frozen record: a memo, not data
    return found


def _make_node(record: cat.Node):
    return NODE_TYPES[record.kind](
        id=strawberry.ID(record.id),
        iri=record.iri,
        kind=EntityKind(record.kind),
        name=record.name,
        name_en=record.name_en,
        aliases=list(record.aliases),
        pinyin=record.pinyin,
        category=record.category,
        description=record.description,
        unnamed=record.unnamed,
        provenance=record.provenance,
        extraction_rule=record.rule,
        sources=_citations(record.sources),
        attributes=[
            Attribute(name=a.name, value=a.value, sources=_citations(a.sources))
            for a in record.attributes
        ],
        _record=record,
    )
