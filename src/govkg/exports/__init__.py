"""Exports: every format an analyst's tool opens, from one selection, as bytes or a stream.

Each format writes to a binary file as it goes (``write_export``); ``export`` gathers
those bytes and ``stream`` hands them over in chunks, for an HTTP response.

>>> import govkg
>>> from govkg.exports import Selection, export
>>> kg = govkg.open()
>>> data = export(kg, "turtle", Selection(focus="platform/yiwangtongguan", depth=1))
>>> "一网统管" in data.decode()
True
"""

from __future__ import annotations

import io
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import IO, TYPE_CHECKING

from govkg.core.errors import QueryError
from govkg.exports import datacube, draw, fiscal, network, rdf, sankey, tables, treemap
from govkg.exports.selection import KINDS, Selection, Subset, select
from govkg.exports.streaming import chunks

if TYPE_CHECKING:
    from govkg.answers.kg import KnowledgeGraph

__all__ = [
    "FORMATS",
    "KINDS",
    "Format",
    "Selection",
    "Subset",
    "export",
    "select",
    "stream",
    "write_export",
]

Writer = Callable[["KnowledgeGraph", Subset, IO[bytes]], None]


def _whole(make: Callable[[KnowledgeGraph, Subset], bytes]) -> Writer:
    """A writer for a format made in one piece (pictures: Graphviz answers all at once)."""

    def write(kg: KnowledgeGraph, subset: Subset, out: IO[bytes]) -> None:
        out.write(make(kg, subset))

    return write


@dataclass(frozen=True, kw_only=True)
class Format:
    """One export format: what HTTP calls it, what a file of it is named, how it is made."""

    name: str
    media_type: str
    extension: str
    description: str
    description_zh: str
    """The description on pages read in Chinese."""
    write: Writer

    def filename(self, selection: Selection) -> str:
        return f"{selection.slug}.{self.extension}"

    @property
    def binary(self) -> bool:
        """Not text a terminal can show: text formats name their charset; SVG is XML."""
        return "charset=" not in self.media_type and not self.media_type.endswith("+xml")

    def make(self, kg: KnowledgeGraph, subset: Subset) -> bytes:
        """The whole export in memory (small selections, pictures, tests)."""
        out = io.BytesIO()
        self.write(kg, subset, out)
        return out.getvalue()


