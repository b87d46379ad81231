"""The ``qb`` export: funding lines, money figures and numeric indicators as W3C RDF Data
Cube data sets (https://www.w3.org/TR/vocab-data-cube/), in Turtle.

Three ``qb:DataSet``s, each with its ``qb:DataStructureDefinition``: ``funding-lines`` (a
line's amount, and its budget when the report gives one), ``money-figures`` (every amount a
report states, by kind) and ``indicators`` (numeric values). Dimensions and attributes are
the graph's own IRIs (units, reports, lines, citations, ``govkg:Stated``/``Derived``);
amounts are exact ``xsd:decimal`` yuan. Every observation is written normalised (§10 of the
spec): it names its data set, every dimension, the measure and every attribute itself, so
the integrity constraints of §11 hold on the file as written. A record with no value for a
dimension (a figure whose report gives no year, an indicator stated in words) is left out,
never guessed: its data set names it (``cube:leftOut``) and says why.

The graph is read with one SELECT per kind of record (the catalog reads a record in half a
millisecond, mostly term conversion: 8 s for 14,000 at 10^6 triples) and the Turtle is
written as text, each term as Oxigraph prints it, so nothing is escaped by hand.

The pieces, each its own module: the vocabulary's tables (``cube_vocabulary``), the SELECTs
(``cube_queries``), records judged into observation rows (``cube_observations``), the Turtle
of the structure and code lists (``cube_structure``) and of terms (``cube_turtle``). This
module writes the file in order: prefixes, vocabulary, each data set and its observations,
code lists, then the citations and graph nodes the observations name.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from typing import IO, TYPE_CHECKING

from govkg.exports import cube_turtle as ttl
from govkg.exports.cube_observations import Observations
from govkg.exports.cube_queries import CITATIONS, NODES, select
from govkg.exports.cube_structure import code_lists, dataset, vocabulary
from govkg.exports.cube_vocabulary import CUBE, DATASETS, PREFIXES, QB

if TYPE_CHECKING:
    from govkg.answers.kg import KnowledgeGraph
    from govkg.exports.selection import Subset

__all__ = ["CUBE", "QB", "write"]  # CUBE, QB: cube_vocabulary's, for the tests' ASK queries


def _statements(kg: KnowledgeGraph, subset: Subset) -> Iterator[str]:
    """The Turtle of one export, statement by statement."""
    observed = Observations(kg, subset)
    yield "".join(f"@prefix {p}: <{n}> .\n" for p, n in PREFIXES.items())
    citations: dict[str, list[str]] = defaultdict(list)
    quotes: dict[str, tuple[str, ...]] = {}
    for item, citation, *quoted in select(kg, CITATIONS):
        citations[item.value].append(str(citation))
        quotes[str(citation)] = tuple(str(term) for term in quoted)
    made = {
        "funding-lines": observed.lines(citations),
        "money-figures": observed.figures(citations),
        "indicators": observed.indicators(citations),
    }
    yield from vocabulary(observed)
    for shape in DATASETS:
        rows, left_out = made[shape.name]
        yield from dataset(observed, shape, rows, left_out)
        yield from _observations(observed.own(f"dataset/{shape.name}"), rows)
    yield from code_lists(observed)
    cited = {c for rows, _ in made.values() for _, values in rows for c in values["citation"]}
    yield from _citations({c: quotes[c] for c in sorted(cited)})
    yield from _nodes(kg, observed.named)


def _observations(data_set: str, rows: list) -> Iterator[str]:
    """Each observation normalised: its data set, every dimension, measure and attribute."""
    for obs, values in sorted(rows, key=lambda row: row[0]):
        yield ttl.block(
            obs,
            [
                ("a", ["qb:Observation"]),
                ("qb:dataSet", [data_set]),
                *(
                    (name if ":" in name else f"cube:{name}", terms)
                    for name, terms in values.items()
                ),
            ],
        )


def _citations(quotes: dict[str, tuple[str, ...]]) -> Iterator[str]:
    """Each citation as the graph mints it: its report, exact quote and offsets."""
    for citation, (source, selector, exact, position, start, end) in quotes.items():
        yield ttl.block(
            citation,
            [
                ("a", ["govkg:Citation", "oa:SpecificResource"]),
                ("oa:hasSource", [source]),
                ("oa:hasSelector", [selector, position]),
            ],
        )
        yield ttl.block(selector, [("a", ["oa:TextQuoteSelector"]), ("oa:exact", [exact])])
        yield ttl.block(
            position,
            [
                ("a", ["oa:TextPositionSelector"]),
                ("oa:start", [start]),
                ("oa:end", [end]),
            ],
        )


def _nodes(kg: KnowledgeGraph, named: set[str]) -> Iterator[str]:
    """The class and labels of every unit, report, line, figure and indicator named."""
    about: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    for node, cls, label in select(kg, NODES):
        if node.value in named:
            about[str(node)]["a"].append(str(cls))
            if label is not None:
                about[str(node)]["rdfs:label"].append(str(label))
    for subject in sorted(about):
        yield ttl.block(subject, [(p, sorted(set(o))) for p, o in about[subject].items()])


def write(kg: KnowledgeGraph, subset: Subset, out: IO[bytes]) -> None:
    """The cube of the selection as Turtle, written to ``out`` as it is made: of the whole
    graph by default; of a focus, the observations of the chosen reports, lines and
    indicators, and the money figures of the chosen lines."""
    pending: list[str] = []
    for statement in _statements(kg, subset):
        pending.append(statement)
        if len(pending) >= 512:
            out.write("".join(pending).encode("utf-8"))
            pending.clear()
    out.write("".join(pending).encode("utf-8"))
