"""The GraphQL contract of DESIGN.md on top of the query service: thin typed resolvers.

The node types sit above the spending and money types their fields return (those name the
nodes lazily); what all of them share is in govkg.api.base, below them all.
"""

from __future__ import annotations

import enum
import weakref
from decimal import Decimal
from typing import Annotated

import strawberry
from strawberry.types import Info

from govkg.answers import service as svc
from govkg.api.base import (
    MAX_OBJECTS,
    NODE_TYPES,
    AmountBasis,
    Attribute,
    Budget,
    Citation,
    EntityKind,
    Money,
    _charged,
    _citations,
    _ref,
    _refs,
    _svc,
    to_node,
)
from govkg.api.moneytypes import MoneyFigure, MoneyKind, to_money_figure
from govkg.api.spendingtypes import Spending, SpendingYear, to_spending, to_spending_year
from govkg.graph import catalog as cat

__all__ = [
    "MAX_OBJECTS",
    "PATH_COST",
    "TYPES",
    "AmountBasis",
    "Attribute",
    "Budget",
    "Citation",
    "Cost",
    "CostBasis",
    "Document",
    "EntityKind",
    "Event",
    "Feed",
    "FundingLine",
    "Indicator",
    "Link",
    "Money",
    "Node",
    "Person",
    "Platform",
    "Project",
    "Publication",
    "Severity",
    "Unit",
    "to_node",
]

PATH_COST = 1_000
"""What one path search is charged: it may walk up to views.MAX_VISITS nodes."""


@strawberry.enum(description="How a cost was obtained: stated by a source, or allocated by rule.")
class CostBasis(enum.Enum):
    STATED = "STATED"
    ALLOCATED = "ALLOCATED"


@strawberry.enum(description="How sure a finding is: a contradiction, an implausibility, a note.")
class Severity(enum.Enum):
    ERROR = "ERROR"
    WARNING = "WARNING"
    INFO = "INFO"


@strawberry.interface(description="Anything in the graph with a name and its citations.")
class Node:
    id: strawberry.ID
    iri: str
    kind: EntityKind
    name: str
    name_en: str | None
    aliases: list[str]
    pinyin: str | None
    category: str | None
    description: str | None
    unnamed: bool = strawberry.field(
        description="True when the source mentions it without naming it."
    )
    provenance: str = strawberry.field(description="'curated' (reviewed) or 'extracted'.")
    extraction_rule: str | None = strawberry.field(
        description="The govkg ingest rule that extracted it; null when curated."
    )
    sources: list[Citation]
    attributes: list[Attribute]
    _record: strawberry.Private[cat.Node]

    @strawberry.field(description="Nodes one step away, in either direction.")
    @_charged
    def neighbours(self, info: Info) -> list[Node]:
        return [
            to_node(n) for n in _svc(info).neighbours(self._record.id, 1) if n.id != self._record.id
        ]

    @strawberry.field(
        description="Nodes an ingest rule found doubtfully the same as this one and did not "
        "merge (either direction); see the POSSIBLY_SAME_AS finding."
    )
    @_charged
    def possibly_same_as(self, info: Info) -> list[Node]:
        return [to_node(n) for n in _svc(info).possibly_same_as(self._record.id)]


@strawberry.type(description="A cost attributed to a feed or system.")
class Cost:
    amount: Money
    basis: CostBasis
    method: str | None
    year: int | None = strawberry.field(description="The fiscal year of the funding line(s).")
    _line: strawberry.Private[str | None]

    @strawberry.field
    def funding_line(self, info: Info) -> FundingLine | None:
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
    unit: Unit
    platform: Platform
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
    def funding_lines(self, info: Info) -> list[FundingLine]:
        return [to_node(n) for n in _svc(info).lines_of_unit(self._record.id)]

    @strawberry.field
    @_charged
    def indicators(self, info: Info) -> list[Indicator]:
        return [to_node(n) for n in _svc(info).indicators_of(self._record.id)]

    @strawberry.field(
        description="The unit's spending per report (fiscal year and document), oldest first: "
        "root lines and totals by category, stated or derived, budgets where stated."
    )
    @_charged
    def spending(self, info: Info, year: int | None = None) -> list[Spending]:
        return [to_spending(s) for s in _svc(info).spending(self._record.id, year)]

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
    def funded_by(self, info: Info) -> list[FundingLine]:
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
    def indicators(self, info: Info) -> list[Indicator]:
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
    def funded_by(self, info: Info) -> list[FundingLine]:
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
    def indicators(self, info: Info) -> list[Indicator]:
        return [to_node(n) for n in _svc(info).indicators_of(self._record.id)]


