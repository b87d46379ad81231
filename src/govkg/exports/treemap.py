"""The treemap of a unit's year: its funding lines nested as stated, areas in yuan, coloured
by spending category, as SVG.

The squarified layout is ``squarify``'s (pure Python, no plotting stack); the SVG is ours,
written like the Sankey's (``exports/sankey.py``: presentation attributes only, 800 wide,
11–12 px text laid out by ``exports/picture_text.py``). A line whose sub-lines add up to
less than it keeps the rest as a dashed "未细分" tile; one whose sub-lines add up to more is
outlined in red and says so.
"""

from __future__ import annotations

from decimal import Decimal
from typing import IO, TYPE_CHECKING

import squarify

from govkg.answers.linetrees import Tile, Treemap, line_trees
from govkg.answers.moneyflow import wan
from govkg.answers.moneyviews import money_views
from govkg.core.money import format_yuan
from govkg.exports.picture_text import (
    WIDTH,
    esc,
    fit,
    svg_document,
    svg_file,
    svg_text,
    text_width,
)

if TYPE_CHECKING:
    from govkg.answers.kg import KnowledgeGraph
    from govkg.exports.selection import Subset
    from govkg.graph.catalog import Catalog

__all__ = ["CATEGORY", "picture", "write"]

CATEGORY = {  # spending categories (answers/spending.py) and the reports' budget kinds
    "total": ("总支出", "#cbd5e1"),
    "budget": ("预算类别", "#c7d2fe"),
    "basic": ("基本支出", "#93c5fd"),
    "personnel": ("人员经费", "#7dd3fc"),
    "public": ("公用经费", "#5eead4"),
    "project": ("项目支出", "#fdba74"),
    "other": ("其他", "#d8b4fe"),
}
OTHER = ("未分类", "#e5e7eb")
MARGIN, HEAD, AREA = 16, 52, 360  # px: sides, title block, the treemap's height
NAME, SMALL, LEAD, HEADER = 12, 11, 14, 18
INK, MUTED, EXCESS = "#1f2933", "#5b6675", "#b91c1c"


def _text(x: float, y: float, text: str, size: float, **attrs: object) -> str:
    return svg_text(x, y, [text], size, **attrs)


def _title(tile: Tile) -> str:
    zh = CATEGORY.get(tile.category or "", OTHER)[0]
    text = f"{tile.name}\n{wan(tile.amount)}（{format_yuan(tile.amount)} 元，{tile.basis}）\n{zh}"
    if tile.remainder > 0:
        text += f"\n其中未细分：{wan(tile.remainder)}（{format_yuan(tile.remainder)} 元）"
    if tile.excess > 0:
        text += f"\n子项合计比本项多 {wan(tile.excess)}（{format_yuan(tile.excess)} 元）"
    return text


