"""The Sankey picture of a unit's year: funding lines → projects → systems → feeds, as SVG.

Drawn by our own code: no maintained Python library lays a Sankey out into static SVG
without a browser (Plotly writes SVG through Kaleido's Chromium; matplotlib's Sankey and
its wrappers draw one or two stages, not columns with labelled bands).

The flows are ``answers.moneyflow``'s, placed by ``exports/sankey_layout.py``: band widths
are proportional to yuan (never thinner than ``MIN_BAND``), STATED bands solid, ALLOCATED
bands hatched with a dashed edge and a legend that says so. Every node and band is labelled
in 万元; the exact yuan and the rule's words are in each ``<title>``. The picture is 800 wide
with 11–12 px text and as tall as its labels need, so shown at 800×500 nothing is shrunk.
Presentation attributes only, no ``style``: the embed page inlines it under a CSP without
inline styles.
"""

from __future__ import annotations

import itertools
from typing import IO, TYPE_CHECKING

from govkg.answers.moneyflow import LINES, Flow, FlowNode, MoneyFlow, money_flows, wan
from govkg.answers.moneyviews import money_views
from govkg.core.money import format_yuan
from govkg.exports.picture_text import (
    HALO,
    WIDTH,
    esc,
    fit,
    svg_document,
    svg_file,
    svg_text,
)
from govkg.exports.sankey_layout import BAR, HEAD, LEAD, MARGIN, NAME, SMALL, Layout
from govkg.exports.style import STYLES

if TYPE_CHECKING:
    from govkg.answers.kg import KnowledgeGraph
    from govkg.exports.selection import Subset
    from govkg.graph.catalog import Catalog

__all__ = ["picture", "write"]

PALETTE = ("#4e79a7", "#f28e2b", "#59a14f", "#e15759", "#76b7b2", "#b07aa1", "#edc948",
           "#9c755f", "#ff9da7", "#17becf")  # fmt: skip
SHARED, UNSPENT = "#64748b", "#94a3b8"  # bands of several lines; lines with no band
INK, MUTED = "#1f2933", "#5b6675"
HEADINGS = ("资金线", "项目", "系统", "接入")
KIND_COLOUR = {"project": STYLES["project"].line, "platform": STYLES["platform"].line,
               "feed": STYLES["unit"].line, "remainder": UNSPENT}  # fmt: skip


def _colours(layout: Layout) -> dict[str, str]:
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


def _band(layout: Layout, flow: Flow, colour: str, prefix: str) -> str:
    source, target = layout.flow.node(flow.source), layout.flow.node(flow.target)
    path = layout.band_path(flow)
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


def _band_labels(layout: Layout) -> list[str]:
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


def _node(layout: Layout, node: FlowNode, colours: dict[str, str], focus: str | None) -> str:
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
    first = layout.centre(node.id) - layout.label_height(node) / 2 + NAME - 1
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
    layout = Layout(flow)
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
    return svg_document("资金流向图（桑基图）", height, body)


def write(kg: KnowledgeGraph, subset: Subset, out: IO[bytes]) -> None:
    """The Sankey of the selection's unit (or of each unit-year of the graph) as an SVG file."""
    text = picture(kg.catalog, subset.focus, subset.year)
    out.write(svg_file(text))
