"""The Sankey picture of a unit's year: funding lines → projects → systems → feeds, as SVG.

Drawn by our own code: no maintained Python library lays a Sankey out into static SVG
without a browser (Plotly writes SVG through Kaleido's Chromium; matplotlib's Sankey and
its wrappers draw one or two stages, not columns with labelled bands).

The flows are ``answers.moneyflow``'s: band widths are proportional to yuan (never thinner
than ``MIN_BAND``), STATED bands solid, ALLOCATED bands hatched with a dashed edge and a
legend that says so. Every node and band is labelled in 万元; the exact yuan and the rule's
words are in each ``<title>``. The picture is 800 wide with 11–12 px text and as tall as its
labels need, so shown at 800×500 nothing is shrunk. Presentation attributes only, no
``style``: the embed page inlines it under a CSP without inline styles.
"""

from __future__ import annotations

import itertools
from collections import defaultdict
from decimal import Decimal
from typing import IO, TYPE_CHECKING
from xml.sax.saxutils import escape

from govkg.answers.moneyflow import LINES, Flow, FlowNode, MoneyFlow, money_flows, money_views, wan
from govkg.core.money import format_yuan
from govkg.exports.records import xml_safe
from govkg.exports.style import FONT, STYLES

if TYPE_CHECKING:
    from govkg.answers.kg import KnowledgeGraph
    from govkg.exports.selection import Subset
    from govkg.graph.catalog import Catalog

__all__ = ["FAMILY", "WIDTH", "esc", "fit", "picture", "svg_text", "text_width", "write"]

WIDTH = 784  # px: an 800 px frame less a scrollbar, so shown there its text is its own size
FAMILY = f"'{FONT}', 'Source Han Sans SC', 'Noto Sans SC', sans-serif"
NAME, SMALL, LEAD = 12, 11, 14  # px: names, amounts and notes, a line of names
MARGIN, BAR, GAP = 16, 10, 6
NAME_ROOM, BAND_ROOM = 110, 64  # px of text beside a bar, before a bar (band labels)
LAST_ROOM = 136  # the last column's names have the right edge to themselves
MIN_BAND, MIN_BAR = 1.5, 2.0
HEAD, CHART = 70, 330  # the title block; the height the columns aim to fit in
PALETTE = ("#4e79a7", "#f28e2b", "#59a14f", "#e15759", "#76b7b2", "#b07aa1", "#edc948",
           "#9c755f", "#ff9da7", "#17becf")  # fmt: skip
SHARED, UNSPENT = "#64748b", "#94a3b8"  # bands of several lines; lines with no band
INK, MUTED = "#1f2933", "#5b6675"
HEADINGS = ("资金线", "项目", "系统", "接入")
KIND_COLOUR = {"project": STYLES["project"].line, "platform": STYLES["platform"].line,
               "feed": STYLES["unit"].line, "remainder": UNSPENT}  # fmt: skip
OPENING, CLOSING = "（(“‘《【[", "）)”’》】]，,、。：:；;！？"  # a line never ends or starts so
HALO = 'stroke="#ffffff" stroke-width="3" stroke-linejoin="round" paint-order="stroke"'


# text ------------------------------------------------------------------------------------
def esc(text: object) -> str:
    """Text for XML content or a double-quoted attribute, control characters shown."""
    return escape(xml_safe(str(text)), {'"': "&quot;"})


def text_width(text: str, size: float) -> float:
    """How wide ``text`` is at ``size`` px in a CJK sans font, closely enough to lay out."""
    total = 0.0
    for char in text:
        if ord(char) >= 0x2E80:
            total += 1.0
        elif char in ",.:;|!'()[] ":
            total += 0.32
        elif char.isdigit():
            total += 0.56
        else:
            total += 0.62 if char.isupper() else 0.52
    return total * size


