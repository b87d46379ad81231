"""The things reports name: units, platforms and systems, projects, people, publications."""

from __future__ import annotations

from typing import Annotated

import strawberry
from strawberry.types import Info

from govkg.answers.buildrun import build_run
from govkg.answers.moneyflow import money_flows
from govkg.api.base import (
    _charged,
    _spend,
    _svc,
    to_node,
)
from govkg.api.buildruntypes import BuildRun, to_build_run
from govkg.api.links import Cost, Feed, Link, _cost, _feed, _links
from govkg.api.moneyflowtypes import MoneyFlow, to_money_flow
from govkg.api.node import Node
from govkg.api.spendingtypes import Spending, SpendingYear, to_spending, to_spending_year

LazyFundingLine = Annotated["FundingLine", strawberry.lazy("govkg.api.facts")]  # noqa: F821
LazyIndicator = Annotated["Indicator", strawberry.lazy("govkg.api.facts")]  # noqa: F821


@strawberry.type(description="An organisation: a center, its sections, bureaus, party bodies.")
class Unit(Node):
    @strawberry.field(description="The unit this one is part of, or that leads it.")
    def parent(self, info: Info) -> Unit | None:
        s = _svc(info)
        up = s.related(self._record.id, "part-of") or s.related(self._record.id, "leads", False)
        return to_node(up[0]) if up else None

    @strawberry.field
    @_charged
    def subunits(self, info: Info) -> list[Unit]:
        return [
            to_node(n)
            for n in _svc(info).related(self._record.id, "part-of", False)
            if n.kind == "unit"
        ]

    @strawberry.field
    @_charged
    def operates(self, info: Info) -> list[Platform]:
        return [to_node(n) for n in _svc(info).related(self._record.id, "operates")]

    @strawberry.field
    @_charged
    def owns(self, info: Info) -> list[Platform]:
        return [to_node(n) for n in _svc(info).related(self._record.id, "owns")]

    @strawberry.field
    @_charged
    def uses(self, info: Info) -> list[Platform]:
        return [to_node(n) for n in _svc(info).related(self._record.id, "uses")]

    @strawberry.field(description="Feeds out of this unit.")
    @_charged
    def feeds(self, info: Info) -> list[Feed]:
        s = _svc(info)
        return [_feed(s, k) for k in s.links_from(self._record.id, "feeds")]

    @strawberry.field(description="Every cited relation from or to this unit.")
    @_charged
    def links(self, info: Info) -> list[Link]:
        c = _svc(info).catalog
        return _links([*c.outgoing.get(self._record.id, []), *c.incoming.get(self._record.id, [])])

    @strawberry.field(description="Funding lines this unit spends.")
    @_charged
    def funding_lines(self, info: Info) -> list[LazyFundingLine]:
        return [to_node(n) for n in _svc(info).lines_of_unit(self._record.id)]

    @strawberry.field
    @_charged
    def indicators(self, info: Info) -> list[LazyIndicator]:
        return [to_node(n) for n in _svc(info).indicators_of(self._record.id)]

    @strawberry.field(
        description="The unit's spending per report (fiscal year and document), oldest first: "
        "root lines and totals by category, stated or derived, budgets where stated."
    )
    @_charged
    def spending(self, info: Info, year: int | None = None) -> list[Spending]:
        return [to_spending(s) for s in _svc(info).spending(self._record.id, year)]

    @strawberry.field(
        description="The unit's money per report split into building and running (BUILD, "
        "RUN, MIXED, UNCLASSIFIED) by the words of its lines: DERIVED sums that add up "
        "exactly to its project spending (and total where stated), each listing its lines."
    )
    @_charged
    def build_run(self, info: Info, year: int | None = None) -> list[BuildRun]:
        catalog = _svc(info).catalog
        return [
            to_build_run(build_run(catalog, s))
            for s in _svc(info).spending(self._record.id, year)
        ]

    @strawberry.field(
        description="Where the unit's money of a fiscal year (default: its latest) goes, one "
        "entry per report: funding lines → projects → systems → feeds, each flow STATED or "
        "ALLOCATED by the documented rule; what /export/sankey draws."
    )
    @_charged
    def money_flow(self, info: Info, year: int | None = None) -> list[MoneyFlow]:
        found = money_flows(_svc(info).catalog, self._record.id, year)
        _spend(info, sum(len(f.nodes) + len(f.flows) for f in found))  # the lists inside
        return [to_money_flow(f) for f in found]

    @strawberry.field(
        description="The unit's fiscal years, oldest first (`from`..`to`, inclusive): one "
        "entry per year of a report it issued or has funding lines in (a report without a "
        "fiscal year has no place), each category STATED or DERIVED as in `spending`, beside "
        "the revenue, carry-over and change amounts its reports state, and each category "
        "against the previous year (derived)."
    )
    @_charged
    def spending_series(
        self,
        info: Info,
        from_: Annotated[int | None, strawberry.argument(name="from")] = None,
        to: int | None = None,
    ) -> list[SpendingYear]:
        return [to_spending_year(y) for y in _svc(info).series(self._record.id, from_, to)]


