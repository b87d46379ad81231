"""HTML for people: the Jinja templates in ``templates/``, one environment, autoescaping.

No code escapes by hand: every value a template prints passes ``_finalize``, which writes
None as nothing, shows the control characters HTML forbids as U+FFFD (as control pictures
where the context sets ``control_pictures``: the embed page, like the exports) and escapes
the rest the way ``html.escape`` does (``&quot;``), as the pages always have. ``_`` in a
template is :func:`govkg.http.i18n.t` for the page's language, its values escaped unless Markup.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from jinja2 import Environment, PackageLoader, StrictUndefined, pass_context, select_autoescape
from jinja2.runtime import Context
from markupsafe import Markup
from starlette.responses import HTMLResponse

from govkg.exports.records import xml_safe
from govkg.http.i18n import choice, mark, money, switch_href, t, with_lang

__all__ = ["Page", "page_response", "render", "render_page", "translator"]

# C0/C1 controls other than tab/newline, and noncharacters: not allowed in HTML text
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufdd0-\ufdef\ufffe\uffff]")


def escape(value: object, pictures: bool = False) -> Markup:
    """Text safe in element content and quoted attributes; Markup as it is.

    >>> escape('<b>"益阳" & \\x01</b>')
    Markup('&lt;b&gt;&quot;益阳&quot; &amp; �&lt;/b&gt;')
    >>> escape("a\\x07b", pictures=True)
    Markup('a␇b')
    """
    if isinstance(value, Markup):
        return value
    text = "" if value is None else str(value)
    text = xml_safe(text) if pictures else _CONTROL.sub("\ufffd", text)
    return Markup(html.escape(text, quote=True))


@pass_context
def _finalize(context: Context, value: object) -> Markup:
    """How a template prints every value."""
    return escape(value, context.get("control_pictures", False))


@pass_context
def _data(context: Context, value: object) -> Markup:
    """A value from the graph, its Chinese runs marked on an English page; "" for none."""
    if value is None or value == "":
        return Markup()
    return Markup(mark(_finalize(context, value), context["lang"]))


@pass_context
def _yuan(context: Context, amount: Decimal) -> Markup:
    """An amount in both 万元 and yuan, exact, in the page's language."""
    return _data(context, money(amount, context["lang"]))


def _thousands(number: int) -> str:
    return f"{number:,}"


ENV = Environment(
    loader=PackageLoader("govkg.http", "templates"),
    autoescape=select_autoescape(["html"]),
    undefined=StrictUndefined,
    trim_blocks=True,
    lstrip_blocks=True,
    finalize=_finalize,
)
ENV.filters.update(data=_data, yuan=_yuan, thousands=_thousands)
# |tojson keeps Chinese readable and keys in their order (it still escapes <, >, & and ')
ENV.policies["json.dumps_kwargs"] = {"ensure_ascii": False}


@dataclass(frozen=True)
class Page:
    """A template extending ``base.html``, and what it shows."""

    template: str
    context: dict[str, Any] = field(default_factory=dict)


def translator(lang: str) -> Callable[..., Markup]:
    """``t`` for ``lang`` as templates call it: ``_("key", name=value)``."""

    def translate(key: str, **values: object) -> Markup:
        return escape(t(lang, key)).format(**{k: escape(v) for k, v in values.items()})

    return translate


def render(template: str, **context: Any) -> str:
    return ENV.get_template(template).render(**context)


def render_page(title: str, page: Page, lang: str | None = None) -> str:
    """``page`` in the frame every page shares: the title, the nav, the other language.

    ``lang`` names the one language of a page not yet translated (its ``lang`` attribute
    then says so, and no link offers the other); by default the request's language."""
    current = choice()
    shown = lang or current.lang
    return render(
        page.template,
        title=title,
        lang=shown,
        _=translator(shown),
        home=with_lang("/", current),
        switch=None if lang else switch_href(current),
        other="en" if current.lang == "zh" else "zh",
        **page.context,
    )


def page_response(
    title: str, page: Page, *, status: int = 200, lang: str | None = None
) -> HTMLResponse:
    return HTMLResponse(render_page(title, page, lang), status_code=status)