def fit(text: str, size: float, room: float, lines: int) -> list[str]:
    """``text`` on at most ``lines`` lines of ``room`` px, the last cut with … if it must.

    >>> fit("新型智慧城市提升工程", 12, 96, 2)
    ['新型智慧城', '市提升工程']
    >>> fit("市政府总值班室视频会议系统（市政府总值班室）", 12, 96, 2)
    ['市政府总值班室视', '频会议系统（市…']
    """
    text = " ".join(text.split())
    found, line = [], ""
    for char in text:
        if text_width(line + char, size) > room and line:
            found.append(line)
            line = ""
        line += char
    found.append(line)
    if len(found) == 2 <= lines:  # two lines of even length read better than full + stub
        splits = [[text[:i], text[i:]] for i in range(1, len(text))]
        fits = [p for p in splits if max(text_width(part, size) for part in p) <= room]
        clean = [p for p in fits if p[0][-1] not in OPENING and p[1][0] not in CLOSING]
        aside = [p for p in clean if p[1][0] in OPENING]  # （…） on a line of its own
        return min(
            aside or clean or fits or splits,
            key=lambda pair: max(text_width(part, size) for part in pair),
        )
    if len(found) > lines:
        last = found[lines - 1]
        while last and text_width(last + "…", size) > room:
            last = last[:-1]
        found = [*found[: lines - 1], last + "…"]
    return found


def svg_text(
    x: float, y: float, lines: list[str], size: float, halo: bool = False, **attrs: object
) -> str:
    """A ``<text>`` of one or more lines (``tspan``), ``y`` the first line's baseline;
    ``halo`` rims it in white so it reads over bands; ``text_anchor=`` is ``text-anchor``."""
    extra = (f" {HALO}" if halo else "") + "".join(
        f' {k.rstrip("_").replace("_", "-")}="{esc(v)}"' for k, v in attrs.items()
    )
    spans = "".join(
        f'<tspan x="{x:.1f}" dy="{0 if i == 0 else size + 2}">{esc(line)}</tspan>'
        for i, line in enumerate(lines)
    )
    return f'<text x="{x:.1f}" y="{y:.1f}" font-size="{size}"{extra}>{spans}</text>'


# layout ----------------------------------------------------------------------------------
class _Layout:
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

    def _label_height(self, node: FlowNode) -> float:
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
                    max(scale * float(n.amount), MIN_BAR, self._label_height(n)) + GAP
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
        return max(self.bar[node.id], self._label_height(node)) + GAP

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


# drawing ---------------------------------------------------------------------------------
def _colours(layout: _Layout) -> dict[str, str]:
    spending = [
        n.id
        for n in layout.nodes
        if n.column == LINES and any(f.source == n.id for f in layout.flows)
    ]
    return {line: PALETTE[i % len(PALETTE)] for i, line in enumerate(spending)}


def _band_colour(flow: Flow, colours: dict[str, str]) -> str:
    return colours.get(flow.lines[0], SHARED) if len(flow.lines) == 1 else SHARED


def _hatch(prefix: str, colour: str) -> str:
    name = f"{prefix}hatch-{colour.lstrip('#')}"
    return (
        f'<pattern id="{name}" width="6" height="6" patternUnits="userSpaceOnUse" '
        f'patternTransform="rotate(45)"><rect width="6" height="6" fill="{colour}" '
        f'fill-opacity="0.14"/><line x1="0" y1="0" x2="0" y2="6" stroke="{colour}" '
        f'stroke-width="2.4" stroke-opacity="0.5"/></pattern>'
    )


def _band(layout: _Layout, flow: Flow, colour: str, prefix: str) -> str:
    source, target = layout.flow.node(flow.source), layout.flow.node(flow.target)
    x0, x1 = layout.x[source.column] + BAR, layout.x[target.column]
    y0, y1 = layout.ends[(flow.source, flow.target)]
    t, middle = layout.thickness(flow), (x0 + x1) / 2
    path = (
        f"M{x0:.1f},{y0:.2f} C{middle:.1f},{y0:.2f} {middle:.1f},{y1:.2f} {x1:.1f},{y1:.2f} "
        f"L{x1:.1f},{y1 + t:.2f} C{middle:.1f},{y1 + t:.2f} {middle:.1f},{y0 + t:.2f} "
        f"{x0:.1f},{y0 + t:.2f} Z"
    )
    if flow.basis == "ALLOCATED":
        paint = (
            f'fill="url(#{prefix}hatch-{colour.lstrip("#")})" stroke="{colour}" '
            'stroke-width="0.9" stroke-opacity="0.8" stroke-dasharray="4 2"'
        )
        kind = "allocated"
    else:
        paint, kind = f'fill="{colour}" fill-opacity="0.5" stroke="none"', "stated"
    title = (
        f"{source.name} → {target.name}\n{wan(flow.amount)}（{format_yuan(flow.amount)} 元，"
        f"{flow.basis}）\n{flow.method}"
    )
    return (
        f'<path class="band {kind}" d="{path}" {paint} data-source="{esc(flow.source)}" '
        f'data-target="{esc(flow.target)}" data-amount="{flow.amount}" '
        f'data-basis="{flow.basis}"><title>{esc(title)}</title></path>'
    )


