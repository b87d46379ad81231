"""Persisted queries as Apollo clients send them (``extensions.persistedQuery``): a portal
sends a query's SHA-256 instead of its text, and the text once, when the server asks.

The registry is bounded by characters (``core.lru``), so clients registering texts cannot
grow it; a text is kept only when its hash matches. Protocol: apollographql.com
"Automatic persisted queries" (version 1).
"""

from __future__ import annotations

import hashlib
import re
from typing import Any

from govkg.core.lru import LockedLRU

__all__ = ["NOT_FOUND", "PersistedQueries"]

NOT_FOUND = {
    "errors": [
        {"message": "PersistedQueryNotFound", "extensions": {"code": "PERSISTED_QUERY_NOT_FOUND"}}
    ]
}
_HASH = re.compile(r"[0-9a-f]{64}")
LARGEST = 64 * 1024  # characters; a longer text is answered but not kept


def _error(message: str, code: str) -> dict[str, Any]:
    return {"errors": [{"message": message, "extensions": {"code": code}}]}


class PersistedQueries:
    """Query texts by their SHA-256, at most ``total`` characters of them."""

    def __init__(self, entries: int = 4_096, total: int = 4 * 1024 * 1024) -> None:
        self.texts: LockedLRU[str] = LockedLRU(entries=entries, total=total, largest=LARGEST)

    def resolve(self, data: dict) -> tuple[object, dict | None]:
        """The request's query text, and None; or None and the answer refusing it. A
        request without the extension is given back as it came."""
        extensions = data.get("extensions")
        persisted = extensions.get("persistedQuery") if isinstance(extensions, dict) else None
        query = data.get("query")
        if persisted is None:
            return query, None
        if not isinstance(persisted, dict) or persisted.get("version") != 1:
            return None, _error("persistedQuery: only version 1 is known", "BAD_REQUEST")
        digest = persisted.get("sha256Hash")
        if not isinstance(digest, str) or not _HASH.fullmatch(digest):
            return None, _error(
                "persistedQuery.sha256Hash: 64 lower-case hex digits", "BAD_REQUEST"
            )
        if query is None:
            kept = self.texts.get(digest)
            return (kept, None) if kept is not None else (None, NOT_FOUND)
        if not isinstance(query, str):
            return query, None
        if hashlib.sha256(query.encode()).hexdigest() != digest:
            return None, _error("provided sha does not match query", "BAD_REQUEST")
        self.texts.put(digest, query)
        return query, None
