"""The root Query of the contract: thin resolvers over the service.

Its lists are connections (``connections``) and its findings ``findingtypes.Finding``."""

from __future__ import annotations

import dataclasses
from typing import Annotated

import strawberry
from strawberry.types import Info

from govkg.answers import service as svc
from govkg.api.base import EntityKind, _charged, _citations, _spend, _svc, to_node
from govkg.api.browsetypes import ListFilter, ListOrder, rows_page
from govkg.api.connections import LISTED, Connection, _connection, _listed
from govkg.api.corpustypes import Corpus, to_corpus
from govkg.api.findingtypes import Finding
from govkg.api.links import _feed
from govkg.api.moneytypes import MoneyFigure, to_money_figure
from govkg.api.nodes import (
    PATH_COST,
    Document,
    Event,
    Feed,
    FundingLine,
    Indicator,
    Node,
    Platform,
    Project,
    Severity,
    Unit,
)
from govkg.api.spendingtypes import UnitRank, UnitSpending, to_rank, to_spending
from govkg.core.errors import QueryError

__all__ = ["Query"]


@strawberry.type(description="A node and how connected it is in the graph.")
class Ranked:
    node: Node
    degree: int = strawberry.field(description="Relations and structural links, both ways.")
    centrality: float = strawberry.field(description="Degree centrality (networkx), 0..1.")


def _kind_filter(kind: EntityKind | None) -> str | None:
    return kind.value if kind else None


def _named(info: Info, name: str, kinds: tuple[str, ...]):
    found = _svc(info).lookup(name, kinds)
    return to_node(found) if found else None


