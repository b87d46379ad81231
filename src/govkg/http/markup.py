"""HTML for people: every value passes through ``esc``; the page frame is shared.

>>> esc('<b>"益阳" & \\x01</b>')
'&lt;b&gt;&quot;益阳&quot; &amp; �&lt;/b&gt;'
"""

from __future__ import annotations

import html
import re

from starlette.responses import HTMLResponse

from govkg.http.i18n import choice, switch_href, t, with_lang

__all__ = ["attr", "esc", "nav", "page", "page_response"]

# C0/C1 controls other than tab/newline, and noncharacters: not allowed in HTML text
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufdd0-\ufdef\ufffe\uffff]")


def esc(value: object) -> str:
    """Text safe in element content and quoted attributes; control characters shown as �."""
    return html.escape(_CONTROL.sub("\ufffd", "" if value is None else str(value)), quote=True)


def attr(value: object) -> str:
    """A double-quoted attribute value."""
    return f'"{esc(value)}"'


def nav(fixed: str | None = None) -> str:
    """The links on every page, and the same page in the other language (none for a page
    written in one ``fixed`` language only)."""
    current = choice()
    lang, other = fixed or current.lang, "en" if current.lang == "zh" else "zh"
    if fixed:
        return (
            f"<nav><a href={attr(with_lang('/', current))}>govkg</a> · "
            '<a href="/graphql">GraphiQL</a> · <a href="/sparql">SPARQL</a> · '
            f'<a href="/health">{esc(t(lang, "nav.health"))}</a></nav>'
        )
    return (
        f"<nav><a href={attr(with_lang('/', current))}>govkg</a> · "
        '<a href="/graphql">GraphiQL</a> · <a href="/sparql">SPARQL</a> · '
        f'<a href="/health">{esc(t(lang, "nav.health"))}</a> · '
        f'<a href={attr(switch_href(current))} hreflang="{other}" lang="{other}" '
        f'title={attr(t(lang, "nav.switch.title"))} class="lang">{esc(t(lang, "nav.switch"))}</a>'
        "</nav>"
    )


def page(title: str, body: str, head: str = "", lang: str | None = None) -> str:
    """A whole document; ``title`` is escaped here, ``body`` and ``head`` must be built with esc.

    ``lang`` names the one language of a page not yet translated (its ``lang`` attribute
    then says so); by default the page is in the request's language."""
    fixed = lang
    lang = lang or choice().lang
    return (
        f'<!doctype html>\n<html lang="{lang}"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{esc(title)} · govkg</title>"
        '<link rel="icon" href="/static/favicon.svg" type="image/svg+xml">'
        '<link rel="stylesheet" href="/static/govkg.css">'
        f"{head}</head><body>{nav(fixed)}<main>{body}</main></body></html>\n"
    )


def page_response(
    title: str, body: str, *, head: str = "", status: int = 200, lang: str | None = None
) -> HTMLResponse:
    return HTMLResponse(page(title, body, head, lang), status_code=status)
