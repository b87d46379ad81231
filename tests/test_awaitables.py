"""Awaitable or not, decided per type (``api/awaitables.py``): the same answer as
graphql-core's own check for every kind of value a resolver gives."""

from __future__ import annotations

import asyncio
import datetime
import enum
from decimal import Decimal
from unittest.mock import MagicMock

import pytest
import strawberry
from graphql.pyutils import is_awaitable as graphql_is_awaitable

from govkg.api.awaitables import is_awaitable


class Colour(enum.Enum):
    RED = "red"


@strawberry.type
class Thing:
    name: str


class Answers:
    """Looks every attribute up itself, ``__await__`` included."""

    def __getattr__(self, name: str) -> object:
        return name


class Looks:
    def __getattribute__(self, name: str) -> object:
        return name


class Waits:
    def __await__(self):
        yield


async def _coroutine() -> None:
    return None


def _generator():
    yield


@pytest.mark.parametrize(
    "make",
    [
        lambda: None,
        lambda: 1,
        lambda: 1.5,
        lambda: True,
        lambda: "text",
        lambda: Decimal("1.5"),
        lambda: datetime.date(2026, 12, 5),
        lambda: [1],
        lambda: (1,),
        lambda: {"a": 1},
        lambda: Colour.RED,
        lambda: Thing(name="a"),
        lambda: Answers(),
        lambda: Looks(),
        lambda: Waits(),
        lambda: MagicMock(),
        lambda: _generator(),
        lambda: Thing,
    ],
)
def test_the_same_answer_as_graphql_core_twice(make):
    for _ in range(2):  # the first decides the type, the second reads what was kept
        value = make()
        assert is_awaitable(value) == graphql_is_awaitable(value)


def test_coroutines_and_futures_are_awaitable():
    coroutine = _coroutine()
    loop = asyncio.new_event_loop()
    try:
        assert is_awaitable(coroutine)
        assert is_awaitable(loop.create_future())
    finally:
        coroutine.close()
        loop.close()
