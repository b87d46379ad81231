"""Who may review: the review token as a bearer header, or a session cookie from the login form.

``/review/login`` takes the token once and sets a session cookie (HttpOnly, SameSite=Strict,
Secure over https, Path=/review) holding an expiry, a CSRF token and the reviewer's name,
signed with HMAC-SHA256 from the standard library (two fields and a signature need no
dependency) under a key derived from the token and a salt kept in the seed directory
(``reviewkeys``): a session outlives a restart, a new token ends every session. A POST
authenticated by the cookie must carry the session's CSRF token (``X-CSRF-Token`` or the
form field ``csrf``), or it is refused 403; so is any POST under /review whose ``Origin``
(or ``Sec-Fetch-Site``) says another site sent it. The login form carries a CSRF token of
its own, tied to a short-lived cookie. Tokens are compared in constant time, and an address
that keeps guessing wrong is answered 429 for a while (``reviewlimit``).
"""

from __future__ import annotations

import base64
import hmac
import secrets
import time
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import parse_qsl, urlsplit

from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, RedirectResponse, Response

from govkg.http.i18n import language, t, with_lang
from govkg.http.markup import Page, render_page
from govkg.http.reviewkeys import SessionKeys
from govkg.http.reviewlimit import attempts, client_address, same_token

__all__ = [
    "COOKIE",
    "REVIEW_CSP",
    "Access",
    "Session",
    "access",
    "cross_site",
    "csrf_ok",
    "login_get",
    "login_post",
    "logout_post",
    "review_seed",
]

COOKIE = "govkg_review"
LOGIN_COOKIE = "govkg_review_login"
LIFETIME = 8 * 3600  # seconds a session lasts
LOGIN_LIFETIME = 3600  # seconds a login form stays good
PATH = "/review"
NO_STORE = {"cache-control": "no-store"}
# the review pages run their own script (static/review/review.js) and call the API on this
# origin; nothing inline, nothing from elsewhere, never framed
REVIEW_CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
)


def review_seed(request: Request) -> Path | None:
    """The served seed directory, or None when review is off (no token, not a seed)."""
    if not request.app.state.settings.review_token:
        return None
    path = getattr(request.app.state.source, "path", None)
    return Path(path) if path is not None and Path(path).is_dir() else None


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def _keys(request: Request) -> SessionKeys:
    """The session keys of the served token and seed (made once, again if either changes)."""
    token = request.app.state.settings.review_token
    seed_dir = review_seed(request)
    keys = getattr(request.app.state, "review_keys", None)
    if keys is None or keys.token != token or keys.seed_dir != seed_dir:
        keys = SessionKeys(token, seed_dir)
        request.app.state.review_keys = keys
    return keys


def too_many(request: Request) -> Response | None:
    """429 with ``Retry-After`` while the request's address is locked out; else None."""
    wait = attempts(request).retry_after(client_address(request))
    if not wait:
        return None
    headers = {"retry-after": str(wait), **NO_STORE}
    message = f"too many wrong review tokens from this address; try again in {wait} s"
    return JSONResponse({"error": message}, status_code=429, headers=headers)


@dataclass(frozen=True)
class Session:
    """A logged-in reviewer: their name (as given at login), the CSRF token, the expiry."""

    name: str
    csrf: str
    expires: int


@dataclass(frozen=True)
class Access:
    """How a request proved it holds the token: ``bearer``, or ``cookie`` with its session."""

    via: str
    session: Session | None = None

    @property
    def reviewer(self) -> str | None:
        return self.session.name if self.session else None


def _session(request: Request) -> Session | None:
    value = request.cookies.get(COOKIE)
    if not value or len(value) > 1024:
        return None
    text = _keys(request).opened(value)
    if text is None:
        return None
    try:
        version, expires, csrf, name = text.split(".")
        session = Session(_unb64(name).decode("utf-8"), csrf, int(expires))
    except ValueError:  # a malformed value, its signature right by no chance we allow for
        return None
    if version != "v1" or session.expires < time.time():
        return None
    return session


def access(request: Request) -> Access | Response | None:
    """``Access`` when the request holds the token; a 401 when it sent a wrong bearer token
    (a 429 while its address is locked out for sending too many); None when it sent none
    and has no session (a page then offers the login form)."""
    token = request.app.state.settings.review_token
    if "authorization" in request.headers:
        locked = too_many(request)
        if locked is not None:
            return locked
        if same_token(request.headers["authorization"], f"Bearer {token}"):
            return Access("bearer")
        attempts(request).failed(client_address(request))
        return JSONResponse(
            {"error": "a valid bearer token is required"},
            status_code=401,
            headers={"www-authenticate": "Bearer", **NO_STORE},
        )
    session = _session(request)
    return Access("cookie", session) if session else None


def cross_site(request: Request) -> bool:
    """A request another site's page sent (a form or a script there): its ``Origin`` names
    another host, or is ``null``, or the browser says ``Sec-Fetch-Site: cross-site``."""
    if request.headers.get("sec-fetch-site", "") in ("cross-site", "same-site"):
        return True
    origin = request.headers.get("origin")
    if origin is None:
        return False
    host = request.headers.get("host", "")
    return origin == "null" or urlsplit(origin).netloc.lower() != host.lower()


