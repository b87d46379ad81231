"""The SHACL shapes of ``ontology/`` read for the sieve (``govkg.graph.shapecheck``): each
shape's path, severity and parameters, its targets, and the vocabulary's triples as text.
Shapes using anything beyond the SHACL Core components the sieve reads (or a severity
inside a nested shape, ``sh:deactivated``, a property shape's own ``sh:property``…) give no
plan: the caller then hands every subject to pyshacl."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal
from functools import cache

from rdflib import Graph, Literal, URIRef
from rdflib.term import Node

from govkg.graph.ntriples import term_text
from govkg.graph.shapes import SH, ontology_dir, ontology_graph, shapes_graph

__all__ = ["PER_FOCUS_NAMES", "Plan", "Shape", "plan_of", "shapes_plan"]

COUNTS = {SH.minCount, SH.maxCount}
VALUE_PARAMETERS = {
    SH["class"], SH.datatype, SH.nodeKind, SH["in"], SH.pattern, SH.minLength, SH.maxLength,
    SH.minInclusive, SH.maxInclusive, SH.minExclusive, SH.maxExclusive, SH.languageIn,
    SH.node, SH["not"], SH["and"], SH["or"], SH.xone,
}  # fmt: skip
PER_FOCUS = {SH.hasValue, SH.uniqueLang, SH.lessThan, SH.lessThanOrEquals, SH.equals,
             SH.disjoint, SH.qualifiedValueShape}  # fmt: skip
PER_FOCUS_NAMES = {str(p).rsplit("#", 1)[-1] for p in PER_FOCUS}
IGNORED = {SH.message, SH.name, SH.description, SH.order, SH.group, SH.defaultValue,
           SH.severity, SH.flags, SH.qualifiedMinCount, SH.qualifiedMaxCount, SH.path,
           SH.property, SH.targetClass, SH.targetSubjectsOf}  # fmt: skip


class _NoPlan(Exception):
    """The shapes use something this module does not read."""


@dataclass
class Shape:
    """One shape, its parameters as N-Triples texts (or Python values where compared)."""

    path: str | None
    violation: bool
    params: list[tuple[str, object]] = field(default_factory=list)
    properties: list[Shape] = field(default_factory=list)


@dataclass(frozen=True)
class Plan:
    """The top shapes with their targets, and the vocabulary's triples as texts."""

    tops: tuple[tuple[Shape, tuple[str, ...], tuple[str, ...]], ...]
    ontology: tuple[tuple[str, str, str], ...]


def shapes_plan(shapes: Graph, ontology: Graph) -> Plan | None:
    """The shapes read for the sieve, or None if they use what it does not read."""
    made: dict[Node, Shape] = {}
    try:
        tops = []
        for shape in sorted(
            {s for p in (SH.targetClass, SH.targetSubjectsOf) for s in shapes.subjects(p, None)}
        ):
            classes = tuple(term_text(c) for c in shapes.objects(shape, SH.targetClass))
            subjects_of = tuple(term_text(p) for p in shapes.objects(shape, SH.targetSubjectsOf))
            tops.append((_shape(shapes, shape, made, nested=False), classes, subjects_of))
    except _NoPlan:
        return None
    if any(p == SH.deactivated or p == SH.targetNode for p in shapes.predicates()):
        return None
    texts = tuple((term_text(s), term_text(p), term_text(o)) for s, p, o in ontology)
    return Plan(tops=tuple(tops), ontology=texts)


def _shape(shapes: Graph, node: Node, made: dict, *, nested: bool) -> Shape:
    key = (node, nested)
    if key in made:
        if made[key] is None:
            raise _NoPlan  # recursive shapes
        return made[key]
    made[key] = None
    path = shapes.value(node, SH.path)
    if path is not None and not isinstance(path, URIRef):
        raise _NoPlan
    severity = shapes.value(node, SH.severity)
    violation = severity is None or severity == SH.Violation
    if nested and not violation:
        raise _NoPlan
    shape = Shape(path=None if path is None else term_text(path), violation=violation)
    for predicate, value in shapes.predicate_objects(node):
        if predicate == SH.property:
            if path is not None:
                raise _NoPlan  # results would name the value node as focus
            shape.properties.append(_shape(shapes, value, made, nested=nested))
        elif predicate in COUNTS or predicate in PER_FOCUS:
            if path is None:
                raise _NoPlan
            shape.params.append((_name(predicate), _param(shapes, node, predicate, value, made)))
        elif predicate in VALUE_PARAMETERS:
            shape.params.append((_name(predicate), _param(shapes, node, predicate, value, made)))
        elif str(predicate).startswith(str(SH)) and predicate not in IGNORED:
            raise _NoPlan
    if shapes.value(node, SH.qualifiedValueShapesDisjoint) is not None:
        raise _NoPlan
    made[key] = shape
    return shape


def _param(shapes: Graph, node: Node, predicate: URIRef, value: Node, made: dict) -> object:
    if predicate in (SH.node, SH["not"], SH.qualifiedValueShape):
        inner = _shape(shapes, value, made, nested=True)
        if predicate == SH.qualifiedValueShape:
            low = shapes.value(node, SH.qualifiedMinCount)
            high = shapes.value(node, SH.qualifiedMaxCount)
            return inner, _int(low), _int(high)
        return inner
    if predicate in (SH["and"], SH["or"], SH.xone):
        return [_shape(shapes, member, made, nested=True) for member in shapes.items(value)]
    if predicate == SH["in"]:
        return frozenset(term_text(member) for member in shapes.items(value))
    if predicate == SH.languageIn:
        return frozenset(str(member).lower() for member in shapes.items(value))
    if predicate == SH.pattern:
        flags = shapes.value(node, SH.flags)
        bits = 0
        if flags is not None:
            bits |= re.I if "i" in str(flags).lower() else 0
            bits |= re.M if "m" in str(flags).lower() else 0
            if set(str(flags).lower()) - {"i", "m"}:
                raise _NoPlan
        return re.compile(str(value), bits)
    if predicate in (SH.minCount, SH.maxCount, SH.minLength, SH.maxLength):
        return _int(value)
    if predicate in (SH.minInclusive, SH.maxInclusive, SH.minExclusive, SH.maxExclusive):
        if not isinstance(value, Literal) or not isinstance(value.value, (int, Decimal)):
            raise _NoPlan
        return Decimal(value.value)
    if predicate == SH.uniqueLang:
        return value == Literal(True)
    if predicate == SH.datatype:
        return str(value)
    return term_text(value)  # class, nodeKind, hasValue, lessThan, equals, disjoint …


def _name(predicate: URIRef) -> str:
    """A SHACL parameter by its local name (compared as text in the loops below)."""
    return str(predicate).rsplit("#", 1)[-1]


def _int(value: Node | None) -> int | None:
    if value is None:
        return None
    if not isinstance(value, Literal) or not isinstance(value.value, int):
        raise _NoPlan
    return value.value


@cache
def _plan(_shapes_mtime: int, _ontology_mtime: int) -> Plan | None:
    return shapes_plan(shapes_graph(), ontology_graph())


def plan_of() -> Plan | None:
    """The plan of the shapes and vocabulary of ``ontology/`` (read again when they change)."""
    folder = ontology_dir()
    return _plan(
        (folder / "shapes.ttl").stat().st_mtime_ns, (folder / "govkg.ttl").stat().st_mtime_ns
    )
