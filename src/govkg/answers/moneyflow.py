"""Where a unit's money goes in a year, as data to draw: funding lines → projects → systems → feeds.

Each report of a unit's fiscal year is one ``MoneyFlow``. Its sources are the report's leaf
funding lines (lines without sub-lines; a parent whose sub-lines add up to less than it
keeps the part they do not itemise as a band of its own, the *remainder*). A line's money
goes to what it ``funds``; a funded project's share goes on to the systems it ``delivers``;
a system's share is split over the ``feeds`` into it. The amounts are those of the
documented allocation rule (``answers/costs.py``): the line's split is the rule's first step
(``split_evenly`` over what it funds, in id order), and every system's and feed's share is
taken from ``allocate_platform`` itself, checked against the route that reaches it.

A flow is STATED when it carries a line's whole stated amount to the one thing the line
funds; every other flow is ALLOCATED by the rule (no report states what a system or a feed
cost). A line that funds nothing the graph states has no outgoing flow, and a remainder has
none either (a parent's own ``funds`` do not say which part pays): nothing is invented.
Every node's outflow adds up exactly, to the fen, to its inflow (for a line, its amount).

Which unit-years are drawn is ``answers/moneyviews.py``'s; the same report's lines nested
as they are, for a treemap, are ``answers/linetrees.py``'s.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field, replace
from decimal import ROUND_HALF_UP, Decimal

from govkg.answers.costs import FEN_NOTE, allocate_platform
from govkg.answers.linetrees import line_trees
from govkg.answers.moneyviews import money_views, unit_reports, unit_years
from govkg.core.errors import GovKGError
from govkg.core.money import FEN, format_yuan, split_evenly
from govkg.graph.catalog import Catalog, Line

# line_trees (answers/linetrees.py), money_views and unit_years (answers/moneyviews.py) are
# re-exported for the tests that ask this module for them
__all__ = [
    "COLUMNS",
    "Flow",
    "FlowNode",
    "MoneyFlow",
    "line_trees",
    "money_flows",
    "money_views",
    "unit_years",
    "wan",
]

COLUMNS = ("lines", "projects", "systems", "feeds")
LINES, PROJECTS, SYSTEMS, FEEDS = range(4)
WAN = Decimal(10000)


def wan(amount: Decimal) -> str:
    """An amount in 万元 as reports print it, to 0.01 万元 (the exact yuan go in titles).

    >>> wan(Decimal("13221400"))
    '1,322.14万元'
    >>> wan(Decimal("2203566.67"))
    '220.36万元'
    """
    return f"{(amount / WAN).quantize(FEN, rounding=ROUND_HALF_UP):,}万元"


@dataclass(frozen=True, kw_only=True)
class FlowNode:
    """A stop of the money: a funding line (or a parent's remainder), a project, a system,
    or a feed (a ``feeds`` link, named for what feeds and who). ``amount`` is a line's own
    amount, or what flows in."""

    id: str
    kind: str  # funding-line, remainder, project, platform (or another kind), feed
    name: str
    column: int
    amount: Decimal
    basis: str | None = None  # a line's: STATED or DERIVED
    method: str | None = None  # how a derived line or a remainder was worked out
    position: int = 0  # where the report first states it (lines), for their order


@dataclass(frozen=True, kw_only=True)
class Flow:
    """Money from one node to another: the sum of each line's piece, with the rule's words."""

    source: str
    target: str
    amount: Decimal
    basis: str
    method: str
    lines: tuple[str, ...]


@dataclass(frozen=True, kw_only=True)
class MoneyFlow:
    """One report's year of a unit: its leaf lines and where their money goes."""

    unit: str
    unit_name: str
    year: int | None
    document: str | None
    nodes: tuple[FlowNode, ...]
    flows: tuple[Flow, ...]
    _by_id: dict[str, FlowNode] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_by_id", {node.id: node for node in self.nodes})

    def node(self, node_id: str) -> FlowNode:
        return self._by_id[node_id]

    def inflow(self, node_id: str) -> Decimal:
        return sum((f.amount for f in self.flows if f.target == node_id), Decimal(0))

    def outflow(self, node_id: str) -> Decimal:
        return sum((f.amount for f in self.flows if f.source == node_id), Decimal(0))


# the flows -------------------------------------------------------------------------------
def _position(catalog: Catalog, node_id: str) -> int:
    sources = catalog.nodes[node_id].sources
    return min((c.start for c in sources), default=1 << 40)


def money_flows(catalog: Catalog, unit: str, year: int | None = None) -> list[MoneyFlow]:
    """Where ``unit``'s money of ``year`` (default: its latest) goes, one per report."""
    if year is None:
        years = unit_years(catalog, unit)
        year = years[-1] if years else None
    return [
        _Builder(catalog, unit, year, document, lines).build()
        for document, lines in unit_reports(catalog, unit, year)
    ]


class _Builder:
    """Collects each line's pieces along its routes, then sums them per pair of nodes."""

    def __init__(
        self, catalog: Catalog, unit: str, year: int | None, document: str | None, lines: list[Line]
    ) -> None:
        self.catalog, self.unit, self.year, self.document = catalog, unit, year, document
        self.lines = {line.id: line for line in lines}
        self.nodes: dict[str, FlowNode] = {}
        self.pieces: dict[tuple[str, str], list[tuple[Decimal, str, str, str]]] = defaultdict(list)
        self.reached: dict[str, dict[str, Decimal]] = defaultdict(lambda: defaultdict(Decimal))

    def name(self, node_id: str) -> str:
        return self.catalog.nodes[node_id].name

    def build(self) -> MoneyFlow:
        children: dict[str, list[Line]] = defaultdict(list)
        for line in self.lines.values():
            if line.parent in self.lines:
                children[line.parent].append(line)
        leaves = [line for line in self.lines.values() if line.id not in children]
        for line in sorted(leaves, key=lambda ln: (_position(self.catalog, ln.id), ln.id)):
            self.nodes[line.id] = FlowNode(
                id=line.id, kind="funding-line", name=self.name(line.id), column=LINES,
                amount=line.amount, basis=line.basis, method=line.method,
                position=_position(self.catalog, line.id),
            )  # fmt: skip
            if line.amount > 0:
                self.spend(line)
        for parent_id, kids in sorted(children.items()):
            self.remainder(self.lines[parent_id], kids)
        self.feeds()
        flows = [self.flow(pair, pieces) for pair, pieces in self.pieces.items()]
        inflow: dict[str, Decimal] = defaultdict(Decimal)
        for flow in flows:
            inflow[flow.target] += flow.amount
        nodes = [
            node if node.column == LINES else replace(node, amount=inflow[node.id])
            for node in self.nodes.values()
        ]
        return MoneyFlow(
            unit=self.unit,
            unit_name=self.name(self.unit),
            year=self.year,
            document=self.document,
            nodes=tuple(nodes),
            flows=tuple(sorted(flows, key=lambda f: (f.source, f.target))),
        )

    def remainder(self, parent: Line, kids: list[Line]) -> None:
        itemised = sum((kid.amount for kid in kids), Decimal(0))
        rest = parent.amount - itemised
        if rest <= 0:
            return
        name = self.name(parent.id)
        terms = " + ".join(f"{self.name(k.id)} {format_yuan(k.amount)}" for k in kids)
        self.nodes[f"{parent.id}#remainder"] = FlowNode(
            id=f"{parent.id}#remainder",
            kind="remainder",
            name=f"{name}（未细分部分）",
            column=LINES,
            amount=rest,
            basis="DERIVED",
            method=f"derived: {name} {format_yuan(parent.amount)} - its sub-lines ({terms}) "
            f"= {format_yuan(rest)} CNY, which the report does not itemise",
            position=max(_position(self.catalog, k.id) for k in kids),
        )

    def place(self, node_id: str, column: int) -> None:
        if node_id not in self.nodes:
            node = self.catalog.nodes[node_id]
            self.nodes[node_id] = FlowNode(
                id=node_id, kind=node.kind, name=node.name, column=column, amount=Decimal(0)
            )

    def spend(self, line: Line) -> None:
        """The rule's first two steps for one line: its split over what it funds, and a
        funded project's share over the systems it delivers."""
        targets = sorted(link.target for link in self.catalog.links_from(line.id, "funds"))
        shares = split_evenly(line.amount, len(targets)) if targets else []
        stated = "stated" if line.basis == "STATED" else "derived"
        head = f"{self.name(line.id)} {format_yuan(line.amount)} CNY ({stated})"
        for target, share in zip(targets, shares, strict=True):
            kind = self.catalog.nodes[target].kind
            self.place(target, PROJECTS if kind == "project" else SYSTEMS)
            if len(targets) == 1:
                basis = line.basis
                method = (
                    f"{stated}: {head}, all of it to the one item it funds, {self.name(target)}"
                )
            else:
                basis = "ALLOCATED"
                method = (
                    f"equal split: {head} ÷ {len(targets)} items it funds → "
                    f"{self.name(target)} {format_yuan(share)} CNY.{FEN_NOTE}"
                )
            self.pieces[(line.id, target)].append((share, basis, method, line.id))
            if kind != "project":
                self.reached[target][line.id] += share
                continue
            delivered = sorted(link.target for link in self.catalog.links_from(target, "delivers"))
            parts = split_evenly(share, len(delivered)) if delivered else []
            for system, part in zip(delivered, parts, strict=True):
                self.place(system, SYSTEMS)
                method = (
                    f"equal split: {head}; {self.name(target)}'s share {format_yuan(share)} "
                    f"÷ {len(delivered)} systems that project delivers → {self.name(system)} "
                    f"{format_yuan(part)} CNY.{FEN_NOTE}"
                )
                self.pieces[(target, system)].append((part, "ALLOCATED", method, line.id))
                self.reached[system][line.id] += part

    def feeds(self) -> None:
        """Each reached system's share of each line, as ``allocate_platform`` gives it (and
        checked against the routes above), split over the feeds into it."""
        for system, mine in self.reached.items():
            costs = allocate_platform(self.catalog, system)
            given: dict[str, Decimal] = defaultdict(Decimal)
            for allocation in costs.platform:
                if allocation.funding_line in mine:
                    given[allocation.funding_line] += allocation.amount
            if dict(given) != dict(mine):  # one rule, two readings: they must agree
                raise GovKGError(
                    f"money flow into {system}: the routes give {dict(mine)}, "
                    f"the allocation rule {dict(given)}"
                )
            for link_id, allocations in costs.feeds.items():
                link = self.catalog.links[link_id]
                feed = [a for a in allocations if a.funding_line in mine and a.amount > 0]
                if not feed:
                    continue
                self.nodes.setdefault(link_id, FlowNode(
                    id=link_id, kind="feed", name=self.feed_name(link.source, link.via),
                    column=FEEDS, amount=Decimal(0),
                ))  # fmt: skip
                for a in feed:
                    self.pieces[(system, link_id)].append(
                        (a.amount, a.basis, a.method, a.funding_line)
                    )

    def feed_name(self, source: str, via: str | None) -> str:
        """What feeds, and who, unless its name says who already."""
        if via is None:
            return self.name(source)
        if self.name(source) in self.name(via):
            return self.name(via)
        return f"{self.name(via)}（{self.name(source)}）"

    def flow(self, pair: tuple[str, str], pieces: list[tuple[Decimal, str, str, str]]) -> Flow:
        amount = sum((piece[0] for piece in pieces), Decimal(0))
        bases = {piece[1] for piece in pieces}
        basis = bases.pop() if len(bases) == 1 else "ALLOCATED"
        if len(pieces) == 1:
            method = pieces[0][2]
        else:
            each = " | ".join(f"{format_yuan(p[0])}: {p[2]}" for p in pieces)
            method = f"sum of {len(pieces)} parts, {format_yuan(amount)} CNY: {each}"
        return Flow(
            source=pair[0],
            target=pair[1],
            amount=amount,
            basis=basis,
            method=method,
            lines=tuple(sorted({piece[3] for piece in pieces})),
        )