def csrf_ok(request: Request, session: Session, given: str | None = None) -> bool:
    """The session's CSRF token came with the request (header, or ``given`` from a form)."""
    sent = given if given is not None else request.headers.get("x-csrf-token", "")
    return hmac.compare_digest(sent.encode(), session.csrf.encode())


def _start(request: Request, response: Response, name: str) -> None:
    """Set a fresh session's cookie on ``response``."""
    expires = int(time.time()) + LIFETIME
    name_part = _b64(name.encode("utf-8"))
    value = _keys(request).signed(f"v1.{expires}.{secrets.token_urlsafe(24)}.{name_part}")
    response.set_cookie(COOKIE, value, **_flags(request, LIFETIME))
    _forget(request, response, LOGIN_COOKIE)


def _forget(request: Request, response: Response, name: str) -> None:
    """Expire the cookie ``name`` (set with the same flags, so every browser drops it)."""
    response.set_cookie(name, "", **_flags(request, 0))


def _flags(request: Request, max_age: int) -> dict:
    return {
        "max_age": max_age,
        "path": PATH,
        "secure": request.url.scheme == "https",
        "httponly": True,
        "samesite": "strict",
    }


def _next(target: str | None) -> str:
    """Where to go after login: a review page of this site, nothing else."""
    if target and target.startswith(PATH) and "//" not in target and "\\" not in target:
        return target
    return with_lang(PATH)


def _form_page(
    request: Request,
    *,
    status: int = 200,
    error: str | None = None,
    target: str | None = None,
    headers: dict[str, str] | None = None,
) -> Response:
    """The login form, with a fresh login nonce in its cookie and its signature in the form."""
    nonce = secrets.token_urlsafe(18)
    keys = _keys(request)
    page = Page(
        "review_login.html",
        {
            "csrf": keys.sign(f"login.{nonce}"),
            "next": _next(target),
            "error": error,
            "action": with_lang(f"{PATH}/login"),
        },
    )
    response = HTMLResponse(
        render_page(t(language(), "review.login.title"), page),
        status_code=status,
        headers={
            **NO_STORE,
            "content-security-policy": REVIEW_CSP,
            "x-frame-options": "DENY",
            **(headers or {}),
        },
    )
    response.set_cookie(LOGIN_COOKIE, nonce, **_flags(request, LOGIN_LIFETIME))
    return response


def _not_found() -> Response:
    return HTMLResponse("review is not enabled on this server\n", status_code=404)


async def login_get(request: Request) -> Response:
    if review_seed(request) is None:
        return _not_found()
    held = access(request)
    if isinstance(held, Access):
        return RedirectResponse(_next(request.query_params.get("next")), status_code=303)
    return _form_page(request, target=request.query_params.get("next"))


async def _form(request: Request) -> dict[str, str]:
    """An urlencoded form's fields (the first of each name)."""
    body = (await request.body()).decode("utf-8", "replace")
    fields: dict[str, str] = {}
    for key, value in parse_qsl(body, keep_blank_values=True):
        fields.setdefault(key, value)
    return fields


async def login_post(request: Request) -> Response:
    """Check the login form's own CSRF token, then the review token; set the session. An
    address locked out for wrong tokens gets the form again, 429, before anything is read."""
    if review_seed(request) is None:
        return _not_found()
    lang = language()
    if cross_site(request):
        return HTMLResponse(t(lang, "review.error.cross_site"), status_code=403)
    fields = await _form(request)
    locked = too_many(request)
    if locked is not None:
        wait = locked.headers["retry-after"]
        return _form_page(
            request,
            status=429,
            error=t(lang, "review.login.too_many", seconds=wait),
            target=fields.get("next"),
            headers={"retry-after": wait},
        )
    nonce = request.cookies.get(LOGIN_COOKIE, "")
    sent = fields.get("csrf", "")
    expected = _keys(request).sign(f"login.{nonce}")
    if not nonce or not hmac.compare_digest(sent.encode(), expected.encode()):
        return _form_page(
            request, status=403, error=t(lang, "review.login.expired"), target=fields.get("next")
        )
    token = request.app.state.settings.review_token
    if not same_token(fields.get("token", ""), token):
        attempts(request).failed(client_address(request))
        return _form_page(
            request, status=401, error=t(lang, "review.login.wrong"), target=fields.get("next")
        )
    name = " ".join(fields.get("name", "").split())[:60] or "review-token"
    response = RedirectResponse(_next(fields.get("next")), status_code=303, headers=NO_STORE)
    _start(request, response, name)
    return response


async def logout_post(request: Request) -> Response:
    """End the session (a form with the session's CSRF token); back to the login form."""
    if review_seed(request) is None:
        return _not_found()
    lang = language()
    if cross_site(request):
        return HTMLResponse(t(lang, "review.error.cross_site"), status_code=403)
    session = _session(request)
    if session is not None:
        fields = await _form(request)
        if not csrf_ok(request, session, fields.get("csrf") or None):
            return HTMLResponse(t(lang, "review.error.csrf"), status_code=403)
    response = RedirectResponse(with_lang(f"{PATH}/login"), status_code=303, headers=NO_STORE)
    _forget(request, response, COOKIE)
    return response
