"""Where a Sankey's bars, bands and labels go: columns, heights in yuan, positions, band ends.

Apart from the SVG writing (``exports/sankey.py``) because placing is arithmetic on one
MoneyFlow, in px, while the writer only turns the places into elements.
"""

from __future__ import annotations

from collections import defaultdict
from decimal import Decimal

from govkg.answers.moneyflow import LINES, Flow, FlowNode, MoneyFlow, wan
from govkg.exports.picture_text import WIDTH, fit, text_width

__all__ = ["BAR", "HEAD", "LEAD", "MARGIN", "NAME", "SMALL", "Layout"]

NAME, SMALL, LEAD = 12, 11, 14  # px: names, amounts and notes, a line of names
MARGIN, BAR, GAP = 16, 10, 6
NAME_ROOM, BAND_ROOM = 110, 64  # px of text beside a bar, before a bar (band labels)
LAST_ROOM = 136  # the last column's names have the right edge to themselves
MIN_BAND, MIN_BAR = 1.5, 2.0
HEAD, CHART = 70, 330  # the title block; the height the columns aim to fit in


class Layout:
    """Where one MoneyFlow's bars, bands and labels go, in px from the panel's top left."""

    def __init__(self, flow: MoneyFlow) -> None:
        self.flow = flow
        self.nodes = [n for n in flow.nodes if n.amount > 0]
        self.by_id = {n.id: n for n in self.nodes}
        self.flows = [f for f in flow.flows if f.amount > 0]
        self.columns = sorted({n.column for n in self.nodes})
        self.x = self._columns()
        self.labels = {n.id: self._label(n) for n in self.nodes}
        self.scale = self._scale()
        self.bar = {n.id: self._bar_height(n) for n in self.nodes}
        self.top: dict[str, float] = {}
        self._place()
        self.bottom = max((self.top[n.id] + self._slot(n) for n in self.nodes), default=HEAD + 40.0)
        self.ends = self._ends()

    def _room(self, column: int) -> float:
        return LAST_ROOM if column == self.columns[-1] and column != LINES else NAME_ROOM

    def _columns(self) -> dict[int, float]:
        """The x of each column's bar: names left of the first bar and right of the others,
        band labels just before each bar but the first; spare width goes to the bands."""
        if not self.columns:
            return {}
        first, rest = self.columns[0], self.columns[1:]
        fixed = MARGIN + NAME_ROOM + 6 + BAR * len(self.columns) + MARGIN
        fixed += sum(BAND_ROOM + 6 + (NAME_ROOM + 6 if i else 0) for i, _ in enumerate(rest))
        fixed += (self._room(rest[-1]) + 6) if rest else 0
        spare = max(WIDTH - fixed, 0) / max(len(rest), 1)
        x, at = {first: MARGIN + NAME_ROOM + 6.0}, MARGIN + NAME_ROOM + 6.0
        for i, column in enumerate(rest):
            at += BAR + (NAME_ROOM + 6 if i else 0) + spare + BAND_ROOM + 6
            x[column] = at
        return x

    def _label(self, node: FlowNode) -> tuple[list[str], bool]:
        """The name on at most two lines, and whether the 万元 fits after its last line."""
        room = self._room(node.column)
        names = fit(node.name, NAME, room, 2)
        tail = text_width(names[-1], NAME) + text_width(" " + wan(node.amount), SMALL)
        return names, tail <= room

    def label_height(self, node: FlowNode) -> float:
        names, inline = self.labels[node.id]
        return LEAD * (len(names) + (0 if inline else 1))

    def _scale(self) -> float:
        """Px per yuan: the largest that keeps every column within ``CHART`` px, or within
        what the labels need if that is more (labels need room as well as bars)."""
        totals = defaultdict(Decimal)
        for node in self.nodes:
            totals[node.column] += node.amount
        if not totals:
            return 0.0

        def height(scale: float) -> float:
            return max(
                sum(
                    max(scale * float(n.amount), MIN_BAR, self.label_height(n)) + GAP
                    for n in self.nodes
                    if n.column == column
                )
                for column in self.columns
            )

        goal = max(CHART, height(0.0))  # labels may need more room than CHART: use it
        low, high = 0.0, goal / float(max(totals.values()))
        for _ in range(40):
            middle = (low + high) / 2
            low, high = (middle, high) if height(middle) <= goal else (low, middle)
        return low

    def thickness(self, flow: Flow) -> float:
        return max(self.scale * float(flow.amount), MIN_BAND)

    def _bar_height(self, node: FlowNode) -> float:
        """Its amount's height, or its bands' if the thinnest were widened past it."""
        ins = sum(self.thickness(f) for f in self.flows if f.target == node.id)
        outs = sum(self.thickness(f) for f in self.flows if f.source == node.id)
        return max(self.scale * float(node.amount), ins, outs, MIN_BAR)

    def _slot(self, node: FlowNode) -> float:
        return max(self.bar[node.id], self.label_height(node)) + GAP

    def centre(self, node_id: str) -> float:
        return self.top[node_id] + (self._slot(self.by_id[node_id]) - GAP) / 2

    def _place(self) -> None:
        """The first column stacked in report order; each next one as near as it can be to
        the money coming in (weighted), spread so no two slots overlap, all of them above
        the bottom of the tallest column stacked (or of ``CHART``)."""
        stacked = [sum(self._slot(n) for n in self.nodes if n.column == c) for c in self.columns]
        bottom = HEAD + max([CHART, *stacked])
        for column in self.columns:
            mine = sorted(
                (n for n in self.nodes if n.column == column), key=lambda n: (n.position, n.id)
            )
            wanted = {}
            for node in mine:
                ins = [f for f in self.flows if f.target == node.id and f.source in self.top]
                weight = sum(float(f.amount) for f in ins)
                if column == self.columns[0] or not weight:
                    wanted[node.id] = None
                else:
                    middle = sum(float(f.amount) * self.centre(f.source) for f in ins) / weight
                    wanted[node.id] = middle - (self._slot(node) - GAP) / 2
            self._spread(mine, wanted, bottom)

    def _spread(
        self, nodes: list[FlowNode], wanted: dict[str, float | None], bottom: float
    ) -> None:
        at = float(HEAD)
        keyed = [
            (wanted[n.id] if wanted[n.id] is not None else float("inf"), i, n)
            for i, n in enumerate(nodes)
        ]
        order = [n for _, _, n in sorted(keyed, key=lambda k: (k[0], k[1]))]
        for node in order:
            want = wanted[node.id]
            self.top[node.id] = max(at, want if want is not None else at)
            at = self.top[node.id] + self._slot(node)
        limit = bottom
        for node in reversed(order):  # pull back what spilled past the bottom
            self.top[node.id] = max(HEAD, min(self.top[node.id], limit - self._slot(node)))
            limit = self.top[node.id]

    def bar_top(self, node_id: str) -> float:
        slot = self._slot(self.by_id[node_id])
        return self.top[node_id] + (slot - GAP - self.bar[node_id]) / 2

    def _ends(self) -> dict[tuple[str, str], tuple[float, float]]:
        """Each band's top at its source and at its target: bands leave a bar in the order
        of where they go, and arrive in the order of where they come from."""
        ends: dict[tuple[str, str], list[float]] = defaultdict(lambda: [0.0, 0.0])
        for side, mine, other in ((0, "source", "target"), (1, "target", "source")):
            grouped = defaultdict(list)
            for flow in self.flows:
                grouped[getattr(flow, mine)].append(flow)
            for node_id, flows in grouped.items():
                at = self.bar_top(node_id)
                for flow in sorted(flows, key=lambda f: (self.centre(getattr(f, other)), f.target)):
                    ends[(flow.source, flow.target)][side] = at
                    at += self.thickness(flow)
        return {pair: (a, b) for pair, (a, b) in ends.items()}

    def band_path(self, flow: Flow) -> str:
        """The band's outline: a curve from its source's bar to its target's and back, as
        thick as its amount."""
        source, target = self.flow.node(flow.source), self.flow.node(flow.target)
        x0, x1 = self.x[source.column] + BAR, self.x[target.column]
        y0, y1 = self.ends[(flow.source, flow.target)]
        t, middle = self.thickness(flow), (x0 + x1) / 2
        return (
            f"M{x0:.1f},{y0:.2f} C{middle:.1f},{y0:.2f} {middle:.1f},{y1:.2f} {x1:.1f},{y1:.2f} "
            f"L{x1:.1f},{y1 + t:.2f} C{middle:.1f},{y1 + t:.2f} {middle:.1f},{y0 + t:.2f} "
            f"{x0:.1f},{y0 + t:.2f} Z"
        )
