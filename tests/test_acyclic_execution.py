"""An answer leaves nothing for the cyclic collector (``api/acyclic.py``): a request's
document, fields and context are freed by reference counting when its answer is made."""

from __future__ import annotations

import asyncio
import gc

import pytest
import strawberry
from graphql import execute as graphql_execute
from graphql import parse

import govkg
from govkg.api.acyclic import Acyclic
from govkg.api.execute import execute

FEEDS = """query Feeds($platform: String!) {
  feeds(platform: $platform) { totalCount nodes { unit { name } via { name }
    cost { amount { amount currency } basis } } }
}"""


@pytest.fixture(scope="module")
def kg():
    return govkg.open()


def test_new_texts_leave_no_cyclic_garbage(kg):
    texts = [FEEDS.replace("feeds(", f"f{n}: feeds(", 1) for n in range(40)]
    found = []
    enabled = gc.isenabled()
    try:
        for batch in (texts[:20], texts[20:]):  # the first: shapes, templates, records read
            gc.collect()
            gc.disable()
            answers = [execute(kg, text, {"platform": "一网统管"}) for text in batch]
            found.append(gc.collect())
    finally:
        if enabled:
            gc.enable()
    assert found[-1] == 0
    assert all(not answer.get("errors") and answer["data"] for answer in answers)


@strawberry.type
class Query:
    @strawberry.field
    async def later(self) -> str:
        await asyncio.sleep(0)
        return "done"

    @strawberry.field
    def now(self) -> str:
        return "here"


def test_an_operation_still_running_keeps_its_helpers():
    schema = strawberry.Schema(query=Query)._schema
    result = graphql_execute(schema, parse("{ later now }"), executor_class=Acyclic)
    assert asyncio.run(result).data == {"later": "done", "now": "here"}  # type: ignore[arg-type]
    sync = graphql_execute(schema, parse("{ now }"), executor_class=Acyclic)
    assert sync.data == {"now": "here"}  # type: ignore[union-attr]
