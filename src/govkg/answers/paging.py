"""Cursor pagination over lists of ids: GitHub-style connections, pages of 1..100."""

from __future__ import annotations

import base64
from bisect import bisect_left
from dataclasses import dataclass

from govkg.core.errors import QueryError

__all__ = ["MAX_PAGE", "Page", "clamp", "page"]

MAX_PAGE = 100


@dataclass(frozen=True, kw_only=True)
class Page:
    """One page of a list of ids: GitHub-style connection data."""

    items: list[str]
    cursors: list[str]
    total: int
    has_next: bool
    has_previous: bool


def clamp(first: int | None) -> int:
    """List sizes are 1..100 whatever the client asks."""
    if first is None:
        return MAX_PAGE
    return max(1, min(int(first), MAX_PAGE))


def _cursor(item: str) -> str:
    return base64.urlsafe_b64encode(item.encode()).decode()


def _uncursor(cursor: str) -> str:
    try:
        return base64.urlsafe_b64decode(cursor.encode()).decode()
    except (ValueError, UnicodeDecodeError) as error:
        raise QueryError(f"invalid cursor {cursor!r}") from error


def _position_after(ids: list[str], marker: str) -> int | None:
    at = bisect_left(ids, marker)
    return at + 1 if at < len(ids) and ids[at] == marker else None


def page(
    ids: list[str],
    first: int | None,
    after: str | None,
    present=None,
    *,
    ordered_by_id: bool = True,
) -> Page:
    """Cursor pagination over ``ids``, sorted unless ``ordered_by_id`` is False (a list
    in another order: the cursor is then found by a scan); ``first`` is clamped to
    1..100. With ``present``, ids it refuses (records whose ends a partial graph lacks)
    are skipped on the page, without checking the whole list first."""
    start = 0
    if after:
        marker = _uncursor(after)
        start = (
            _position_after(ids, marker)
            if ordered_by_id
            else (ids.index(marker) + 1 if marker in ids else None)
        )
        if start is None:
            raise QueryError(f"cursor {after!r} does not point into this list")
    size = clamp(first)
    chosen = ids[start : start + size]
    if present is not None:
        chosen = [i for i in chosen if i in present]
    return Page(
        items=chosen,
        cursors=[_cursor(i) for i in chosen],
        total=len(ids),
        has_next=start + size < len(ids),
        has_previous=start > 0,
    )
