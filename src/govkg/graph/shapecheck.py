"""Which subjects might violate the SHACL shapes, found in one pass over a whole seed's
triples with sets and dicts instead of pyshacl per node (minutes on a corpus of 1,000
drafts; this takes seconds).

It decides nothing on its own: it is a sieve. Every constraint of the shapes is read in a
logic of three values (conforms, violates, cannot say), and a subject is a suspect unless
every shape targeting it surely conforms. Where the exact answer rests on something this
module does not mimic (an ill-typed literal, an escaped lexical form, value equality of
typed literals, a datatype rdflib knows and this module does not) the answer is "cannot
say", so the sieve only errs by keeping too many. ``govkg.graph.validity`` then hands the
suspects, and only them, to pyshacl piece by piece (``shapepieces``), whose problem lines
are the ones reported: a seed is refused with exactly the lines the whole-graph check gives.

The shapes are read once (``shapeplan``); what one term's text tells is in ``shapeterms``.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from itertools import chain

from govkg.graph.ntriples import parse_literal
from govkg.graph.shapeplan import PER_FOCUS_NAMES, Plan, Shape, plan_of
from govkg.graph.shapes import SH
from govkg.graph.shapeterms import (
    STRING_LIKE,
    SUBCLASS,
    TYPE,
    XSD_STRING,
    datatype_ok,
    differ,
    kind_ok,
    number,
    single,
)

__all__ = ["Plan", "plan_of", "suspects"]

Sets = tuple[set[str], set[str]]
"""(surely violates, cannot say); every other node surely conforms."""


class _Data:
    """The triples indexed by predicate, then subject (each object once), and the classes
    each class has below it."""

    def __init__(self, triples: Iterable[tuple[str, str, str]]) -> None:
        index: dict[str, dict[str, list[str]]] = {}
        for s, p, o in triples:  # a triple given twice: counted once where counts matter
            by_subject = index.get(p)
            if by_subject is None:
                by_subject = index[p] = {}
            objects = by_subject.get(s)
            if objects is None:
                by_subject[s] = [o]
            else:
                objects.append(o)
        self.index = index
        self.types = index.get(TYPE, {})
        self.members: dict[str, set[str]] = {}
        for s, classes in self.types.items():
            for c in classes:
                self.members.setdefault(c, set()).add(s)
        below: dict[str, set[str]] = {}
        for s, parents in index.get(SUBCLASS, {}).items():
            for parent in parents:
                below.setdefault(parent, set()).add(s)
        self.below = below
        self._down: dict[str, frozenset[str]] = {}
        self._instances: dict[str, set[str]] = {}
        self._present: dict[tuple[str, int], tuple[set[str], set[str], object]] = {}
        self._multi: dict[str, set[str]] = {}

    def down(self, cls: str) -> frozenset[str]:
        """``cls`` and every class below it (rdfs:subClassOf*)."""
        if cls in self._down:
            return self._down[cls]
        seen, todo = {cls}, [cls]
        while todo:
            for child in self.below.get(todo.pop(), ()):
                if child not in seen:
                    seen.add(child)
                    todo.append(child)
        self._down[cls] = frozenset(seen)
        return self._down[cls]

    def instances(self, cls: str) -> set[str]:
        """The nodes typed ``cls`` or a class below it."""
        if cls not in self._instances:
            out: set[str] = set()
            for c in self.down(cls):
                out |= self.members.get(c, set())
            self._instances[cls] = out
        return self._instances[cls]

    def values(self, path: str) -> dict[str, list[str]]:
        return self.index.get(path, {})

    def present(self, path: str, nodes: Collection[str]) -> tuple[set[str], set[str]]:
        """Of ``nodes``, those with a value of ``path``, and all their values (kept for the
        next shape asking about the same nodes: several read one path of one class)."""
        key = (path, id(nodes))
        if key not in self._present:
            by_subject = self.values(path)
            present = by_subject.keys() & nodes
            values = set(chain.from_iterable(map(by_subject.__getitem__, present)))
            self._present[key] = (present, values, nodes)  # nodes kept: their id stays theirs
        return self._present[key][:2]

    def multi(self, path: str) -> set[str]:
        """The subjects with more than one value of ``path``."""
        if path not in self._multi:
            self._multi[path] = {s for s, vs in self.values(path).items() if len(vs) > 1}
        return self._multi[path]


def suspects(plan: Plan, triples: Iterable[tuple[str, str, str]]) -> set[str]:
    """The subjects (N-Triples texts) some Violation of the shapes might fall on."""
    data = _Data([*triples, *plan.ontology])
    found: set[str] = set()
    for shape, classes, subjects_of in plan.tops:
        foci: set[str] = set()
        for cls in classes:
            foci |= data.instances(cls)
        for predicate in subjects_of:
            foci |= data.values(predicate).keys()
        if not foci:
            continue
        if shape.violation:
            bad, unsure = _own(data, shape, foci)
            found |= bad | unsure
        for prop in shape.properties:
            if prop.violation:
                bad, unsure = _evaluate(data, prop, foci)
                found |= bad | unsure
    return found


def _evaluate(data: _Data, shape: Shape, nodes: Collection[str]) -> Sets:
    """Each node's conformance to ``shape`` (its own parameters and its sh:property)."""
    bad, unsure = _own(data, shape, nodes)
    for prop in shape.properties:
        more_bad, more_unsure = _evaluate(data, prop, nodes)
        bad |= more_bad
        unsure |= more_unsure
    return bad, unsure - bad


