"""Leaves read in place (``api/leaves``) answer exactly as graphql-core's own execution:
the same data, errors, messages, paths and locations, on the real seed over generated
documents, and on a small schema of every case the quick read hands back."""

from __future__ import annotations

import enum
from decimal import Decimal
from typing import NewType

import pytest
import strawberry
from graphql import execute, parse
from graphql.execution.incremental import IncrementalExecutor
from hypothesis import HealthCheck, given, settings
from hypothesis_graphql import from_schema

import govkg
from govkg.api import execute as executing
from govkg.api.leaves import LeafExecution

FUZZ = settings(
    max_examples=120,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=list(HealthCheck),
)


def both(schema, query: str, context=None) -> tuple[dict, dict]:
    """The formatted result of ``query`` by graphql-core's executor and by ours."""
    document = parse(query)
    answers = []
    for executor in (IncrementalExecutor, LeafExecution):
        result = execute(schema, document, context_value=context, executor_class=executor)
        answers.append(result.formatted)
    return answers[0], answers[1]


@pytest.fixture(scope="module")
def kg():
    return govkg.open()


@given(query=from_schema(str(executing.schema)))
@FUZZ
def test_generated_documents_answer_alike_on_the_real_seed(kg, query):
    theirs, ours = both(executing.schema._schema, query, executing.context_for(kg))
    assert ours == theirs, query


def test_the_feeds_answer_reads_its_leaves_in_place(kg):
    query = """{ feeds(platform: "一网统管") { nodes { id unit { name kind } via { name }
      cost { amount { amount currency } basis method } sources { quote start end } } } }"""
    LeafExecution._plans.clear()
    theirs, ours = both(executing.schema._schema, query, executing.context_for(kg))
    assert ours == theirs
    assert ours["data"]["feeds"]["nodes"]
    read = {f"{t.name}.{name}" for (t, name), plan in LeafExecution._plans.items() if plan}
    assert {"Citation.quote", "Money.amount", "Money.currency", "Unit.kind"} <= read
    assert "Query.feeds" not in read
    assert "Unit.aliases" not in read


class Colour(enum.Enum):
    RED = "red"


Odd = strawberry.scalar(
    NewType("Odd", object),
    serialize=lambda value: None if value == "none" else str(value),
    parse_value=str,
)


@strawberry.type
class Thing:
    name: str
    nickname: str | None
    colour: Colour
    amount: Decimal
    odd: Odd  # type: ignore[valid-type]
    tags: list[str]

    @strawberry.field
    def shout(self, times: int = 1) -> str:
        return self.name.upper() * times


class Impostor:
    """Answered as a Thing: its name raises, as a property of a record might."""

    nickname, colour, amount, odd, tags = "i", Colour.RED, Decimal(3), 3, ["y"]

    @property
    def name(self) -> str:
        raise RuntimeError("no name")


@strawberry.type
class Query:
    @strawberry.field
    def things(self) -> list[Thing]:
        good = Thing(
            name="a", nickname=None, colour=Colour.RED, amount=Decimal("1.50"), odd=1, tags=["x"]
        )
        bad = Thing(
            name=None,  # type: ignore[arg-type]
            nickname="n",
            colour="not a colour",  # type: ignore[arg-type]
            amount=Decimal("2"),
            odd="none",
            tags=[],
        )
        return [good, bad, Impostor()]  # type: ignore[list-item]


SMALL = strawberry.Schema(query=Query)


@pytest.mark.parametrize(
    "query",
    [
        "{ things { name nickname colour amount tags shout(times: 2) } }",
        "{ things { name } }",  # null where String! allows none; a raising read
        "{ things { colour } }",  # a value the enum will not serialize
        "{ things { odd } }",  # a scalar serializing to null for a non-null field
        "{ things { a: name b: name nickname } }",
        "{ things { __typename amount } }",
    ],
)
def test_every_case_handed_back_fails_as_graphql_core_fails(query):
    theirs, ours = both(SMALL._schema, query)
    assert ours == theirs
