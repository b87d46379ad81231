"""Run the SHACL shapes of ``ontology/`` over a built graph, problems pointed at the seed."""

from __future__ import annotations

from collections.abc import Collection
from functools import cache
from pathlib import Path

from pyshacl import validate
from rdflib import Graph, Namespace
from rdflib.namespace import RDF
from rdflib.term import Node

from govkg.core.errors import Problem
from govkg.core.packagedata import package_data
from govkg.graph.catalog import node_id

__all__ = [
    "ontology_dir",
    "ontology_graph",
    "shacl_problems",
    "shape_problems",
    "shapes_graph",
    "violations",
]

SH = Namespace("http://www.w3.org/ns/shacl#")


def ontology_dir() -> Path:
    """The Turtle vocabulary and shapes: the repository's ``ontology/`` or the installed copy."""
    return package_data("ontology", "shapes.ttl")


def shapes_graph() -> Graph:
    """The shapes, parsed afresh (pyshacl may annotate the graph it is given)."""
    return _parsed("shapes.ttl", _mtime("shapes.ttl"))


def ontology_graph() -> Graph:
    """The vocabulary, mixed into the data by pyshacl (its rdfs:subClassOf serve sh:class)."""
    return _parsed("govkg.ttl", _mtime("govkg.ttl"))


def _mtime(name: str) -> int:
    return (ontology_dir() / name).stat().st_mtime_ns


@cache
def _text(name: str, _mtime_ns: int) -> bytes:
    return (ontology_dir() / name).read_bytes()


def _parsed(name: str, mtime_ns: int) -> Graph:
    return Graph().parse(data=_text(name, mtime_ns).decode("utf-8"), format="turtle")


def shacl_problems(graph: Graph, origins: dict[str, tuple[str, int]] | None = None) -> list[str]:
    """One line per SHACL violation: ``file:line: field '<path>': message (node)``."""
    return [str(problem) for problem in shape_problems(graph, origins)]


def shape_problems(
    graph: Graph, origins: dict[str, tuple[str, int]] | None = None
) -> list[Problem]:
    """Each SHACL violation, placed at the seed record (``origins``) of its focus node."""
    return sorted((problem for _, problem in violations(graph, origins)), key=str)


def violations(
    graph: Graph,
    origins: dict[str, tuple[str, int]] | None = None,
    foci: Collection[Node] | None = None,
) -> list[tuple[Node, Problem]]:
    """Each violation pyshacl finds in ``graph`` (of the focus nodes in ``foci``, if given)
    with its focus node: the one place pyshacl runs and its report becomes problems."""
    conforms, report, _ = validate(
        graph,
        shacl_graph=shapes_graph(),
        ont_graph=ontology_graph(),
        inference="none",
        allow_warnings=True,
    )
    if conforms:
        return []
    origins = origins or {}
    problems = []
    for result in report.subjects(RDF.type, SH.ValidationResult):
        if report.value(result, SH.resultSeverity) != SH.Violation:
            continue
        focus = report.value(result, SH.focusNode)
        if foci is not None and focus not in foci:
            continue
        path = report.value(result, SH.resultPath)
        message = report.value(result, SH.resultMessage) or "violates a shape"
        slug = node_id(str(focus).split("#")[0]).split("/", 1)[-1]
        file, line = origins.get(slug, ("(graph)", 0))
        field = str(path).rsplit("#", 1)[-1].rsplit("/", 1)[-1] if path is not None else "(node)"
        problem = Problem(file=file, line=line, field=field, message=f"{message} ({focus})")
        problems.append((focus, problem))
    return problems