def _own(data: _Data, shape: Shape, nodes: Collection[str]) -> Sets:
    bad: set[str] = set()
    unsure: set[str] = set()
    if shape.path is None:
        for predicate, param in shape.params:
            b, u = _values(data, predicate, param, nodes)
            bad |= b
            unsure |= u
        return bad, unsure - bad
    by_subject = data.values(shape.path)
    present, value_nodes = data.present(shape.path, nodes)
    for predicate, param in shape.params:
        if predicate == "minCount":
            if param > 0:
                bad |= (nodes if isinstance(nodes, set) else set(nodes)) - present
            if param > 1:
                bad |= {n for n in present if _count(by_subject[n]) < param}
        elif predicate == "maxCount":
            if param == 0:
                bad |= present
            else:
                bad |= {
                    n for n in present & data.multi(shape.path) if _count(by_subject[n]) > param
                }
        elif predicate in PER_FOCUS_NAMES:
            b, u = _per_focus(data, predicate, param, present, by_subject, nodes)
            bad |= b
            unsure |= u
        else:
            b, u = _values(data, predicate, param, value_nodes)
            if b or u:
                for n in present:
                    values = by_subject[n]
                    if any(v in b for v in values):
                        bad.add(n)
                    elif any(v in u for v in values):
                        unsure.add(n)
    return bad, unsure - bad


def _count(values: list[str]) -> int:
    """Distinct values (a triple given twice is one triple)."""
    return len(values) if len(values) < 2 else len(set(values))


def _per_focus(data: _Data, predicate: str, param, present: set[str], by_subject, nodes) -> Sets:
    bad: set[str] = set()
    unsure: set[str] = set()
    if predicate == "hasValue":
        for n in nodes:
            values = by_subject.get(n, ())
            if param in values:
                continue
            if all(differ(v, param) for v in values):
                bad.add(n)
            else:
                unsure.add(n)
    elif predicate == "uniqueLang":
        if param:
            for n in present:
                tags = [parse_literal(v)[1] for v in set(by_subject[n]) if v[0] == '"']
                tags = [t.lower() for t in tags if t]
                if len(tags) != len(set(tags)):
                    bad.add(n)
    elif predicate == "qualifiedValueShape":
        inner, low, high = param
        values = set()
        for n in present:
            values.update(by_subject[n])
        b, u = _evaluate(data, inner, values)
        for n in nodes:
            listed = set(by_subject.get(n, ()))
            sure = sum(1 for v in listed if v not in b and v not in u)
            maybe = sure + sum(1 for v in listed if v in u)
            low_ok = low is None or sure >= low
            high_ok = high is None or maybe <= high
            if low_ok and high_ok:
                continue
            if (low is not None and maybe < low) or (high is not None and sure > high):
                bad.add(n)
            else:
                unsure.add(n)
    else:  # lessThan, lessThanOrEquals, equals, disjoint: against another property
        others = data.values(param)
        for n in nodes:
            mine, theirs = by_subject.get(n, []), others.get(n, [])
            verdict = _pairs(predicate, mine, theirs)
            if verdict is False:
                bad.add(n)
            elif verdict is None:
                unsure.add(n)
    return bad, unsure


