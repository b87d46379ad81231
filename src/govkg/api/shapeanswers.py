"""Answers kept by a text's shape, so a new text that only renames its aliases is not executed.

A portal that builds its query per request (``f123: feeds(…)``, a new alias each time)
sends a text no cache of exact texts has seen, yet asks exactly what an earlier text asked.
Two valid texts of one shape (``api/shapes.py``) with the same literals, variables and
operation are one document but for their aliases, so on one graph version their answers
are one answer but for the response keys the aliases name. The shape numbers a text's
distinct aliases in order (``~a0``, ``~a1``, …), so the n-th alias of one text stands where
the n-th of the other does; and where an alias is also a name in the text (a field's,
``__typename``), the key holds the aliases themselves, so both texts have the same ones.
Otherwise no alias is any field's name, so in an answer (whose only scalar, Decimal, is a
string) a key equal to an alias is that alias's response key and nothing else: renaming
every such key to the other text's alias gives the other text's answer.

Only answers without errors are kept (an error's locations are the text's own), encoded,
so that no kept answer is objects for the cyclic collector to walk.
"""

from __future__ import annotations

from typing import Any

import orjson

from govkg.api.documentcache import Prepared
from govkg.core.lru import LockedLRU

__all__ = ["ShapeAnswers"]

LARGEST = 64 * 1024
"""Bytes; a larger answer is executed again (its renaming would cost what executing does)."""


class ShapeAnswers:
    """At most ``entries`` encoded answers, ``total`` bytes together, least recent out."""

    def __init__(self, entries: int, total: int = 4 * 1024 * 1024) -> None:
        self._kept: LockedLRU[tuple[tuple[str, ...], bytes]] = LockedLRU(
            entries=entries, total=total, largest=LARGEST, size=lambda kept: len(kept[1])
        )

    def key(
        self, version: object, ready: Prepared, variables: Any, operation: Any
    ) -> tuple | None:
        """What an answer to ``ready``'s text is kept under: its shape, literals, variables
        and operation on ``version``; None when the request cannot be keyed."""
        shape = ready.shape
        if shape is None:
            return None
        try:
            given = orjson.dumps(variables, option=orjson.OPT_SORT_KEYS)
        except TypeError:  # not JSON (a Python caller's own objects): answered, not kept
            return None
        literals = tuple((kind.value, value) for kind, value, _ in shape.literals)
        return (version, shape.key, literals, operation, given)

    def get(self, key: tuple, ready: Prepared) -> dict[str, Any] | None:
        """The answer kept under ``key``, with the aliases of ``ready``'s text; None when
        none is kept."""
        kept = self._kept.get(key)
        if kept is None:
            return None
        aliases, encoded = kept
        answer = orjson.loads(encoded)
        pairs = zip(aliases, ready.shape.aliases, strict=True)  # one shape: as many
        renamed = {old: new for old, new in pairs if old != new}
        if renamed:  # only below "data": an alias may be called "data" too
            answer["data"] = _renamed(answer["data"], renamed)
        return answer

    def put(self, key: tuple, ready: Prepared, answer: dict) -> None:
        """Keep ``answer``, the whole answer to ``ready``'s text, if it has no errors."""
        if not answer.get("errors"):
            self._kept.put(key, (ready.shape.aliases, orjson.dumps(answer)))


def _renamed(value: Any, names: dict[str, str]) -> Any:
    if isinstance(value, dict):
        return {names.get(key, key): _renamed(item, names) for key, item in value.items()}
    if isinstance(value, list):
        return [_renamed(item, names) for item in value]
    return value
