"""Failed attempts at the review token, counted per client address, so it cannot be guessed.

An address that fails ``LIMIT`` times within ``WINDOW`` seconds (a wrong token in the login
form, or a wrong bearer token on a review route) is answered 429 with ``Retry-After`` until
the oldest of those failures is a window old, whatever it sends, the right token included:
a locked-out guesser learns nothing. The address is the connection's peer (behind a proxy,
every client shares the proxy's). Memory is bounded: at most ``ADDRESSES`` addresses are
remembered, those whose failures are all old forgotten first.

Tokens are compared as SHA-256 digests with ``hmac.compare_digest``: the time taken depends
on neither the token's length nor where a guess first differs.
"""

from __future__ import annotations

import hashlib
import hmac
import math
import time
from collections import deque
from collections.abc import Callable

from starlette.requests import Request

__all__ = ["ADDRESSES", "LIMIT", "WINDOW", "Attempts", "attempts", "client_address", "same_token"]

LIMIT = 5
WINDOW = 60.0
ADDRESSES = 4096


def same_token(given: str, token: str) -> bool:
    """``given`` is ``token``, compared in constant time (digests of equal length)."""
    return hmac.compare_digest(
        hashlib.sha256(given.encode("utf-8", "replace")).digest(),
        hashlib.sha256(token.encode("utf-8")).digest(),
    )


class Attempts:
    """The failures of each address within the window (the event loop's, one thread)."""

    def __init__(
        self,
        limit: int = LIMIT,
        window: float = WINDOW,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.limit, self.window, self.clock = limit, window, clock
        self._failed: dict[str, deque[float]] = {}

    def __len__(self) -> int:  # the addresses remembered
        return len(self._failed)

    def _recent(self, address: str, now: float) -> deque[float]:
        found = self._failed.get(address)
        if found is None:
            return deque()
        while found and found[0] <= now - self.window:
            found.popleft()
        if not found:
            del self._failed[address]
        return found

    def retry_after(self, address: str, now: float | None = None) -> int:
        """Whole seconds until ``address`` may try again; 0 when it may now."""
        now = self.clock() if now is None else now
        recent = self._recent(address, now)
        if len(recent) < self.limit:
            return 0
        return max(1, math.ceil(recent[-self.limit] + self.window - now))

    def failed(self, address: str, now: float | None = None) -> None:
        now = self.clock() if now is None else now
        recent = self._recent(address, now)
        if address not in self._failed:
            if len(self._failed) >= ADDRESSES:
                self._forget(now)
            self._failed[address] = recent
        recent.append(now)
        while len(recent) > self.limit:  # more are never needed to decide
            recent.popleft()

    def _forget(self, now: float) -> None:
        for address in list(self._failed):
            self._recent(address, now)
        while len(self._failed) >= ADDRESSES:  # all recent: the longest quiet goes
            quiet = min(self._failed, key=lambda a: self._failed[a][-1])
            del self._failed[quiet]


def client_address(request: Request) -> str:
    return request.client.host if request.client else "unknown"


def attempts(request: Request) -> Attempts:
    """The app's counter of failed attempts (one per app, made on first use)."""
    found = getattr(request.app.state, "review_attempts", None)
    if found is None:
        found = request.app.state.review_attempts = Attempts()
    return found