@strawberry.type(description="A person named in a report.")
class Person(Node):
    pass


@strawberry.type(description="A named regulation, plan, report or form a report mentions.")
class Publication(Node):
    pass


@strawberry.type(description="A budget line of a report; amounts in yuan.")
class FundingLine(Node):
    @strawberry.field
    def amount(self, info: Info) -> Money:
        line = _svc(info).line(self._record.id)
        return Money(
            amount=line.amount, currency="CNY", basis=AmountBasis(line.basis), method=line.method
        )

    @strawberry.field
    def year(self, info: Info) -> int | None:
        return _svc(info).line(self._record.id).year

    @strawberry.field(description="The percent of the parent line as the report states it.")
    def stated_share(self, info: Info) -> Decimal | None:
        return _svc(info).line(self._record.id).stated_share

    @strawberry.field(
        description="Percent of the line the share is of (shareOf), computed from the amounts "
        "(derived)."
    )
    def computed_share(self, info: Info) -> Decimal | None:
        return _svc(info).computed_share(self._record.id)

    @strawberry.field(
        description="The line statedShare is a percent of: the one the report names "
        "(占总支出的10%), else the parent; null without a stated share."
    )
    def share_of(self, info: Info) -> FundingLine | None:
        line = _svc(info).line(self._record.id)
        return _ref(info, line.share_base) if line.stated_share is not None else None

    @strawberry.field(
        description="The budget (预算数, 调整预算) the report states for this line, beside "
        "the executed amount; null when not stated."
    )
    def budget(self, info: Info) -> Money | None:
        line = _svc(info).line(self._record.id)
        if line.budget is None:
            return None
        return Money(amount=line.budget, currency="CNY", basis=AmountBasis.STATED, method=None)

    @strawberry.field(description="The budget as printed, e.g. 4000万元.")
    def budget_as_written(self, info: Info) -> str | None:
        return _svc(info).line(self._record.id).budget_as_written

    @strawberry.field
    def as_written(self, info: Info) -> str | None:
        return _svc(info).line(self._record.id).as_written

    @strawberry.field
    def line_category(self, info: Info) -> str | None:
        return _svc(info).line(self._record.id).category

    @strawberry.field
    def parent(self, info: Info) -> FundingLine | None:
        line = _svc(info).line(self._record.id)
        return _ref(info, line.parent)

    @strawberry.field
    @_charged
    def children(self, info: Info) -> list[FundingLine]:
        return [to_node(n) for n in _svc(info).children(self._record.id)]

    @strawberry.field(description="What the line pays for.")
    @_charged
    def funds(self, info: Info) -> list[Node]:
        return [to_node(n) for n in _svc(info).related(self._record.id, "funds")]

    @strawberry.field(description="The spending unit.")
    def unit(self, info: Info) -> Unit | None:
        line = _svc(info).line(self._record.id)
        return _ref(info, line.unit)

    @strawberry.field
    def document(self, info: Info) -> Document | None:
        line = _svc(info).line(self._record.id)
        return _ref(info, line.document)


@strawberry.type(description="A figure a report states about a subject, qualifier kept.")
class Indicator(Node):
    @strawberry.field
    def value(self, info: Info) -> Decimal | None:
        return _svc(info).catalog.indicators[self._record.id].value

    @strawberry.field(description="A non-numeric value (e.g. 优秀).")
    def text_value(self, info: Info) -> str | None:
        return _svc(info).catalog.indicators[self._record.id].text_value

    @strawberry.field
    def unit(self, info: Info) -> str | None:
        return _svc(info).catalog.indicators[self._record.id].unit

    @strawberry.field(description="True when the report qualifies the figure (余, 多, 约, 以上).")
    def approximate(self, info: Info) -> bool:
        return bool(_svc(info).catalog.indicators[self._record.id].approximate)

    @strawberry.field(description="The qualifier as written: 余, 多, 约, 以上.")
    def qualifier(self, info: Info) -> str | None:
        return _svc(info).catalog.indicators[self._record.id].approximate

    @strawberry.field
    def as_written(self, info: Info) -> str | None:
        return _svc(info).catalog.indicators[self._record.id].as_written

    @strawberry.field
    def year(self, info: Info) -> int | None:
        return _svc(info).catalog.indicators[self._record.id].year

    @strawberry.field
    def subject(self, info: Info) -> Node | None:
        s = _svc(info)
        subject = s.catalog.nodes.get(s.catalog.indicators[self._record.id].subject)
        return to_node(subject) if subject else None

    @strawberry.field
    def document(self, info: Info) -> Document | None:
        s = _svc(info)
        doc = s.catalog.indicators[self._record.id].document
        return _ref(info, doc)


