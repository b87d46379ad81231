"""Pictures: Graphviz DOT source, and SVG or PNG drawn by Graphviz's ``dot``.

``dot`` ranks the graph left to right and routes labels as part of the layout, so node and
edge labels never overlap; Chinese needs a CJK font (Debian's ``fonts-noto-cjk``). A picture
speaks one language, the selection's ``lang`` (Chinese unless asked): relations, money
bases, kinds, the legend and the caption, in the words the pages use (``core/words.py``).
"""

from __future__ import annotations

import itertools
import shutil
import subprocess
import textwrap
from typing import TYPE_CHECKING, Any

from govkg.core.errors import GovKGError
from govkg.core.money import format_yuan
from govkg.core.words import BASIS, basis_word, relation_word
from govkg.exports.records import edge_records, node_records, xml_safe
from govkg.exports.style import FONT, STYLES, KindStyle

if TYPE_CHECKING:
    from govkg.answers.kg import KnowledgeGraph
    from govkg.exports.selection import Subset

__all__ = ["caption", "dot_source", "png", "quote", "render", "svg", "wrap"]

RENDER_TIMEOUT = 120  # seconds; the whole seed graph takes about one
_FALLBACK = KindStyle(
    zh="其他", en="Other", fill="#ffffff", line="#334155",
    dot_shape="box", dot_style="filled", cy_shape="rectangle", size=8,
)  # fmt: skip
_UNLABELLED = {"describes"}  # an indicator's shape already says what the edge means
# the words only pictures need; relations and bases come from the table pages share
_WORDS = {
    "zh": {
        "legend": "图例",
        "is": "：",
        "yuan": "¥ = 元（人民币）",
        "STATED": "报告原文的数额",
        "ALLOCATED": "按分摊规则算出",
        "DERIVED": "由报告数额推算",
        "whole": "govkg · 全图",
        "filtered": "（已筛选）",
        "around": "{name} · 邻域，深度 {depth} · govkg",
    },
    "en": {
        "legend": "Legend",
        "is": ": ",
        "yuan": "¥ = yuan (CNY)",
        "STATED": "as the report states it",
        "ALLOCATED": "split by a rule",
        "DERIVED": "worked out from stated figures",
        "whole": "govkg · whole graph",
        "filtered": " (filtered)",
        "around": "{name} · neighbourhood, depth {depth} · govkg",
    },
}


def quote(text: str) -> str:
    """A DOT double-quoted string whose label shows ``text`` literally.

    Backslashes and quotes are escaped, ``&`` becomes ``&amp;`` (Graphviz decodes entities
    in every label), newlines become ``\\n`` and control characters visible pictures.

    >>> quote('a "b" & <c>')
    '"a \\\\"b\\\\" &amp; <c>"'
    """
    text = xml_safe(text).replace("\r\n", "\n").replace("\r", "\n")
    text = text.replace("\\", "\\\\").replace('"', '\\"').replace("&", "&amp;")
    return '"' + text.replace("\n", "\\n") + '"'