def _band_labels(layout: _Layout) -> list[str]:
    """Each band's 万元 just before the bar it reaches, spread so none overlap."""
    out = []
    for column in layout.columns[1:]:
        into = [f for f in layout.flows if layout.flow.node(f.target).column == column]
        placed = []
        for flow in into:
            y0 = layout.ends[(flow.source, flow.target)][1]
            placed.append([y0 + layout.thickness(flow) / 2 + SMALL * 0.36, flow])
        placed.sort(key=lambda p: p[0])
        for before, after in itertools.pairwise(placed):
            after[0] = max(after[0], before[0] + SMALL + 2)
        for y, flow in placed:
            out.append(
                svg_text(
                    layout.x[column] - 4,
                    y,
                    [wan(flow.amount)],
                    SMALL,
                    halo=True,
                    text_anchor="end",
                    fill=INK,
                    class_="band-label",
                    data_source=flow.source,
                    data_target=flow.target,
                )
            )
    return out


def _node(layout: _Layout, node: FlowNode, colours: dict[str, str], focus: str | None) -> str:
    x, y, height = layout.x[node.column], layout.bar_top(node.id), layout.bar[node.id]
    spent = node.column != LINES or node.id in colours
    colour = colours.get(node.id) or KIND_COLOUR.get(node.kind, SHARED)
    outline = ' stroke="#111827" stroke-width="2"' if node.id == focus else ""
    basis = f"，{node.basis}" if node.basis else ""
    title = f"{node.name}\n{wan(node.amount)}（{format_yuan(node.amount)} 元{basis}）"
    if node.method:
        title += f"\n{node.method}"
    if not spent:
        title += "\n报告未说明这笔资金资助的项目或系统：没有去向。"
    bar = (
        f'<rect class="node" x="{x:.1f}" y="{y:.2f}" width="{BAR}" height="{height:.2f}" '
        f'fill="{colour}" fill-opacity="{1 if spent else 0.45}"{outline}/>'
    )
    names, inline = layout.labels[node.id]
    first = layout.centre(node.id) - layout._label_height(node) / 2 + NAME - 1
    left = node.column == layout.columns[0]
    tx = x - 5 if left else x + BAR + 5
    spans = [
        f'<tspan x="{tx:.1f}" dy="{0 if i == 0 else LEAD}">{esc(line)}</tspan>'
        for i, line in enumerate(names)
    ]
    amount = f'font-size="{SMALL}" fill="{INK if spent else MUTED}" class="amount"'
    if inline:
        spans.append(f"<tspan {amount}> {esc(wan(node.amount))}</tspan>")
    else:
        spans.append(f'<tspan x="{tx:.1f}" dy="{LEAD}" {amount}>{esc(wan(node.amount))}</tspan>')
    label = (
        f'<text x="{tx:.1f}" y="{first:.1f}" font-size="{NAME}" fill="{INK}" {HALO} '
        f'text-anchor="{"end" if left else "start"}" '
        f'font-weight="{"bold" if node.id == focus else "normal"}">{"".join(spans)}</text>'
    )
    return (
        f'<g class="stop" data-id="{esc(node.id)}" data-amount="{node.amount}">'
        f"<title>{esc(title)}</title>{bar}{label}</g>"
    )


def _legend(
    y: float, prefix: str, unspent: int, zero: list[str], nowhere: bool
) -> tuple[list[str], float]:
    """What solid and hatched bands mean, and what is not drawn; and its height."""
    colour = PALETTE[0]
    out = [
        f'<rect x="{MARGIN}" y="{y:.1f}" width="28" height="10" fill="{colour}" '
        'fill-opacity="0.5"/>',
        svg_text(
            MARGIN + 36,
            y + 9,
            ["实线：报告所列——资金线整笔流向它资助的唯一对象（STATED）"],
            SMALL,
            fill=INK,
        ),
        f'<rect x="{MARGIN}" y="{y + 18:.1f}" width="28" height="10" '
        f'fill="url(#{prefix}hatch-{colour.lstrip("#")})" stroke="{colour}" stroke-width="0.9" '
        'stroke-dasharray="4 2"/>',
        svg_text(
            MARGIN + 36,
            y + 27,
            ["斜纹虚边：按分摊规则推算——逐级均分到所资助、所建设、所接入的各项（ALLOCATED）"],
            SMALL,
            fill=INK,
        ),
    ]
    notes = [
        "宽度与金额（元）成正比；标注为万元，四舍五入到0.01万元；悬停可见精确到分的金额与算法。"
    ]
    if nowhere:
        notes.append("这份报告没有写明任何资金线资助的项目或系统，图中只有资金线本身。")
    elif unspent:
        notes.append(f"浅色资金线（{unspent}条）：报告未说明其资助的项目或系统，故无去向。")
    if zero:
        notes += fit("金额为0、未画出：" + "、".join(zero), SMALL, WIDTH - 2 * MARGIN, 2)
    out.append(svg_text(MARGIN, y + 46, notes, SMALL, fill=MUTED))
    return out, 46 + (SMALL + 2) * len(notes)


