"""HTML for people: every value passes through ``esc``; the page frame is shared.

>>> esc('<b>"益阳" & \\x01</b>')
'&lt;b&gt;&quot;益阳&quot; &amp; �&lt;/b&gt;'
"""

from __future__ import annotations

import html
import re

from starlette.responses import HTMLResponse

__all__ = ["attr", "esc", "page", "page_response"]

# C0/C1 controls other than tab/newline, and noncharacters: not allowed in HTML text
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufdd0-\ufdef\ufffe\uffff]")


def esc(value: object) -> str:
    """Text safe in element content and quoted attributes; control characters shown as �."""
    return html.escape(_CONTROL.sub("\ufffd", "" if value is None else str(value)), quote=True)


def attr(value: object) -> str:
    """A double-quoted attribute value."""
    return f'"{esc(value)}"'


NAV = (
    '<nav><a href="/">govkg</a> · <a href="/graphql">GraphiQL</a> · '
    '<a href="/sparql">SPARQL</a> · <a href="/health">health</a></nav>'
)


def page(title: str, body: str, head: str = "") -> str:
    """A whole document; ``title`` is escaped here, ``body`` and ``head`` must be built with esc."""
    return (
        '<!doctype html>\n<html lang="zh"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{esc(title)} · govkg</title>"
        '<link rel="icon" href="/static/favicon.svg" type="image/svg+xml">'
        '<link rel="stylesheet" href="/static/govkg.css">'
        f"{head}</head><body>{NAV}<main>{body}</main></body></html>\n"
    )


def page_response(title: str, body: str, *, head: str = "", status: int = 200) -> HTMLResponse:
    return HTMLResponse(page(title, body, head), status_code=status)