@strawberry.type
class Query:
    @strawberry.field(description="A node by id (platform/yiwangtongguan), slug or IRI.")
    def node(self, info: Info, id: strawberry.ID) -> Node | None:
        found = _svc(info).node(str(id))
        return to_node(found) if found else None

    @strawberry.field(
        description="A money figure by id (money-figure/<slug>), slug or IRI; money figures are "
        "not nodes (see Document.moneyFigures)."
    )
    def money_figure(self, info: Info, id: strawberry.ID) -> MoneyFigure | None:
        found = _svc(info).money_figure(str(id))
        return to_money_figure(found) if found else None

    @strawberry.field(description="Nodes whose names (any language, pinyin) contain the query.")
    def search(
        self, info: Info, query: str, kind: EntityKind | None = None, first: int | None = 20
    ) -> list[Node]:
        found = [to_node(n) for n in _svc(info).search(query, _kind_filter(kind), first)]
        _spend(info, len(found))
        return found

    @strawberry.field(description="A unit by any name, alias, English name or pinyin.")
    def unit(self, info: Info, name: str) -> Unit | None:
        return _named(info, name, ("unit",))

    @strawberry.field(description="A platform or other system by any of its names.")
    def platform(self, info: Info, name: str) -> Platform | None:
        return _named(info, name, ("platform",))

    @strawberry.field
    def project(self, info: Info, name: str) -> Project | None:
        return _named(info, name, ("project",))

    @strawberry.field
    def funding_line(self, info: Info, name: str) -> FundingLine | None:
        return _named(info, name, ("funding-line",))

    @strawberry.field(description=LISTED)
    def units(
        self,
        info: Info,
        first: int | None = None,
        after: str | None = None,
        where: ListFilter | None = None,
        order_by: ListOrder | None = None,
    ) -> Connection[Unit]:
        s = _svc(info)
        return _listed(info, "units", lambda: s.ids_of_kind("unit"), where, order_by, first, after)

    @strawberry.field(
        description="Platforms and other systems; `category` narrows (app, network, …). " + LISTED
    )
    def platforms(
        self,
        info: Info,
        first: int | None = None,
        after: str | None = None,
        category: str | None = None,
        where: ListFilter | None = None,
        order_by: ListOrder | None = None,
    ) -> Connection[Platform]:
        s = _svc(info)
        if category is not None and (where is not None or order_by is not None):
            where = dataclasses.replace(where or ListFilter(), category=category)
        return _listed(
            info,
            "platforms",
            lambda: s.ids_of_kind("platform", category),
            where,
            order_by,
            first,
            after,
        )

    @strawberry.field(description=LISTED)
    def projects(
        self,
        info: Info,
        first: int | None = None,
        after: str | None = None,
        where: ListFilter | None = None,
        order_by: ListOrder | None = None,
    ) -> Connection[Project]:
        s = _svc(info)
        return _listed(
            info, "projects", lambda: s.ids_of_kind("project"), where, order_by, first, after
        )

    @strawberry.field(description=LISTED)
    def funding_lines(
        self,
        info: Info,
        year: int | None = None,
        first: int | None = None,
        after: str | None = None,
        where: ListFilter | None = None,
        order_by: ListOrder | None = None,
    ) -> Connection[FundingLine]:
        s = _svc(info)
        if year is not None and (where is not None or order_by is not None):
            where = dataclasses.replace(where or ListFilter(), year=year)
        return _listed(
            info, "funding-lines", lambda: s.funding_line_ids(year), where, order_by, first, after
        )

    @strawberry.field(description=LISTED)
    def indicators(
        self,
        info: Info,
        first: int | None = None,
        after: str | None = None,
        where: ListFilter | None = None,
        order_by: ListOrder | None = None,
    ) -> Connection[Indicator]:
        s = _svc(info)
        return _listed(
            info, "indicators", lambda: s.ids_of_kind("indicator"), where, order_by, first, after
        )

    @strawberry.field(description=LISTED)
    def events(
        self,
        info: Info,
        first: int | None = None,
        after: str | None = None,
        where: ListFilter | None = None,
        order_by: ListOrder | None = None,
    ) -> Connection[Event]:
        s = _svc(info)
        return _listed(
            info, "events", lambda: s.ids_of_kind("event"), where, order_by, first, after
        )

    @strawberry.field(
        description="Every amount the reports state, of every kind (see Document.moneyFigures "
        "for one report's). " + LISTED
    )
    def money_figures(
        self,
        info: Info,
        first: int | None = None,
        after: str | None = None,
        where: ListFilter | None = None,
        order_by: ListOrder | None = None,
    ) -> Connection[MoneyFigure]:
        s = _svc(info)
        page, ids = rows_page(info, "money-figures", where, order_by, first, after)
        return _connection(page, lambda i: to_money_figure(s.money_figure(i)), "money-figures", ids)

    @strawberry.field(
        description="Feeds, narrowed by platform and/or unit (any of their names). " + LISTED
    )
    def feeds(
        self,
        info: Info,
        platform: str | None = None,
        unit: str | None = None,
        first: int | None = None,
        after: str | None = None,
        where: ListFilter | None = None,
        order_by: ListOrder | None = None,
    ) -> Connection[Feed]:
        s = _svc(info)
        chosen = s.feed_ids(platform, unit)
        if where is None and order_by is None:
            page, ids = s.page(chosen, first, after, present=s.catalog.links), chosen
        else:
            kept = set(chosen)
            _, every = rows_page(info, "feeds", where, order_by, None, None)
            ids = [i for i in every if i in kept]
            page = s.page(ids, first, after, present=s.catalog.links, ordered_by_id=False)
        return _connection(page, lambda i: _feed(s, s.catalog.links[i]), "feeds", ids)

    @strawberry.field(description="Shortest chain of nodes between two; null if none.")
    def path(
        self, info: Info, from_: Annotated[str, strawberry.argument(name="from")], to: str
    ) -> list[Node] | None:
        _spend(info, PATH_COST)
        try:
            found = _svc(info).path(from_, to)
        except QueryError:
            return None
        return None if found is None else [to_node(n) for n in found]

    @strawberry.field(
        description="What does not add up in the sources, most severe first (at most `first`, "
        "1..100)."
    )
    def findings(
        self, info: Info, severity: Severity | None = None, first: int | None = 100
    ) -> list[Finding]:
        chosen = [
            f for f in _svc(info).findings if severity is None or f.severity == severity.value
        ]
        return [
            Finding(
                id=strawberry.ID(f.id),
                code=f.code,
                severity=Severity(f.severity),
                message=f.message,
                sources=_citations(f.sources),
                _record=f,
            )
            for f in chosen[: svc.clamp(first)]
        ]

    @strawberry.field(
        description="The most connected nodes (of one kind), by degree in the networkx view."
    )
    def central(
        self, info: Info, kind: EntityKind | None = None, first: int | None = 10
    ) -> list[Ranked]:
        found = _svc(info).central(_kind_filter(kind), first)
        _spend(info, len(found))
        return [Ranked(node=to_node(n), degree=d, centrality=c) for n, d, c in found]

    @strawberry.field(
        description="Several units' spending side by side, per report: each unit by any of its "
        "names (an unknown name is an error naming it); `year` narrows to one fiscal year, "
        "`category` (total, basic, personnel, public, project, other) to the reports giving "
        "that figure, and each Spending's totals to that category."
    )
    def compare_units(
        self,
        info: Info,
        names: list[str],
        year: int | None = None,
        category: str | None = None,
    ) -> list[UnitSpending]:
        _spend(info, len(names))
        found = []
        for name, unit, spending in _svc(info).compare(names, year, category):
            _spend(info, len(spending))
            found.append(
                UnitSpending(
                    name=name,
                    unit=to_node(unit),
                    spending=[to_spending(s, category) for s in spending],
                )
            )
        return found

    @strawberry.field(description="The source reports.")
    @_charged
    def documents(self, info: Info) -> list[Document]:
        return [to_node(n) for n in _svc(info).documents()]

    @strawberry.field(
        description="Units ranked by one spending category (total, basic, personnel, public, "
        "project, other) in a fiscal year, largest first (at most `first`, 1..100): each "
        "unit's figure as its spendingSeries gives it, STATED or DERIVED, with citations; "
        "ties share a rank and are listed by unit id."
    )
    def rank_units(
        self, info: Info, year: int, category: str, first: int | None = None
    ) -> list[UnitRank]:
        s = _svc(info)
        found = s.rank_units(year, category, first)
        _spend(info, len(found))
        return [to_rank(r, s.catalog.nodes[r.unit], category) for r in found]

    @strawberry.field(
        description="What the graph holds: reports, fiscal years, units, genres, and facts "
        "awaiting review."
    )
    def corpus(self, info: Info) -> Corpus:
        return to_corpus(_svc(info).coverage)
