"""Synthetic graphs: deterministic, the seed's shape, loadable with --data."""

from __future__ import annotations

from decimal import Decimal

from conftest import ask
from govkg.answers.kg import open_graph
from govkg.cli import main
from govkg.graph.shapes import shacl_problems


def test_same_seed_value_same_bytes(tmp_path):
    a, b, c = tmp_path / "a.nt", tmp_path / "b.nt", tmp_path / "c.nt"
    assert main(["synth", "--triples", "3000", "-o", str(a)]) == 0
    assert main(["synth", "--triples", "3000", "-o", str(b)]) == 0
    assert main(["synth", "--triples", "3000", "-o", str(c), "--seed-value", "1"]) == 0
    assert a.read_bytes() == b.read_bytes()
    assert a.read_bytes() != c.read_bytes()
    assert len(a.read_text(encoding="utf-8").splitlines()) >= 3000


def test_a_synthetic_graph_has_the_seed_shape_and_conforms(tmp_path):
    path = tmp_path / "synth.nt"
    main(["synth", "--triples", "12000", "-o", str(path)])
    kg = open_graph(path)
    assert shacl_problems(kg.graph) == []
    feeds = ask(
        kg,
        "{ feeds(first: 100) { totalCount nodes { unit { name } via { name } "
        "cost { amount { amount } basis } sources { quote } } } }",
    )["feeds"]
    assert feeds["totalCount"] > 10
    costed = [f for f in feeds["nodes"] if f["cost"]]
    assert costed
    assert {f["cost"]["basis"] for f in costed} == {"ALLOCATED"}
    lines = ask(kg, "{ fundingLines(year: 2022) { nodes { amount { amount basis } } } }")
    in_wan = [Decimal(n["amount"]["amount"]) / 10000 for n in lines["fundingLines"]["nodes"]]
    assert any(a != a.to_integral_value() for a in in_wan)  # 1234.56万元, as reports write
    assert {n["amount"]["basis"] for n in lines["fundingLines"]["nodes"]} == {"STATED", "DERIVED"}
    indicators = ask(kg, "{ indicators(first: 100) { nodes { qualifier asWritten } } }")
    assert any(n["qualifier"] == "余" for n in indicators["indicators"]["nodes"])
