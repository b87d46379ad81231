"""The Turtle of the cube's structure: the component properties, each data set with its
data structure definition, and the code lists (kinds of money, units of measure, the
hierarchy of funding lines, cost bases).

Apart from the observations because it states the vocabulary's tables
(``exports/cube_vocabulary.py``); only the code lists depend on what was observed.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from itertools import pairwise
from typing import TYPE_CHECKING

from govkg.core.records import MONEY_KINDS
from govkg.exports import cube_turtle as ttl
from govkg.exports.cube_vocabulary import (
    BASES,
    CODED,
    COMPONENTS,
    CUBE,
    KIND_ZH,
    LEFT_OUT,
    UNIT_MEASURE,
    Shape,
)

if TYPE_CHECKING:
    from govkg.exports.cube_observations import Observations

__all__ = ["code_lists", "dataset", "line_hierarchy", "vocabulary"]


def vocabulary(observed: Observations) -> Iterator[str]:
    """govkg's component properties, and ``cube:leftOut``, as the file defines them."""
    for name, c in COMPONENTS.items():
        yield ttl.block(
            f"cube:{name}",
            [
                (
                    "a",
                    ["rdf:Property", c.role, *(["qb:CodedProperty"] if name in CODED else [])],
                ),
                ("rdfs:label", [ttl.text(c.label, "en"), ttl.text(c.label_zh, "zh")]),
                ("rdfs:comment", [ttl.text(c.comment, "en")]),
                ("rdfs:range", [c.range]),
                ("rdfs:subPropertyOf", [c.parent] if c.parent else []),
                ("qb:codeList", [observed.own(f"code/{CODED[name]}")] if name in CODED else []),
                ("rdfs:isDefinedBy", [f"<{CUBE[:-1]}>"]),
            ],
        )
    yield ttl.block(UNIT_MEASURE, [("a", ["rdf:Property", "qb:AttributeProperty"])])
    yield ttl.block(
        "cube:leftOut",
        [
            ("a", ["rdf:Property"]),
            ("rdfs:label", [ttl.text("left out", "en")]),
            ("rdfs:comment", [ttl.text(LEFT_OUT, "en")]),
            ("rdfs:isDefinedBy", [f"<{CUBE[:-1]}>"]),
        ],
    )


def dataset(observed: Observations, shape: Shape, rows: list, left_out: list) -> Iterator[str]:
    """One data set, what it holds and leaves out, and its structure (the observations
    follow it)."""
    data_set, structure = (
        observed.own(f"dataset/{shape.name}"),
        observed.own(f"structure/{shape.name}"),
    )
    comment = f"{shape.comment} {len(rows)} observations."
    reasons: dict[str, int] = defaultdict(int)
    for _, why in left_out:
        reasons[why] += 1
    if reasons:
        listed = "; ".join(f"{why}: {n}" for why, n in sorted(reasons.items()))
        comment += f" Left out (cube:leftOut): {listed}."
    yield ttl.block(
        data_set,
        [
            ("a", ["qb:DataSet"]),
            ("qb:structure", [structure]),
            ("rdfs:label", [ttl.text(shape.label, "en"), ttl.text(shape.label_zh, "zh")]),
            ("rdfs:comment", [ttl.text(comment, "en")]),
            ("cube:leftOut", sorted({item for item, _ in left_out})),
        ],
    )
    parts = [("qb:dimension", name, None) for name in shape.dimensions]
    parts.append(("qb:measure", shape.measure, None))
    parts += [("qb:attribute", name, required) for name, required in shape.attributes]
    specs = [f"<{structure[1:-1]}#{name.rpartition(':')[2]}>" for _, name, _ in parts]
    yield ttl.block(
        structure,
        [
            ("a", ["qb:DataStructureDefinition"]),
            ("rdfs:label", [ttl.text(shape.label, "en")]),
            ("qb:component", specs),
        ],
    )
    for order, (spec, (role, name, required)) in enumerate(zip(specs, parts, strict=True), 1):
        prop = name if ":" in name else f"cube:{name}"
        yield ttl.block(
            spec,
            [
                ("a", ["qb:ComponentSpecification"]),
                (role, [prop]),
                ("qb:componentProperty", [prop]),
                ("qb:order", [str(order)]),
                ("qb:componentRequired", [] if required is None else [str(required).lower()]),
            ],
        )


def code_lists(observed: Observations) -> Iterator[str]:
    """The concepts the observations use: kinds of money, units of measure, funding lines
    (their hierarchy) and cost bases."""
    kinds = observed.own("code/money-kind")
    codes = [observed.kind(kind) for kind in MONEY_KINDS]
    yield ttl.block(
        kinds,
        [
            ("a", ["skos:ConceptScheme"]),
            ("skos:hasTopConcept", codes),
            ("rdfs:label", [ttl.text("kinds of money", "en"), ttl.text("金额类别", "zh")]),
        ],
    )
    for kind, code in zip(MONEY_KINDS, codes, strict=True):
        yield ttl.block(
            code,
            [
                ("a", ["skos:Concept"]),
                ("skos:inScheme", [kinds]),
                ("skos:topConceptOf", [kinds]),
                ("skos:notation", [ttl.text(kind)]),
                (
                    "skos:prefLabel",
                    [ttl.text(kind.replace("-", " "), "en"), ttl.text(KIND_ZH[kind], "zh")],
                ),
            ],
        )
    measures = observed.own("code/unit-of-measure")
    yield ttl.block(
        measures,
        [
            ("a", ["skos:ConceptScheme"]),
            ("rdfs:label", [ttl.text("units of measure, as the reports write them", "en")]),
        ],
    )
    for concept, written in sorted(observed.units.items()):
        money = [ttl.text("yuan", "en")] if written == "元" else []
        yield ttl.block(
            concept,
            [
                ("a", ["skos:Concept"]),
                ("skos:inScheme", [measures]),
                ("skos:notation", [ttl.text("CNY" if money else written)]),
                ("skos:prefLabel", [ttl.text(written, "zh"), *money]),
            ],
        )
    yield from line_hierarchy(observed)
    for basis, (english, chinese) in BASES.items():
        yield ttl.block(
            basis,
            [
                ("a", ["govkg:CostBasis"]),
                ("rdfs:label", [ttl.text(english, "en"), ttl.text(chinese, "zh")]),
            ],
        )


def line_hierarchy(observed: Observations) -> Iterator[str]:
    """The funding lines as a qb:HierarchicalCodeList: down from its roots along the
    inverse of govkg:parentLine, every line observed is reached (IC-21)."""
    links, roots = set(), set()
    for line in observed.coded:
        chain = [line]
        while observed.parents.get(chain[-1]) in observed.all_lines:
            if observed.parents[chain[-1]] in chain:  # a cycle: the graph is not valid
                break
            chain.append(observed.parents[chain[-1]])
        links.update(pairwise(chain))
        roots.add(chain[-1])
    observed.named.update(roots)
    yield ttl.block(
        observed.own("code/funding-line"),
        [
            ("a", ["qb:HierarchicalCodeList"]),
            ("rdfs:label", [ttl.text("funding lines", "en")]),
            ("qb:parentChildProperty", ["[ owl:inverseOf govkg:parentLine ]"]),
            ("qb:hierarchyRoot", sorted(f"<{root}>" for root in roots)),
        ],
    )
    for line, parent in sorted(links):
        observed.named.add(parent)
        yield f"<{line}> govkg:parentLine <{parent}> .\n"
