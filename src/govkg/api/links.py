"""How nodes connect: feeds into platforms with their costs, and cited relations."""

from __future__ import annotations

import enum
import weakref
from typing import Annotated

import strawberry
from strawberry.types import Info

from govkg.answers import service as svc
from govkg.api.base import (
    AmountBasis,
    Citation,
    Money,
    _citations,
    _ref,
    _svc,
    to_node,
)
from govkg.api.node import Node
from govkg.graph import catalog as cat

LazyUnit = Annotated["Unit", strawberry.lazy("govkg.api.entities")]  # noqa: F821
LazyPlatform = Annotated["Platform", strawberry.lazy("govkg.api.entities")]  # noqa: F821
LazyFundingLine = Annotated["FundingLine", strawberry.lazy("govkg.api.facts")]  # noqa: F821


@strawberry.enum(description="How a cost was obtained: stated by a source, or allocated by rule.")
class CostBasis(enum.Enum):
    STATED = "STATED"
    ALLOCATED = "ALLOCATED"


@strawberry.type(description="A cost attributed to a feed or system.")
class Cost:
    amount: Money
    basis: CostBasis
    method: str | None
    year: int | None = strawberry.field(description="The fiscal year of the funding line(s).")
    _line: strawberry.Private[str | None]

    @strawberry.field
    def funding_line(self, info: Info) -> LazyFundingLine | None:
        return _ref(info, self._line)


def _cost(cost: svc.Cost | None) -> Cost | None:
    if cost is None:
        return None
    return Cost(
        amount=Money(
            amount=cost.amount, currency="CNY", basis=AmountBasis(cost.basis), method=cost.method
        ),
        basis=CostBasis(cost.basis),
        method=cost.method,
        year=cost.year,
        _line=cost.funding_line,
    )


@strawberry.type(description="A unit's data or system connected into a platform.")
class Feed:
    id: strawberry.ID
    sources: list[Citation]
    provenance: str
    extraction_rule: str | None = strawberry.field(
        description="The govkg ingest rule that extracted it; null when curated."
    )
    unit: LazyUnit
    platform: LazyPlatform
    via: Node | None = strawberry.field(
        description="The unit's own system through which it feeds, if named."
    )
    cost: Cost | None = strawberry.field(
        description="The part of a funding line attributable to this feed, in the latest "
        "fiscal year a line covers (see costIn for another year; years are never added)."
    )
    costs: list[Cost] = strawberry.field(
        description="One cost per funding line that covers the platform, every year."
    )
    _link: strawberry.Private[cat.Link]

    @strawberry.field(description="The feed's cost in one fiscal year.")
    def cost_in(self, info: Info, year: int) -> Cost | None:
        return _cost(_svc(info).feed_cost(self._link.id, year))


def _feed(service: svc.Service, link: cat.Link) -> Feed:
    """A feed with its ends and costs in place: answers are kept per graph version, so a
    feed costs its resolvers once, not on every request."""
    memo = _MEMO.setdefault(service, {})
    found = memo.get(link)
    if found is None:
        nodes = service.catalog.nodes
        found = memo[link] = Feed(
            id=strawberry.ID(link.id),
            sources=_citations(link.sources),
            provenance=link.provenance,
            extraction_rule=link.rule,
            unit=to_node(nodes[link.source]),
            platform=to_node(nodes[link.target]),
            via=to_node(nodes[link.via]) if link.via else None,
            cost=_cost(service.feed_cost(link.id)),
            costs=[_cost(c) for c in service.feed_costs(link.id)],
            _link=link,
        )
    return found


@strawberry.type(description="A cited relation between two nodes.")
class Link:
    id: strawberry.ID
    type: str
    sources: list[Citation]
    provenance: str = strawberry.field(description="'curated' (reviewed) or 'extracted'.")
    extraction_rule: str | None = strawberry.field(
        description="The govkg ingest rule that extracted it; null when curated."
    )
    _link: strawberry.Private[cat.Link]

    @strawberry.field
    def source(self, info: Info) -> Node:
        return to_node(_svc(info).catalog.nodes[self._link.source])

    @strawberry.field
    def target(self, info: Info) -> Node:
        return to_node(_svc(info).catalog.nodes[self._link.target])


def _links(links) -> list[Link]:
    return [
        Link(
            id=strawberry.ID(k.id),
            type=k.type,
            sources=_citations(k.sources),
            provenance=k.provenance,
            extraction_rule=k.rule,
            _link=k,
        )
        for k in links
    ]


_MEMO: weakref.WeakKeyDictionary[svc.Service, dict] = weakref.WeakKeyDictionary()