def _labels(x: float, y: float, w: float, h: float, name: str, amount: str) -> str:
    """The name and the amount inside a box, as many lines as fit; nothing if none does."""
    room = w - 8
    if room < NAME * 2 or h < LEAD + 4:
        return ""
    lines = fit(name, NAME, room, max(1, int((h - 6 - SMALL) // LEAD)))
    spans = [
        f'<tspan x="{x + 4:.1f}" dy="{0 if i == 0 else LEAD}">{esc(line)}</tspan>'
        for i, line in enumerate(lines)
    ]
    if 4 + NAME + len(lines) * LEAD <= h and text_width(amount, SMALL) <= room:
        spans.append(
            f'<tspan x="{x + 4:.1f}" dy="{LEAD - 1}" font-size="{SMALL}">{esc(amount)}</tspan>'
        )
    return (
        f'<text x="{x + 4:.1f}" y="{y + 4 + NAME:.1f}" font-size="{NAME}" fill="{INK}">'
        f"{''.join(spans)}</text>"
    )


def _rects(values: list[float], x: float, y: float, w: float, h: float) -> list[dict]:
    if w <= 0 or h <= 0 or not values:
        return [{"x": x, "y": y, "dx": 0.0, "dy": 0.0} for _ in values]
    return squarify.squarify(squarify.normalize_sizes(values, w, h), x, y, w, h)


def _draw(tile: Tile, x: float, y: float, w: float, h: float, out: list[str]) -> None:
    colour = CATEGORY.get(tile.category or "", OTHER)[1]
    inner = [kid for kid in tile.children if kid.area > 0]
    over = f'stroke="{EXCESS}" stroke-width="2" stroke-dasharray="5 3"'
    head = (
        f'<g class="tile" data-id="{esc(tile.id)}" data-amount="{tile.amount}" '
        f'data-category="{esc(tile.category or "")}"><title>{esc(_title(tile))}</title>'
    )
    box = f'x="{x:.1f}" y="{y:.1f}" width="{w:.1f}" height="{h:.1f}" fill="{colour}"'
    if not inner or w < 40 or h < HEADER + 16:
        edge = over if tile.excess else 'stroke="#ffffff" stroke-width="1"'
        labels = _labels(x, y, w, h, tile.name, wan(tile.amount))
        out.append(f"{head}<rect {box} {edge}/>{labels}</g>")
        return
    caption = fit(f"{tile.name} {wan(tile.amount)}", SMALL, w - 8, 1)[0]
    edge = over if tile.excess else f'stroke="{colour}" stroke-width="1.5"'
    text = _text(x + 4, y + SMALL + 3, caption, SMALL, fill=INK, font_weight="bold")
    out.append(f'{head}<rect {box} fill-opacity="0.35" {edge}/>{text}</g>')
    space = tile.area - sum((kid.area for kid in inner), Decimal(0))  # the remainder's
    parts: list[Tile | None] = [*inner, *([None] if tile.remainder > 0 and space > 0 else [])]
    values = [float(p.area if p else space) for p in parts]
    order = sorted(range(len(parts)), key=lambda i: -values[i])
    rects = _rects([values[i] for i in order], x + 3, y + HEADER, w - 6, h - HEADER - 3)
    for i, rect in zip(order, rects, strict=True):
        part, box = parts[i], (rect["x"], rect["y"], rect["dx"], rect["dy"])
        if part is not None:
            _draw(part, *box, out)
            continue
        rest = wan(tile.remainder)
        title = f"{tile.name}中未细分的部分\n{rest}（{format_yuan(tile.remainder)} 元）"
        out.append(
            f'<g class="remainder" data-amount="{tile.remainder}"><title>{esc(title)}'
            f'</title><rect x="{box[0]:.1f}" y="{box[1]:.1f}" width="{box[2]:.1f}" '
            f'height="{box[3]:.1f}" fill="#ffffff" stroke="{MUTED}" stroke-width="1" '
            'stroke-dasharray="4 3"/>' + _labels(*box, "未细分", rest) + "</g>"
        )


def _categories(tiles: tuple[Tile, ...], found: set[str]) -> set[str]:
    for tile in tiles:
        found.add(tile.category or "")
        _categories(tile.children, found)
    return found


def _zero(tiles: tuple[Tile, ...]) -> list[str]:
    return [n for t in tiles for n in ([t.name] if t.area <= 0 else []) + _zero(t.children)]


def _panel(tree: Treemap) -> tuple[list[str], float]:
    year = f"{tree.year}年度" if tree.year is not None else "年度不详"
    title = fit(f"{tree.unit_name} · {year}资金线（按类别）", 16, WIDTH - 2 * MARGIN, 1)[0]
    source = (tree.document or "不详").removeprefix("document/")
    out = [
        _text(MARGIN, 24, title, 16, font_weight="bold", fill=INK),
        _text(
            MARGIN,
            42,
            f"报告：{source}　面积与金额（元）成正比，子项嵌套在所属资金线内",
            SMALL,
            fill=MUTED,
        ),
    ]
    roots = [t for t in tree.roots if t.area > 0]
    rects = _rects([float(t.area) for t in roots], MARGIN, HEAD, WIDTH - 2 * MARGIN, AREA)
    for tile, rect in zip(roots, rects, strict=True):
        _draw(tile, rect["x"], rect["y"], rect["dx"], rect["dy"], out)
    y, x = HEAD + AREA + 20, float(MARGIN)
    for key in [k for k in [*CATEGORY, ""] if k in _categories(tree.roots, set())]:
        label, colour = CATEGORY.get(key, OTHER)
        out.append(f'<rect x="{x:.1f}" y="{y - 10:.1f}" width="12" height="12" fill="{colour}"/>')
        out.append(_text(x + 16, y, label, SMALL, fill=INK))
        x += 16 + text_width(label, SMALL) + 14
    notes = [
        "虚线框：上级资金线中子项未细分的部分；红色虚边：子项合计超过该资金线。悬停可见精确金额。"
    ]
    zero = _zero(tree.roots)
    if zero:
        notes += fit("金额为0、未画出：" + "、".join(zero), SMALL, WIDTH - 2 * MARGIN, 2)
    out.append(svg_text(MARGIN, y + 18, notes, SMALL, fill=MUTED))
    return out, y + 18 + len(notes) * (SMALL + 3) + 6


def picture(catalog: Catalog, focus: str | None, year: int | None) -> str:
    """The ``<svg>`` element: one treemap per report of each unit-year the focus shows."""
    body, height = [], 0.0
    for unit, at in money_views(catalog, focus, year):
        for tree in line_trees(catalog, unit, at):
            parts, tall = _panel(tree)
            if body:
                body.append(
                    f'<line x1="0" y1="{height:.1f}" x2="{WIDTH}" y2="{height:.1f}" '
                    'stroke="#d7dde5"/>'
                )
            body.append(
                f'<g class="panel" transform="translate(0,{height:.1f})">{"".join(parts)}</g>'
            )
            height += tall
    return svg_document("资金线矩形树图", height, body)


def write(kg: KnowledgeGraph, subset: Subset, out: IO[bytes]) -> None:
    """The treemap of the selection's unit (or of each unit-year of the graph) as SVG."""
    text = picture(kg.catalog, subset.focus, subset.year)
    out.write(svg_file(text))