def wrap(name: str, width: int = 12) -> list[str]:
    """Chinese wraps into lines of even length, at most ``width``; text with spaces at words.

    >>> wrap("益阳市智慧城市和大数据中心")
    ['益阳市智慧城市', '和大数据中心']
    """
    if " " in name.strip():
        return textwrap.wrap(name, width * 2) or [name]
    lines = max(1, -(-len(name) // width))
    step = -(-len(name) // lines) if name else 1
    return [name[i : i + step] for i in range(0, len(name), step)] or [""]


def _attrs(**values: Any) -> str:
    return "[" + ", ".join(f"{key}={quote(str(value))}" for key, value in values.items()) + "]"


def _money(amount: Any, basis: str, lang: str) -> str:
    return f"¥{format_yuan(amount)} {basis_word(basis, lang)}"


def _kind(style: KindStyle, lang: str) -> str:
    return style.zh if lang == "zh" else style.en


def caption(kg: KnowledgeGraph, subset: Subset, lang: str) -> str:
    """What the picture shows, in ``lang``."""
    words = _WORDS[lang]
    if subset.focus is None:
        return words["whole"] + ("" if subset.whole else words["filtered"])
    name = kg.catalog.nodes[subset.focus].name
    return words["around"].format(name=name, depth=subset.depth)


def dot_source(kg: KnowledgeGraph, subset: Subset) -> str:
    """The selection as a Graphviz digraph: shapes and colours by kind, a legend, costs;
    every word in the selection's language (``subset.lang``)."""
    lang = subset.lang
    nodes, edges = node_records(kg, subset), edge_records(kg, subset)
    big = len(nodes) > 60
    out = [
        "digraph govkg {",
        "  graph "
        + _attrs(
            rankdir="LR",
            label=caption(kg, subset, lang),
            labelloc="t",
            fontname=FONT,
            fontsize=16,
            nodesep=0.2 if big else 0.35,
            ranksep=0.5 if big else 0.8,
            pad=0.3,
            newrank="true",
            bgcolor="white",
            charset="UTF-8",
        ),
        "  node " + _attrs(fontname=FONT, fontsize=11, margin="0.12,0.06", penwidth=1.2),
        "  edge "
        + _attrs(fontname=FONT, fontsize=9, color="#64748b", fontcolor="#334155", arrowsize=0.7),
    ]
    kinds = sorted({facts["kind"] for facts in nodes}, key=lambda k: list(STYLES).index(k))
    out += _legend(kinds, lang)
    for facts in nodes:
        style = STYLES.get(facts["kind"], _FALLBACK)
        lines = wrap(facts["name"])
        if "amount" in facts:
            lines.append(_money(facts["amount"], facts["amount_basis"], lang))
        elif facts.get("as_written"):
            lines.append(facts["as_written"])
        focus = facts["id"] == subset.focus
        out.append(
            f"  {quote(facts['id'])} "
            + _attrs(
                label="\n".join(lines),
                shape=style.dot_shape,
                style=style.dot_style,
                fillcolor=style.fill,
                color=style.line,
                penwidth=3 if focus else 1.2,
                fontsize=13 if focus else 11,
                margin="0.25,0.15"
                if focus
                else "0.2,0.08"
                if style.dot_shape == "cds"
                else "0.12,0.06",
                tooltip=f"{_kind(style, lang)}{_WORDS[lang]['is']}{facts['name']}",
            )
        )
    for facts in edges:
        relation = facts["relation"]
        label = "" if relation in _UNLABELLED else relation_word(relation, lang)
        if "cost" in facts:
            label += "\n" + _money(facts["cost"], facts["cost_basis"], lang)
        costly = "cost" in facts
        out.append(
            f"  {quote(facts['source'])} -> {quote(facts['target'])} "
            + _attrs(
                label=label,
                id=facts["id"],
                color="#a16207" if costly else "#64748b",
                fontcolor="#713f12" if costly else "#334155",
                penwidth=1.6 if costly else 1,
            )
        )
    out.append("}")
    return "\n".join(out) + "\n"


def _legend(kinds: list[str], lang: str) -> list[str]:
    """A boxed column of sample shapes, one per kind shown, plus what ¥ figures mean."""
    words = _WORDS[lang]
    out = [
        "  subgraph cluster_legend {",
        "    graph "
        + _attrs(label=words["legend"], fontsize=12, style="rounded", color="#94a3b8", margin=10),
    ]
    names = []
    for kind in kinds:
        style = STYLES[kind]
        name = f"legend:{kind}"
        names.append(quote(name))
        out.append(
            f"    {quote(name)} "
            + _attrs(
                label=_kind(style, lang),
                shape=style.dot_shape,
                style=style.dot_style,
                fillcolor=style.fill,
                color=style.line,
                fontsize=10,
                width=1.6,
            )
        )
    names.append('"legend:money"')
    out.append(
        '    "legend:money" '
        + _attrs(
            label="\n".join(
                [words["yuan"]]
                + [f"{word}{words['is']}{words[basis]}" for basis, word in BASIS[lang].items()]
            ),
            shape="plain",
            fontsize=9,
            fontcolor="#713f12",
        )
    )
    for above, below in itertools.pairwise(names):
        out.append(f"    {above} -> {below} [style=invis]")
    out.append("  }")
    return out


def render(source: str, fmt: str, dpi: int | None = None) -> bytes:
    """Run ``dot -T<fmt>`` on DOT source; a missing Graphviz or a failure is a GovKGError."""
    program = shutil.which("dot")
    if program is None:
        raise GovKGError("Graphviz is not installed: 'dot' is not on PATH (apt install graphviz)")
    command = [program, f"-T{fmt}"] + ([f"-Gdpi={dpi}"] if dpi else [])
    try:
        done = subprocess.run(
            command, input=source.encode("utf-8"), capture_output=True, timeout=RENDER_TIMEOUT
        )
    except subprocess.TimeoutExpired as error:
        raise GovKGError(f"Graphviz took more than {RENDER_TIMEOUT} s to draw") from error
    if done.returncode != 0:
        message = done.stderr.decode("utf-8", "replace").strip()
        raise GovKGError(f"Graphviz failed ({done.returncode}): {message}")
    return done.stdout


def svg(kg: KnowledgeGraph, subset: Subset) -> bytes:
    return render(dot_source(kg, subset), "svg")


def png(kg: KnowledgeGraph, subset: Subset) -> bytes:
    return render(dot_source(kg, subset), "png", dpi=110 if len(subset.nodes) <= 60 else 80)
