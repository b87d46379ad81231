"""The text of the money pictures (Sankey, treemap): their width and font, escaping,
measuring, wrapping, ``<text>`` elements, and the SVG document around their panels.

Apart from both pictures because they lay text out the same way, sized for an 800 px frame
with no font to measure with (the SVG is written before any browser sees it).
"""

from __future__ import annotations

from xml.sax.saxutils import escape

from govkg.exports.records import xml_safe
from govkg.exports.style import FONT

__all__ = [
    "FAMILY",
    "HALO",
    "WIDTH",
    "esc",
    "fit",
    "svg_document",
    "svg_file",
    "svg_text",
    "text_width",
]

WIDTH = 784  # px: an 800 px frame less a scrollbar, so shown there its text is its own size
FAMILY = f"'{FONT}', 'Source Han Sans SC', 'Noto Sans SC', sans-serif"
OPENING, CLOSING = "（(“‘《【[", "）)”’》】]，,、。：:；;！？"  # a line never ends or starts so
HALO = 'stroke="#ffffff" stroke-width="3" stroke-linejoin="round" paint-order="stroke"'


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


def svg_document(label: str, height: float, body: list[str]) -> str:
    """The ``<svg>`` of a picture ``height`` px tall: its label, a white ground, ``body``."""
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{height:.0f}" '
        f'viewBox="0 0 {WIDTH} {height:.0f}" font-family="{esc(FAMILY)}" role="img" '
        f'aria-label="{label}"><title>{label}</title>'
        f'<rect width="{WIDTH}" height="{height:.0f}" fill="#ffffff"/>' + "".join(body) + "</svg>"
    )


def svg_file(text: str) -> bytes:
    """A picture's SVG as a file: the XML declaration, the text, a final newline."""
    return b'<?xml version="1.0" encoding="UTF-8"?>\n' + text.encode("utf-8") + b"\n"
