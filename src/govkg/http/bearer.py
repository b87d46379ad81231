"""The bearer token the admin and review routes ask for, compared in constant time."""

from __future__ import annotations

import hmac

from starlette.requests import Request
from starlette.responses import JSONResponse

__all__ = ["unauthorized"]


def unauthorized(request: Request, token: str, headers: dict[str, str] | None = None):
    """A 401 unless the request carries ``Authorization: Bearer <token>``; else None."""
    given = request.headers.get("authorization", "")
    if hmac.compare_digest(given.encode(), f"Bearer {token}".encode()):
        return None
    return JSONResponse(
        {"error": "a valid bearer token is required"},
        status_code=401,
        headers={"www-authenticate": "Bearer", **(headers or {})},
    )
