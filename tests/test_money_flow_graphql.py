"""Unit.moneyFlow: the Sankey's flows as a query, each STATED or ALLOCATED, adding up."""

from __future__ import annotations

from collections import defaultdict
from decimal import Decimal

from graphql import execute, parse

from conftest import ask
from govkg.api.base import MAX_OBJECTS
from govkg.api.execute import context_for, schema

FLOW = """{ unit(name: "益阳市智慧城市和大数据中心") { moneyFlow(year: 2023) {
  year document { id }
  nodes { id kind name column amount { amount basis } node { id } }
  flows { source target amount { amount basis method } lines { name } } } } }"""


def test_the_flows_add_up_and_say_how_they_were_obtained(kg):
    (flow,) = ask(kg, FLOW)["unit"]["moneyFlow"]
    assert flow["year"] == 2023
    assert flow["document"] == {"id": "document/yiyang-bdc-2023"}
    nodes = {n["id"]: n for n in flow["nodes"]}
    into, out = defaultdict(Decimal), defaultdict(Decimal)
    for step in flow["flows"]:
        amount = Decimal(step["amount"]["amount"])
        into[step["target"]] += amount
        out[step["source"]] += amount
        assert step["amount"]["basis"] in ("STATED", "ALLOCATED")
        assert step["lines"]
    for node_id, node in nodes.items():
        amount = Decimal(node["amount"]["amount"])
        if node["column"] == 0:
            assert out[node_id] in (Decimal(0), amount), node["name"]  # all of it, or none
        else:
            assert into[node_id] == amount, node["name"]
            if node["column"] < 3 and out[node_id]:
                assert out[node_id] == amount, node["name"]
    upgrade = next(
        s for s in flow["flows"]
        if s["source"] == "funding-line/bdc-2023-tisheng-gongcheng-jingfei"
    )
    assert upgrade["amount"]["amount"] == "13221400.00"
    assert upgrade["amount"]["basis"] == "STATED"
    assert any(s["amount"]["basis"] == "ALLOCATED" for s in flow["flows"])
    brain = nodes["funding-line/bdc-2023-zhihui-danao-zhengwu-fuwu-fei"]
    assert out[brain["id"]] == 0  # it funds nothing the report states: no flow is invented


def test_the_stops_and_flows_count_against_the_request_budget(kg):
    context = context_for(kg)
    result = execute(schema._schema, parse(FLOW), context_value=context)
    assert result.errors is None
    (flow,) = result.data["unit"]["moneyFlow"]
    lines = sum(len(step["lines"]) for step in flow["flows"])
    expected = 1 + len(flow["nodes"]) + len(flow["flows"]) + lines
    assert MAX_OBJECTS - context["budget"].left == expected