def _pairs(predicate: str, mine: list[str], theirs: list[str]) -> bool | None:
    if predicate == "disjoint":
        if set(mine) & set(theirs):
            return False
        return True if all(differ(a, b) for a in mine for b in theirs) else None
    if predicate == "equals":
        if set(mine) == set(theirs):
            return True
        return None
    answer: bool | None = True
    for a in mine:
        for b in theirs:
            x, y = number(a), number(b)
            if x is None or y is None:
                answer = None
                continue
            if not (x < y if predicate == "lessThan" else x <= y):
                return False
    return answer


def _values(data: _Data, predicate: str, param, nodes: Collection[str]) -> Sets:
    """Each value node's conformance to one parameter."""
    if predicate == "class":
        return set(nodes) - data.instances(param), set()
    if predicate == "nodeKind":
        if param == f"<{SH.IRI}>":
            return {v for v in nodes if v[0] != "<"}, set()
        return {v for v in nodes if not kind_ok(v, param)}, set()
    if predicate == "datatype":
        bad, unsure = set(), set()
        if param in STRING_LIKE:  # the text after the closing quote says it all
            string = param == XSD_STRING
            typed_string = f"^^<{XSD_STRING}>"
            for v in nodes:
                tail = v[v.rindex('"') + 1 :] if v[0] == '"' else None
                if tail is None or not (
                    (tail == "" or tail == typed_string) if string else tail.startswith("@")
                ):
                    bad.add(v)
            return bad, unsure
        for v in nodes:
            verdict = datatype_ok(v, param)
            if verdict is False:
                bad.add(v)
            elif verdict is None:
                unsure.add(v)
        return bad, unsure
    if predicate == "minLength" and param == 1:  # not empty: an escape is never empty
        return {v for v in nodes if v[0] == "_" or v.startswith('""') or v == "<>"}, set()
    if predicate == "in":
        bad, unsure = set(), set()
        for v in nodes:
            if v in param:
                continue
            if all(differ(v, member) for member in param):
                bad.add(v)
            else:
                unsure.add(v)
        return bad, unsure
    if predicate in ("node", "not"):
        bad, unsure = _evaluate(data, param, nodes)
        if predicate == "node":
            return bad, unsure
        return {v for v in nodes if v not in bad and v not in unsure}, unsure
    if predicate in ("and", "or", "xone"):
        return _logic(data, predicate, param, nodes)
    bad, unsure = set(), set()
    for v in nodes:
        verdict = single(predicate, param, v)
        if verdict is False:
            bad.add(v)
        elif verdict is None:
            unsure.add(v)
    return bad, unsure


def _logic(data: _Data, predicate: str, members: list[Shape], nodes: Collection[str]) -> Sets:
    results = [_evaluate(data, member, nodes) for member in members]
    bad, unsure = set(), set()
    for v in nodes:
        sure = sum(1 for b, u in results if v not in b and v not in u)
        maybe = sum(1 for _, u in results if v in u)
        if predicate == "and":
            whole = len(results)
            verdict = True if sure == whole else (None if sure + maybe == whole else False)
        elif predicate == "or":
            verdict = True if sure else (None if maybe else False)
        else:
            if sure >= 2:
                verdict = False
            elif maybe:
                verdict = None
            else:
                verdict = sure == 1
        if verdict is False:
            bad.add(v)
        elif verdict is None:
            unsure.add(v)
    return bad, unsure