@strawberry.type(
    description="An IT system: platform, system, app, website, network, facility, data resource."
)
class Platform(Node):
    @strawberry.field
    def operator(self, info: Info) -> Unit | None:
        found = _svc(info).related(self._record.id, "operates", False)
        return to_node(found[0]) if found else None

    @strawberry.field
    @_charged
    def operators(self, info: Info) -> list[Unit]:
        return [to_node(n) for n in _svc(info).related(self._record.id, "operates", False)]

    @strawberry.field(description="The unit the report writes the system as belonging to.")
    def owner(self, info: Info) -> Unit | None:
        found = _svc(info).related(self._record.id, "owns", False)
        return to_node(found[0]) if found else None

    @strawberry.field
    def part_of(self, info: Info) -> Platform | None:
        found = [n for n in _svc(info).related(self._record.id, "part-of") if n.kind == "platform"]
        return to_node(found[0]) if found else None

    @strawberry.field
    @_charged
    def components(self, info: Info) -> list[Platform]:
        return [
            to_node(n)
            for n in _svc(info).related(self._record.id, "part-of", False)
            if n.kind == "platform"
        ]

    @strawberry.field(description="Feeds into this platform.")
    @_charged
    def feeds(self, info: Info) -> list[Feed]:
        s = _svc(info)
        return [_feed(s, k) for k in s.links_to(self._record.id, "feeds")]

    @strawberry.field(description="Systems this one is connected to (对接), either direction.")
    @_charged
    def connections(self, info: Info) -> list[Platform]:
        s = _svc(info)
        return [
            to_node(n)
            for n in [
                *s.related(self._record.id, "connects"),
                *s.related(self._record.id, "connects", False),
            ]
        ]

    @strawberry.field(description="Funding lines reaching it directly or via a project.")
    @_charged
    def funded_by(self, info: Info) -> list[LazyFundingLine]:
        return [to_node(n) for n in _svc(info).funded_by(self._record.id)]

    @strawberry.field(description="Its allocated share of each covering funding line.")
    @_charged
    def costs(self, info: Info) -> list[Cost]:
        return [_cost(c) for c in _svc(info).platform_costs(self._record.id)]

    @strawberry.field
    @_charged
    def delivered_by(self, info: Info) -> list[Project]:
        return [to_node(n) for n in _svc(info).related(self._record.id, "delivers", False)]

    @strawberry.field
    @_charged
    def indicators(self, info: Info) -> list[LazyIndicator]:
        return [to_node(n) for n in _svc(info).indicators_of(self._record.id)]

    @strawberry.field(description="Every cited relation from or to this system.")
    @_charged
    def links(self, info: Info) -> list[Link]:
        c = _svc(info).catalog
        return _links([*c.outgoing.get(self._record.id, []), *c.incoming.get(self._record.id, [])])


@strawberry.type(description="A project: built, reviewed, accepted or applied for.")
class Project(Node):
    @strawberry.field
    @_charged
    def funded_by(self, info: Info) -> list[LazyFundingLine]:
        return [to_node(n) for n in _svc(info).related(self._record.id, "funds", False)]

    @strawberry.field
    @_charged
    def delivers(self, info: Info) -> list[Platform]:
        return [to_node(n) for n in _svc(info).related(self._record.id, "delivers")]

    @strawberry.field(description="Units that take part in, lead or review it.")
    @_charged
    def participants(self, info: Info) -> list[Unit]:
        s = _svc(info)
        return [
            to_node(n)
            for n in [
                *s.related(self._record.id, "participates", False),
                *s.related(self._record.id, "reviews", False),
            ]
        ]

    @strawberry.field
    @_charged
    def indicators(self, info: Info) -> list[LazyIndicator]:
        return [to_node(n) for n in _svc(info).indicators_of(self._record.id)]


@strawberry.type(description="A person named in a report.")
class Person(Node):
    pass


@strawberry.type(description="A named regulation, plan, report or form a report mentions.")
class Publication(Node):
    pass