def _panel(flow: MoneyFlow, focus: str | None, prefix: str) -> tuple[list[str], float]:
    """One report's picture, its height in px."""
    layout = _Layout(flow)
    colours = _colours(layout)
    year = f"{flow.year}年度" if flow.year is not None else "年度不详"
    title = f"{flow.unit_name} · {year}资金流向"
    out = [
        svg_text(
            MARGIN, 24, fit(title, 16, WIDTH - 2 * MARGIN, 1), 16, font_weight="bold", fill=INK
        )
    ]
    source = f"报告：{flow.document.removeprefix('document/')}" if flow.document else "报告不详"
    out.append(svg_text(MARGIN, 42, [f"{source}　资金线 → 项目 → 系统 → 接入"], SMALL, fill=MUTED))
    for column in layout.columns:
        x = layout.x[column]
        left = column == layout.columns[0]
        out.append(
            svg_text(
                x + (BAR if left else 0),
                HEAD - 8,
                [HEADINGS[column]],
                SMALL,
                text_anchor="end" if left else "start",
                fill=MUTED,
                font_weight="bold",
            )
        )
    used = {_band_colour(f, colours) for f in layout.flows if f.basis == "ALLOCATED"}
    defs = [_hatch(prefix, c) for c in sorted(used | {PALETTE[0]})]
    out.append(f"<defs>{''.join(defs)}</defs>")
    for band in sorted(layout.flows, key=lambda f: -f.amount):
        out.append(_band(layout, band, _band_colour(band, colours), prefix))
    for node in layout.nodes:
        out.append(_node(layout, node, colours, focus))
    out += _band_labels(layout)
    if not layout.nodes:
        out.append(svg_text(MARGIN, HEAD + 20, ["这一年的资金线金额均为0。"], NAME, fill=MUTED))
    unspent = sum(1 for n in layout.nodes if n.column == LINES and n.id not in colours)
    zero = [n.name for n in flow.nodes if n.column == LINES and n.amount <= 0]
    nowhere = bool(layout.nodes) and not layout.flows
    legend, tall = _legend(layout.bottom + 14, prefix, unspent, zero, nowhere)
    return out + legend, layout.bottom + 14 + tall + 8


def picture(catalog: Catalog, focus: str | None, year: int | None) -> str:
    """The ``<svg>`` element: one panel per report of each unit-year the focus shows."""
    body, height = [], 0.0
    for unit, at in money_views(catalog, focus, year):
        for flow in money_flows(catalog, unit, at):
            prefix = f"s{len(body)}-"
            parts, tall = _panel(flow, focus, prefix)
            if body:
                body.append(
                    f'<line x1="0" y1="{height:.1f}" x2="{WIDTH}" y2="{height:.1f}" '
                    'stroke="#d7dde5"/>'
                )
            body.append(
                f'<g class="panel" transform="translate(0,{height:.1f})">' + "".join(parts) + "</g>"
            )
            height += tall
    label = "资金流向图（桑基图）"
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{height:.0f}" '
        f'viewBox="0 0 {WIDTH} {height:.0f}" font-family="{esc(FAMILY)}" role="img" '
        f'aria-label="{label}"><title>{label}</title>'
        f'<rect width="{WIDTH}" height="{height:.0f}" fill="#ffffff"/>' + "".join(body) + "</svg>"
    )


def write(kg: KnowledgeGraph, subset: Subset, out: IO[bytes]) -> None:
    """The Sankey of the selection's unit (or of each unit-year of the graph) as an SVG file."""
    text = picture(kg.catalog, subset.focus, subset.year)
    out.write(b'<?xml version="1.0" encoding="UTF-8"?>\n' + text.encode("utf-8") + b"\n")
