"""The printed GraphQL schema is pinned: a rename of a contract name fails here first."""

from __future__ import annotations

from pathlib import Path

from govkg.api.execute import schema

PINNED = Path(__file__).with_name("schema.graphql")

CONTRACT = [
    "interface Node",
    "type Citation",
    "type Money",
    "type Cost",
    "enum CostBasis",
    "type Feed",
    "node(id: ID!): Node",
    "unit(name: String!): Unit",
    "platform(name: String!): Platform",
    "fundingLine(name: String!): FundingLine",
    "): [Finding!]!",  # findings, with optional filters added after the contract
    "documents: [Document!]!",
]


def test_schema_matches_the_pinned_sdl():
    assert schema.as_str().strip() == PINNED.read_text(encoding="utf-8").strip(), (
        "the GraphQL schema changed: if on purpose, regenerate tests/schema.graphql with "
        "`python -c 'from govkg.api.execute import schema; print(schema)' > tests/schema.graphql`"
    )


def test_contract_names_are_present():
    sdl = schema.as_str()
    for name in CONTRACT:
        assert name in sdl
