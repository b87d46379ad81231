"""Parsed and validated GraphQL documents kept by their text, within a budget of characters.

A cached document is thousands of Python objects (tokens, locations, nodes), none of them
frozen out of the cyclic collector, so a full collection walks every one: 512 cached
2,000-token documents made each pause a second long, and every request waits through it.
Kept by characters of text rather than by count, the cache holds hundreds of everyday
queries but never more than a bounded number of objects. And a parsed document's tokens are
a doubly linked chain, a cycle only the full collection frees: unlinked here, the tokens no
location points at go at once, and a document dropped from the cache is freed whole by its
reference count instead of waiting, in the oldest generation, for a full collection.

A document rebuilt from its shape's template (``api/rebuild.py``) costs tens of
microseconds to make again, so its text is kept only when it comes a second time: a client
that sends a new text per request (a new alias each time) then makes no document that
outlives its request, evicts nothing others use, and leaves the collector nothing to promote
(measured in process: 341 → 321 µs per new text of the feeds query).
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass

from graphql import GraphQLError
from graphql.language import DocumentNode

from govkg.api.shapes import Shape

__all__ = ["DocumentCache", "Prepared", "unlink_tokens"]

SEEN_ONCE = 8192
"""Rebuilt texts remembered as seen once (a hash each): a text asked for again within this
many others is kept."""


@dataclass(frozen=True, slots=True)
class Prepared:
    """A text's document (None when it does not parse) and why it is refused (() if not)."""

    document: DocumentNode | None
    errors: tuple[GraphQLError, ...]
    rebuilt: bool = False
    """Built from a known shape's template: cheap to make again, so kept on a second sight."""
    shape: Shape | None = None
    """The text's shape, where every rule accepted it (``api/shapeanswers.py`` keys by it)."""


def unlink_tokens(document: DocumentNode) -> DocumentNode:
    """``document`` with its token chain cut (locations keep their offsets and source,
    which is all an error's locations need); nothing in govkg walks tokens."""
    token = document.loc.start_token if document.loc else None
    while token is not None:
        token.prev, token.next, token = None, None, token.next
    return document


def _drop_tracebacks(error: BaseException) -> None:
    """A kept error without the frames it was raised through: a value rule's error keeps
    the scalar's exception, whose traceback holds the whole validation (thousands of
    visitor objects per refused text, all kept for as long as the refusal is)."""
    seen = 0
    while error is not None and seen < 8:
        error.__traceback__ = None
        error = getattr(error, "original_error", None) or error.__cause__ or error.__context__
        seen += 1


class DocumentCache:
    """``prepare(text)`` per distinct text, least recently used first out, thread-safe
    (the lane's workers and the event loop both ask)."""

    def __init__(
        self, prepare: Callable[[str], Prepared], *, characters: int, entries: int
    ) -> None:
        self._prepare = prepare
        self.characters, self.entries = characters, entries
        self._kept: OrderedDict[str, tuple[Prepared, int]] = OrderedDict()
        self._weight = 0
        self._lock = threading.Lock()
        self._seen: OrderedDict[int, None] = OrderedDict()
        """Hashes of rebuilt texts seen once and not kept (ints: nothing for the collector)."""

    def __call__(self, text: str) -> Prepared:
        with self._lock:
            kept = self._kept.get(text)
            if kept is not None:
                self._kept.move_to_end(text)
                return kept[0]
        prepared = self._prepare(text)
        for error in prepared.errors:
            _drop_tracebacks(error)
        if len(text) <= self.characters and self._admits(text, prepared):
            self._keep(text, prepared, len(text))
        return prepared

    def _admits(self, text: str, prepared: Prepared) -> bool:
        """A parsed document at once; a rebuilt one when its text was seen before."""
        if not prepared.rebuilt:
            return True
        key = hash(text)
        with self._lock:
            if self._seen.pop(key, 0) is None:
                return True
            self._seen[key] = None
            if len(self._seen) > SEEN_ONCE:
                self._seen.popitem(last=False)
        return False

    def _keep(self, text: str, prepared: Prepared, weight: int) -> None:
        with self._lock:
            if text in self._kept:
                return
            self._kept[text] = (prepared, weight)
            self._weight += weight
            while self._weight > self.characters or len(self._kept) > self.entries:
                _, (_, dropped) = self._kept.popitem(last=False)
                self._weight -= dropped

    def __len__(self) -> int:
        return len(self._kept)

    @property
    def weight(self) -> int:
        """Characters of text held."""
        return self._weight