FORMATS: dict[str, Format] = {
    f.name: f
    for f in (
        Format(
            name="turtle",
            media_type="text/turtle; charset=utf-8",
            extension="ttl",
            description="RDF Turtle (Protégé, any triple store)",
            description_zh="RDF Turtle（Protégé 及任何三元组库）",
            write=rdf.turtle,
        ),
        Format(
            name="nt",
            media_type="application/n-triples; charset=utf-8",
            extension="nt",
            description="RDF N-Triples, one triple a line",
            description_zh="RDF N-Triples，每行一个三元组",
            write=rdf.nt,
        ),
        Format(
            name="nquads",
            media_type="application/n-quads; charset=utf-8",
            extension="nq",
            description="RDF N-Quads (the default graph), for stores that load quads",
            description_zh="RDF N-Quads（默认图），供按四元组加载的存储使用",
            write=rdf.nquads,
        ),
        Format(
            name="rdfxml",
            media_type="application/rdf+xml; charset=utf-8",
            extension="rdf",
            description="RDF/XML (older RDF tools; control characters shown as pictures)",
            description_zh="RDF/XML（较早的 RDF 工具；控制字符以图形符号显示）",
            write=rdf.rdfxml,
        ),
        Format(
            name="jsonld",
            media_type="application/ld+json; charset=utf-8",
            extension="jsonld",
            description="RDF JSON-LD (expanded, as Oxigraph streams it)",
            description_zh="RDF JSON-LD（展开形式，由 Oxigraph 流式输出）",
            write=rdf.jsonld,
        ),
        Format(
            name="qb",
            media_type="text/turtle; charset=utf-8",
            extension="qb.ttl",
            description="W3C RDF Data Cube: funding lines, money figures, indicators, cited",
            description_zh="W3C RDF 数据立方体：资金条目、金额数字、绩效指标，均附出处",
            write=datacube.write,
        ),
        Format(
            name="graphml",
            media_type="application/graphml+xml; charset=utf-8",
            extension="graphml",
            description="GraphML with typed attributes (yEd, Gephi, networkx)",
            description_zh="带类型属性的 GraphML（yEd、Gephi、networkx）",
            write=network.graphml,
        ),
        Format(
            name="gexf",
            media_type="application/gexf+xml; charset=utf-8",
            extension="gexf",
            description="GEXF 1.2 with typed attributes and colours by kind (Gephi)",
            description_zh="带类型属性、按类别着色的 GEXF 1.2（Gephi）",
            write=network.gexf,
        ),
        Format(
            name="cytoscape",
            media_type="application/json; charset=utf-8",
            extension="cyjs",
            description="Cytoscape.js elements JSON (Cytoscape desktop, Cytoscape.js)",
            description_zh="Cytoscape.js 元素 JSON（Cytoscape 桌面版、Cytoscape.js）",
            write=network.cytoscape,
        ),
        Format(
            name="dot",
            media_type="text/vnd.graphviz; charset=utf-8",
            extension="gv",
            description="Graphviz DOT source, styled as the pictures",
            description_zh="Graphviz DOT 源文件，样式与图片相同",
            write=_whole(lambda kg, subset: draw.dot_source(kg, subset).encode("utf-8")),
        ),
        Format(
            name="svg",
            media_type="image/svg+xml",
            extension="svg",
            description="picture drawn by Graphviz: colour and shape by kind, legend, costs",
            description_zh="Graphviz 绘制的图片：按类别区分颜色和形状，附图例和费用",
            write=_whole(draw.svg),
        ),
        Format(
            name="png",
            media_type="image/png",
            extension="png",
            description="the same picture as PNG",
            description_zh="同一图片的 PNG 格式",
            write=_whole(draw.png),
        ),
        Format(
            name="sankey",
            media_type="image/svg+xml",
            extension="sankey.svg",
            description="a unit's year as money flows: lines → projects → systems → feeds",
            description_zh="单位某年度的资金流向：资金条目 → 项目 → 系统 → 供数",
            write=sankey.write,
        ),
        Format(
            name="treemap",
            media_type="image/svg+xml",
            extension="treemap.svg",
            description="a unit's funding lines of a year, nested, areas in yuan, by category",
            description_zh="单位某年度的资金条目，层层嵌套，面积按金额（元），按类别着色",
            write=treemap.write,
        ),
        Format(
            name="csv",
            media_type="application/zip",
            extension="csv.zip",
            description="nodes.csv and edges.csv (UTF-8 with BOM) in one zip, for spreadsheets",
            description_zh="nodes.csv 和 edges.csv（带 BOM 的 UTF-8）合为一个 zip，供电子表格用",
            write=tables.csv_zip,
        ),
        Format(
            name="fdp",
            media_type="application/zip",
            extension="fdp.zip",
            description="Fiscal Data Package (OpenSpending): datapackage.json + funding-line CSVs",
            description_zh="财政数据包（OpenSpending）：datapackage.json 加资金条目 CSV",
            write=fiscal.fdp_zip,
        ),
    )
}


def _format(fmt: str) -> Format:
    if fmt not in FORMATS:
        raise QueryError(f"unknown export format {fmt!r} (use one of {', '.join(FORMATS)})")
    return FORMATS[fmt]


def export(kg: KnowledgeGraph, fmt: str, selection: Selection | None = None) -> bytes:
    """The selection of ``kg`` (the whole graph by default) in format ``fmt``."""
    return _format(fmt).make(kg, select(kg, selection))


def write_export(
    kg: KnowledgeGraph, fmt: str, out: IO[bytes], selection: Selection | None = None
) -> None:
    """Write the selection in format ``fmt`` to the binary file ``out`` as it is made."""
    _format(fmt).write(kg, select(kg, selection), out)


def stream(kg: KnowledgeGraph, fmt: str, subset: Subset) -> Iterator[bytes]:
    """The export of a resolved selection in chunks, made in a thread as they are taken."""
    write = _format(fmt).write
    return chunks(lambda out: write(kg, subset, out))
