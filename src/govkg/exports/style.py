"""How each kind of node looks, the same in pictures, Gephi colours and the embed page."""

from __future__ import annotations

from dataclasses import asdict, dataclass

__all__ = ["FONT", "STYLES", "KindStyle", "styles_json"]

FONT = "Noto Sans CJK SC"


@dataclass(frozen=True, kw_only=True)
class KindStyle:
    zh: str
    en: str
    fill: str
    line: str
    dot_shape: str
    dot_style: str
    cy_shape: str
    size: float


STYLES: dict[str, KindStyle] = {
    "unit": KindStyle(
        zh="单位", en="Unit", fill="#dbeafe", line="#1d4ed8",
        dot_shape="box", dot_style="rounded,filled", cy_shape="round-rectangle", size=12,
    ),
    "platform": KindStyle(
        zh="平台/系统", en="Platform", fill="#dcfce7", line="#15803d",
        dot_shape="box3d", dot_style="filled", cy_shape="rectangle", size=12,
    ),
    "project": KindStyle(
        zh="项目", en="Project", fill="#ffedd5", line="#c2410c",
        dot_shape="hexagon", dot_style="filled", cy_shape="hexagon", size=11,
    ),
    "funding-line": KindStyle(
        zh="资金", en="Funding line", fill="#fef08a", line="#a16207",
        dot_shape="cds", dot_style="filled", cy_shape="tag", size=11,
    ),
    "indicator": KindStyle(
        zh="指标", en="Indicator", fill="#f3e8ff", line="#7e22ce",
        dot_shape="ellipse", dot_style="filled", cy_shape="ellipse", size=8,
    ),
    "event": KindStyle(
        zh="事件", en="Event", fill="#fce7f3", line="#be185d",
        dot_shape="octagon", dot_style="filled", cy_shape="octagon", size=9,
    ),
    "person": KindStyle(
        zh="人员", en="Person", fill="#e0f2fe", line="#0369a1",
        dot_shape="house", dot_style="filled", cy_shape="pentagon", size=9,
    ),
    "publication": KindStyle(
        zh="文件", en="Publication", fill="#f1f5f9", line="#475569",
        dot_shape="note", dot_style="filled", cy_shape="rhomboid", size=8,
    ),
    "document": KindStyle(
        zh="报告", en="Document", fill="#e5e7eb", line="#111827",
        dot_shape="tab", dot_style="filled", cy_shape="cut-rectangle", size=10,
    ),
}  # fmt: skip


def styles_json() -> dict[str, dict[str, object]]:
    """The table for the embed page's script."""
    return {kind: asdict(style) for kind, style in STYLES.items()}
