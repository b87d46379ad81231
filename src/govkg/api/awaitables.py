"""Whether a field's value is awaitable, decided once per type of value.

graphql-core asks this of every field's value and of every completed one (84 times for the
feeds of a platform), each time with two ``isinstance`` checks and a ``hasattr``, in
Python. Python itself awaits a value by its type (``__await__`` looked up on the type, not
the instance), so every value of a plain type (no ``__await__``, not a coroutine or
generator, no ``__getattr__`` or ``__getattribute__`` of its own that might answer the
attribute lookup) is not awaitable; that is kept per type, and any other value is asked
about as graphql-core asks (in process: ~10 µs an answer of the feeds of a platform).
"""

from __future__ import annotations

import datetime
from decimal import Decimal
from types import CoroutineType, GeneratorType
from typing import Any

from graphql.pyutils import is_awaitable as graphql_is_awaitable

__all__ = ["is_awaitable"]

TYPES = 1024
"""Types remembered as plain, at most (a server sees a few dozen)."""
_PLAIN: set[type] = set()
_GENERIC = {object, dict, list, tuple, set, frozenset, str, bytes, int, float, bool, Decimal}
_GENERIC |= {datetime.date, datetime.datetime}
"""Built-in types that list a ``__getattribute__`` of their own: Python's generic lookup."""


def _plain(kind: type) -> bool:
    """No value of ``kind`` can answer ``hasattr(value, "__await__")`` but from its type."""
    if issubclass(kind, CoroutineType | GeneratorType):
        return False
    for base in kind.__mro__:
        own = vars(base)
        if "__await__" in own or "__getattr__" in own:
            return False
        if "__getattribute__" in own and base not in _GENERIC:
            return False
    return True


def is_awaitable(value: Any) -> bool:
    """What ``graphql.pyutils.is_awaitable`` answers, for a plain type without asking."""
    kind = type(value)
    if kind in _PLAIN:
        return False
    if len(_PLAIN) < TYPES and _plain(kind):
        _PLAIN.add(kind)
        return False
    return graphql_is_awaitable(value)
