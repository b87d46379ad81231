"""Build vs run (建设 vs 运维): the Federal IT Dashboard's DME vs O&M split, by stated words.

A funding line is BUILD, RUN, MIXED or UNCLASSIFIED by the words of names, never by a
guess. The rule, in order:

1. the line's own name: BUILD words (建设, 新建, 扩建, 改造, 升级, 提升工程) make it BUILD,
   RUN words (运维, 运行维护, 电费, 租赁, 维护) make it RUN, both make it MIXED;
2. when its name has none of them, the names of what it funds (its ``funds`` links);
3. when those have none either, the nearest parent line whose name has them (a sub-line is
   part of its parent's money);
4. else UNCLASSIFIED.

A money figure takes the type of the funding line that states the same amount, else the
words of its label. ``build_run`` splits a unit's project spending in one report (and its
total where the report gives one) into the four types: the leaf lines under it, each whole
or, for a parent whose sub-lines do not add up to it, its unitemised remainder; every part
is a DERIVED sum with its lines written out, and the four add up exactly to the figure.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from govkg.answers.spending import Figure, Spending
from govkg.core.money import format_yuan
from govkg.graph.catalog import Catalog, MoneyFigure
from govkg.graph.ontology import GOVKG

__all__ = [
    "BUILD_WORDS",
    "RUN_WORDS",
    "SPEND_TYPES",
    "BuildRun",
    "BuildRunPart",
    "SpendType",
    "build_run",
    "classify_figure",
    "classify_line",
    "classify_words",
]

BUILD_WORDS = ("建设", "新建", "扩建", "改造", "升级", "提升工程")
RUN_WORDS = ("运维", "运行维护", "电费", "租赁", "维护")
SPEND_TYPES = ("BUILD", "RUN", "MIXED", "UNCLASSIFIED")
RULE = (
    "build/run rule: BUILD words 建设 新建 扩建 改造 升级 提升工程, RUN words 运维 运行维护 "
    "电费 租赁 维护, both MIXED; the line's own name first, then what it funds, then its "
    "nearest parent line; else UNCLASSIFIED"
)


@dataclass(frozen=True, kw_only=True)
class SpendType:
    """A type and why: ``words`` found in ``source`` (the name that decided) by ``rule``."""

    kind: str
    words: tuple[str, ...]
    source: str | None
    rule: str

    @property
    def decided(self) -> bool:
        return self.kind != "UNCLASSIFIED"


def _found(words: tuple[str, ...], text: str) -> list[str]:
    """The words in ``text``, a shorter one left out where only a longer one holds it
    (维护 inside 运行维护 is one word, not two)."""
    hits = [w for w in words if w in text]
    return [w for w in hits if not any(o != w and _inside(w, o, text) for o in hits)]


def _inside(word: str, longer: str, text: str) -> bool:
    """Whether every occurrence of ``word`` in ``text`` lies inside an occurrence of ``longer``."""
    if word not in longer:
        return False
    spans = []
    at = text.find(longer)
    while at >= 0:
        spans.append((at, at + len(longer)))
        at = text.find(longer, at + 1)
    at = text.find(word)
    while at >= 0:
        if not any(start <= at and at + len(word) <= end for start, end in spans):
            return False
        at = text.find(word, at + 1)
    return True


def classify_words(text: str) -> tuple[str, tuple[str, ...]]:
    """The type the words of ``text`` give, and those words.

    >>> classify_words("电子政务外网运维费")
    ('RUN', ('运维',))
    >>> classify_words("智慧大脑+政务服务费")
    ('UNCLASSIFIED', ())
    >>> classify_words("机房改造及运行维护")
    ('MIXED', ('改造', '运行维护'))
    """
    build, run = _found(BUILD_WORDS, text), _found(RUN_WORDS, text)
    kind = {
        (True, True): "MIXED",
        (True, False): "BUILD",
        (False, True): "RUN",
        (False, False): "UNCLASSIFIED",
    }[(bool(build), bool(run))]
    return kind, tuple(build + run)


def _typed(catalog: Catalog, node: str, how: str) -> SpendType | None:
    name = catalog.nodes[node].name if node in catalog.nodes else ""
    kind, words = classify_words(name)
    if kind == "UNCLASSIFIED":
        return None
    said = "、".join(words)
    return SpendType(kind=kind, words=words, source=node, rule=f"{kind}: {how} {name} says {said}")


def classify_line(catalog: Catalog, line_id: str) -> SpendType:
    """A funding line's type by the rule above, with the name and words that decided."""
    found = _typed(catalog, line_id, "the line's name")
    if found is None:
        for target in sorted(link.target for link in catalog.links_from(line_id, "funds")):
            found = _typed(catalog, target, "what it funds:")
            if found is not None:
                break
    seen = {line_id}
    at = catalog.lines[line_id].parent if line_id in catalog.lines else None
    while found is None and at is not None and at not in seen:
        seen.add(at)
        found = _typed(catalog, at, "its parent line")
        at = catalog.lines[at].parent if at in catalog.lines else None
    if found is None:
        return SpendType(
            kind="UNCLASSIFIED",
            words=(),
            source=None,
            rule="UNCLASSIFIED: no build or run word in the line's name, what it funds or "
            "its parent lines",
        )
    return found


