"""Run the SHACL shapes of ``ontology/`` over a built graph, problems pointed at the seed."""

from __future__ import annotations

from pathlib import Path

from pyshacl import validate
from rdflib import Graph, Namespace
from rdflib.namespace import RDF

from govkg.catalog import node_id
from govkg.errors import Problem
from govkg.packagedata import package_data

__all__ = ["ontology_dir", "shacl_problems", "shape_problems"]

SH = Namespace("http://www.w3.org/ns/shacl#")


def ontology_dir() -> Path:
    """The Turtle vocabulary and shapes: the repository's ``ontology/`` or the installed copy."""
    return package_data("ontology", "shapes.ttl")


def shacl_problems(graph: Graph, origins: dict[str, tuple[str, int]] | None = None) -> list[str]:
    """One line per SHACL violation: ``file:line: field '<path>': message (node)``."""
    return [str(problem) for problem in shape_problems(graph, origins)]


def shape_problems(
    graph: Graph, origins: dict[str, tuple[str, int]] | None = None
) -> list[Problem]:
    """Each SHACL violation, placed at the seed record (``origins``) of its focus node."""
    folder = ontology_dir()
    shapes = Graph().parse(folder / "shapes.ttl", format="turtle")
    ontology = Graph().parse(folder / "govkg.ttl", format="turtle")
    conforms, report, _ = validate(
        graph, shacl_graph=shapes, ont_graph=ontology, inference="none", allow_warnings=True
    )
    if conforms:
        return []
    origins = origins or {}
    problems = []
    for result in report.subjects(RDF.type, SH.ValidationResult):
        if report.value(result, SH.resultSeverity) != SH.Violation:
            continue
        focus = report.value(result, SH.focusNode)
        path = report.value(result, SH.resultPath)
        message = report.value(result, SH.resultMessage) or "violates a shape"
        slug = node_id(str(focus).split("#")[0]).split("/", 1)[-1]
        file, line = origins.get(slug, ("(graph)", 0))
        field = str(path).rsplit("#", 1)[-1].rsplit("/", 1)[-1] if path is not None else "(node)"
        problems.append(Problem(file=file, line=line, field=field, message=f"{message} ({focus})"))
    return sorted(problems, key=str)
