"""GraphQL types of where a unit's money goes in a year: the Sankey's data, as a query.

Thin: the flows, their amounts and the rule's words are govkg.answers.moneyflow's; each
flow is STATED (a line's whole amount to the one thing it funds) or ALLOCATED by the
documented rule.
"""

from __future__ import annotations

from typing import Annotated

import strawberry
from strawberry.types import Info

from govkg.answers import moneyflow as mf
from govkg.api.base import AmountBasis, Money, _charged, _ref, _refs

__all__ = ["MoneyFlow", "MoneyFlowNode", "MoneyFlowStep", "to_money_flow"]

LazyDocument = Annotated["Document", strawberry.lazy("govkg.api.facts")]  # noqa: F821
LazyFundingLine = Annotated["FundingLine", strawberry.lazy("govkg.api.facts")]  # noqa: F821
LazyNode = Annotated["Node", strawberry.lazy("govkg.api.node")]  # noqa: F821


@strawberry.type(
    description="A stop of the money: a funding line (or the part of a line its sub-lines do "
    "not itemise), a project, a system, or a feed into a system."
)
class MoneyFlowNode:
    id: str = strawberry.field(
        description="The node's id (a feed's relation id; a remainder's: its line's id and "
        "'#remainder')."
    )
    kind: str = strawberry.field(
        description="funding-line, remainder, project, platform (or another system kind), feed."
    )
    name: str
    column: int = strawberry.field(description="0 lines, 1 projects, 2 systems, 3 feeds.")
    amount: Money = strawberry.field(
        description="A line's own amount (STATED or DERIVED), else what flows in (ALLOCATED "
        "unless a single STATED flow brings it)."
    )
    _node: strawberry.Private[str]

    @strawberry.field(description="The graph's node, where the stop is one (not a remainder).")
    def node(self, info: Info) -> LazyNode | None:
        return _ref(info, self._node)


@strawberry.type(description="Money from one stop to the next, with how it was obtained.")
class MoneyFlowStep:
    source: str = strawberry.field(description="The id of the stop it leaves.")
    target: str = strawberry.field(description="The id of the stop it reaches.")
    amount: Money = strawberry.field(
        description="STATED when a line's whole amount goes to the one thing it funds; "
        "ALLOCATED by the documented rule otherwise, its method written out."
    )
    _lines: strawberry.Private[tuple[str, ...]]

    @strawberry.field(description="The funding lines whose money this is.")
    @_charged
    def lines(self, info: Info) -> list[LazyFundingLine]:
        return _refs(info, self._lines)


@strawberry.type(
    description="One report's year of a unit: its leaf funding lines and where their money "
    "goes (funding lines → projects → systems → feeds). Every stop's outflow adds up exactly "
    "to its inflow (a line's: its amount); a line that funds nothing stated has no flow."
)
class MoneyFlow:
    year: int | None
    nodes: list[MoneyFlowNode]
    flows: list[MoneyFlowStep]
    _document: strawberry.Private[str | None]

    @strawberry.field(description="The report the lines are of.")
    def document(self, info: Info) -> LazyDocument | None:
        return _ref(info, self._document)


def _money(amount, basis: str | None, method: str | None) -> Money:
    return Money(
        amount=amount,
        currency="CNY",
        basis=AmountBasis(basis or "ALLOCATED"),
        method=method,
    )


def to_money_flow(record: mf.MoneyFlow) -> MoneyFlow:
    inbound: dict[str, list] = {}
    for flow in record.flows:
        inbound.setdefault(flow.target, []).append(flow)
    nodes = []
    for node in record.nodes:
        if node.column == 0:
            basis, method = node.basis or "STATED", node.method
            if node.kind == "remainder":
                basis = "DERIVED"
        elif len(inbound.get(node.id, ())) == 1:
            basis, method = inbound[node.id][0].basis, inbound[node.id][0].method
        else:
            flows = inbound.get(node.id, [])
            stated = all(f.basis == "STATED" for f in flows)
            basis = "DERIVED" if stated else "ALLOCATED"
            method = f"sum of the {len(flows)} flows into it" + (
                "" if stated else ", at least one ALLOCATED by the rule"
            )
        nodes.append(
            MoneyFlowNode(
                id=node.id,
                kind=node.kind,
                name=node.name,
                column=node.column,
                amount=_money(node.amount, basis, method),
                _node=node.id if node.kind != "remainder" else "",
            )
        )
    return MoneyFlow(
        year=record.year,
        nodes=nodes,
        flows=[
            MoneyFlowStep(
                source=f.source,
                target=f.target,
                amount=_money(f.amount, f.basis, f.method),
                _lines=f.lines,
            )
            for f in record.flows
        ],
        _document=record.document,
    )