@strawberry.type(description="Something that happened, dated only when the report dates it.")
class Event(Node):
    @strawberry.field
    def date(self, info: Info) -> str | None:
        return _svc(info).catalog.events[self._record.id].date

    @strawberry.field
    def event_category(self, info: Info) -> str | None:
        return _svc(info).catalog.events[self._record.id].category

    @strawberry.field
    def location(self, info: Info) -> Node | None:
        s = _svc(info)
        at = s.catalog.events[self._record.id].location
        return _ref(info, at)

    @strawberry.field
    def organizer(self, info: Info) -> Unit | None:
        s = _svc(info)
        by = s.catalog.events[self._record.id].organizer
        return _ref(info, by)

    @strawberry.field
    @_charged
    def participants(self, info: Info) -> list[Node]:
        s = _svc(info)
        return _refs(info, s.catalog.events[self._record.id].participants)

    @strawberry.field
    @_charged
    def subjects(self, info: Info) -> list[Node]:
        s = _svc(info)
        return _refs(info, s.catalog.events[self._record.id].subjects)


@strawberry.type(description="A source report.")
class Document(Node):
    @strawberry.field
    def title(self, info: Info) -> str:
        return _svc(info).catalog.documents[self._record.id].title

    @strawberry.field
    def fiscal_year(self, info: Info) -> int | None:
        return _svc(info).catalog.documents[self._record.id].fiscal_year

    @strawberry.field(description="The date printed on the report.")
    def date(self, info: Info) -> str | None:
        return _svc(info).catalog.documents[self._record.id].date

    @strawberry.field
    def genre(self, info: Info) -> str | None:
        return _svc(info).catalog.documents[self._record.id].genre

    @strawberry.field(description="SHA-256 of the stored text, to check a copy against.")
    def sha256(self, info: Info) -> str | None:
        return _svc(info).catalog.documents[self._record.id].sha256

    @strawberry.field
    def issuer(self, info: Info) -> Unit | None:
        s = _svc(info)
        by = s.catalog.documents[self._record.id].issuer
        return _ref(info, by)

    @strawberry.field(
        description="How many of the facts citing this report are extracted by an ingest rule "
        "and not yet reviewed (entities it only names are counted as their mentions)."
    )
    def awaiting_review(self, info: Info) -> int:
        return _svc(info).review(self._record.id).extracted

    @strawberry.field(description="How many of the facts citing this report are curated.")
    def curated(self, info: Info) -> int:
        return _svc(info).review(self._record.id).curated

    @strawberry.field(
        description="Every amount of money the report states, in the order of the text, each "
        "of its kind (read or not); `kind` keeps one kind."
    )
    @_charged
    def money_figures(
        self,
        info: Info,
        kind: MoneyKind | None = None,
    ) -> list[MoneyFigure]:
        chosen = kind.value if kind is not None else None
        return [to_money_figure(f) for f in _svc(info).money_figures(self._record.id, chosen)]


_MEMO: weakref.WeakKeyDictionary[svc.Service, dict] = weakref.WeakKeyDictionary()


TYPE_OF_KIND = {
    "unit": Unit,
    "person": Person,
    "platform": Platform,
    "project": Project,
    "publication": Publication,
    "funding-line": FundingLine,
    "indicator": Indicator,
    "event": Event,
    "document": Document,
}
NODE_TYPES.update(TYPE_OF_KIND)  # to_node (govkg.api.base) makes them: it is below us

TYPES = [Unit, Platform, Project, Person, Publication, FundingLine, Indicator, Event, Document]
"""Every concrete Node type, so the schema lists them even where only the interface is named."""
