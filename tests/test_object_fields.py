"""Objects read in place (``api/objectfields``) answer exactly as graphql-core's own
execution: the same data, errors, messages, paths and locations, on the real seed over
generated documents, and on a small schema of every case read in place or handed back."""

from __future__ import annotations

import asyncio

import pytest
import strawberry
from graphql import execute, parse
from graphql.execution.incremental import IncrementalExecutor
from hypothesis import HealthCheck, given, settings
from hypothesis_graphql import from_schema

import govkg
from govkg.api import execute as executing
from govkg.api.objectfields import ObjectFieldExecution

FUZZ = settings(
    max_examples=120,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=list(HealthCheck),
)
EXECUTORS = (ObjectFieldExecution, executing.Execution)


def answers(schema, query: str, context=None) -> list[dict]:
    """The formatted result of ``query`` by graphql-core's executor, then by ours."""
    document = parse(query)
    found = []
    for executor in (IncrementalExecutor, *EXECUTORS):
        result = execute(schema, document, context_value=context, executor_class=executor)
        if asyncio.iscoroutine(result):
            result = asyncio.run(result)
        found.append(result.formatted)  # type: ignore[union-attr]
    return found


@pytest.fixture(scope="module")
def kg():
    return govkg.open()


@given(query=from_schema(str(executing.schema)))
@FUZZ
def test_generated_documents_answer_alike_on_the_real_seed(kg, query):
    theirs, *ours = answers(executing.schema._schema, query, executing.context_for(kg))
    assert all(answer == theirs for answer in ours), query


def test_the_feeds_answer_reads_its_objects_in_place(kg):
    query = """{ feeds(platform: "一网统管") { nodes { unit { name } via { name }
      cost { amount { amount currency } basis } } } }"""
    ObjectFieldExecution._object_plans.clear()
    theirs, *ours = answers(executing.schema._schema, query, executing.context_for(kg))
    assert all(answer == theirs for answer in ours)
    assert theirs["data"]["feeds"]["nodes"]
    plans = ObjectFieldExecution._object_plans.items()
    read = {f"{t.name}.{name}" for (t, name), plan in plans if plan}
    assert {"Feed.unit", "Feed.cost", "Cost.amount"} <= read
    assert not read & {"Query.feeds", "FeedConnection.nodes", "Feed.via"}  # args, list, abstract


@strawberry.type
class Inner:
    name: str
    nickname: str | None

    @strawberry.field
    def fails(self) -> str:
        raise RuntimeError("inner failed")

    @strawberry.field
    def maybe(self) -> str | None:
        raise RuntimeError("maybe failed")

    @strawberry.field
    async def later(self) -> str:
        return self.name

    @strawberry.field
    async def later_fails(self) -> str:
        raise RuntimeError("later failed")


@strawberry.interface
class Named:
    name: str


@strawberry.type
class Tagged(Named):  # an interface's implementer: strawberry gives it an is_type_of
    tag: str


@strawberry.type
class Thing:
    inner: Inner
    optional: Inner | None
    tagged: Tagged
    maybe_tagged: Tagged | None


class Impostor:
    """Answered as a Thing: its inner raises, its optional is an exception, its tagged is
    not a Tagged, its maybe_tagged is a Tagged."""

    optional = RuntimeError("an exception as the value")
    tagged = Inner(name="not tagged", nickname=None)
    maybe_tagged = Tagged(name="t", tag="x")

    @property
    def inner(self) -> Inner:
        raise RuntimeError("no inner")


@strawberry.type
class Query:
    @strawberry.field
    def things(self) -> list[Thing | None]:  # a failing item nulls itself only
        inner = Inner(name="a", nickname=None)
        tagged = Tagged(name="b", tag="c")
        good = Thing(inner=inner, optional=inner, tagged=tagged, maybe_tagged=None)
        bad = Thing(inner=None, optional=None, tagged=tagged, maybe_tagged=tagged)  # type: ignore[arg-type]
        return [good, bad, Impostor()]  # type: ignore[list-item]

    @strawberry.field
    def thing(self) -> Thing | None:
        return Thing(
            inner=Inner(name="d", nickname="e"),
            optional=None,
            tagged=Tagged(name="f", tag="g"),
            maybe_tagged=Inner(name="h", nickname=None),  # type: ignore[arg-type]
        )


SMALL = strawberry.Schema(query=Query)


@pytest.mark.parametrize(
    "query",
    [
        "{ things { inner { name nickname } optional { name } } }",
        "{ things { tagged { name tag } maybeTagged { tag } } }",
        "{ thing { inner { name } tagged { tag } maybeTagged { name } } }",
        "{ thing { inner { fails } } }",  # a non-null error inside: the field's parent nulls
        "{ thing { optional { fails } inner { maybe } } }",
        "{ things { optional { nickname } } }",  # an exception as the value
        "{ thing { a: inner { name } b: inner { nickname } } }",
        "{ thing { inner { later } } }",  # an awaitable completion
        "{ thing { inner { laterFails } optional { name } } }",
        "{ things { __typename inner { __typename name } } }",
    ],
)
def test_every_case_read_in_place_or_handed_back_answers_as_graphql_core(query):
    theirs, *ours = answers(SMALL._schema, query)
    assert all(answer == theirs for answer in ours), (theirs, ours)