def classify_figure(catalog: Catalog, figure: MoneyFigure) -> SpendType:
    """A money figure's type: its funding line's, else the words of its label."""
    if figure.funding_line and figure.funding_line in catalog.lines:
        return classify_line(catalog, figure.funding_line)
    kind, words = classify_words(figure.label or "")
    if kind == "UNCLASSIFIED":
        return SpendType(
            kind=kind,
            words=(),
            source=None,
            rule="UNCLASSIFIED: no funding line and no build or run word in the label",
        )
    said = "、".join(words)
    return SpendType(
        kind=kind,
        words=words,
        source=figure.id,
        rule=f"{kind}: the label {figure.label} says {said}",
    )


@dataclass(frozen=True, kw_only=True)
class Piece:
    """A leaf line's amount, or the part of a parent line its sub-lines leave unitemised."""

    line: str
    amount: Decimal
    remainder: bool


@dataclass(frozen=True, kw_only=True)
class BuildRunPart:
    """The money of one type: a DERIVED sum of its pieces, with the sum written out."""

    kind: str
    amount: Decimal
    method: str
    pieces: tuple[Piece, ...]

    @property
    def lines(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(piece.line for piece in self.pieces))


@dataclass(frozen=True, kw_only=True)
class BuildRun:
    """A unit's report split into the four types: of its project spending, and of its total
    where the report gives one (``None`` when it does not)."""

    unit: str
    document: str | None
    year: int | None
    project: Figure | None
    project_parts: tuple[BuildRunPart, ...]
    total: Figure | None
    total_parts: tuple[BuildRunPart, ...]


def _pieces(catalog: Catalog, line_id: str, seen: set[str]) -> list[Piece]:
    """The leaves of a line's money: its sub-lines' leaves, and any unitemised remainder.

    Sub-lines that add up to more than the line (an inconsistent report) are not used: the
    line stays whole, so the parts still add up to what the report states."""
    seen.add(line_id)
    line = catalog.lines[line_id]
    children = sorted(
        child
        for child in catalog.subjects_of(GOVKG.parentLine, line_id)
        if child in catalog.lines and child not in seen
    )
    if not children:
        return [Piece(line=line_id, amount=line.amount, remainder=False)]
    rest = line.amount - sum((catalog.lines[c].amount for c in children), Decimal(0))
    if rest < 0:
        return [Piece(line=line_id, amount=line.amount, remainder=False)]
    pieces = [piece for child in children for piece in _pieces(catalog, child, seen)]
    if rest > 0:
        pieces.append(Piece(line=line_id, amount=rest, remainder=True))
    return pieces


def _parts(catalog: Catalog, figure: Figure) -> tuple[BuildRunPart, ...]:
    seen: set[str] = set()
    pieces = [p for line in figure.lines for p in _pieces(catalog, line, seen) if p.amount]
    by_kind: dict[str, list[Piece]] = {kind: [] for kind in SPEND_TYPES}
    for piece in pieces:
        by_kind[classify_line(catalog, piece.line).kind].append(piece)
    parts = []
    for kind, mine in by_kind.items():
        amount = sum((p.amount for p in mine), Decimal("0.00"))
        terms = " + ".join(
            f"{catalog.nodes[p.line].name}{' (unitemised remainder)' if p.remainder else ''} "
            f"{format_yuan(p.amount)}"
            for p in mine
        )
        method = (
            f"derived: sum of {len(mine)} line{'s' if len(mine) != 1 else ''} classified "
            f"{kind}: {terms} = {format_yuan(amount)} CNY ({RULE})"
            if mine
            else f"derived: no line classified {kind} ({RULE})"
        )
        parts.append(BuildRunPart(kind=kind, amount=amount, method=method, pieces=tuple(mine)))
    return tuple(parts)


def build_run(catalog: Catalog, spending: Spending) -> BuildRun:
    """One report's split of a unit's project spending (and total) into the four types."""
    project, total = spending.figure("project"), spending.figure("total")
    return BuildRun(
        unit=spending.unit,
        document=spending.document,
        year=spending.year,
        project=project,
        project_parts=_parts(catalog, project) if project else (),
        total=total,
        total_parts=_parts(catalog, total) if total else (),
    )
