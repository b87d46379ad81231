"""Page texts in Chinese (the default) and English, and which one a request gets.

A request's language is ``?lang=zh|en`` when given (an explicit choice, kept on the page's
own links), else the first of ``zh``/``en`` its ``Accept-Language`` prefers, else Chinese.
:class:`Language` decides it once per request and keeps it in a context variable, the way a
locale middleware does, so a page built by a handler that never sees the request (the embed
page) still speaks the request's language; a response that used a *negotiated* language
gets ``Vary: Accept-Language``.

Babel is not used: two languages, a few hundred short strings and no plural forms fit one
dictionary each, which a test holds to the same keys. The strings live by area of the site
in :mod:`govkg.http.texts`.

>>> money(Decimal("13221400"), "zh")
'1,322.14 万元（13,221,400.00 元）'
>>> money(Decimal("2203566.66"), "en")
'CNY 2,203,566.66 (220.356666 万元)'
"""

from __future__ import annotations

import contextvars
import re
from dataclasses import dataclass, field
from decimal import Decimal
from urllib.parse import parse_qsl, urlencode

from starlette.datastructures import Headers, MutableHeaders
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from govkg.core.money import FEN, format_yuan
from govkg.core.words import BASIS, DEFAULT, LANGS, READING
from govkg.http.texts import browse, embed, entities, review

__all__ = [
    "DEFAULT",
    "LANGS",
    "MESSAGES",
    "READING",
    "Choice",
    "Language",
    "choice",
    "choose",
    "language",
    "mark",
    "money",
    "t",
    "with_lang",
]

_CJK_CHAR = "\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef"
_CJK_RUN = re.compile(f"[{_CJK_CHAR}]+(?:[ 0-9.,:%/·-]*[{_CJK_CHAR}]+)*")
WAN = Decimal(10000)

AREAS = (browse, entities, embed, review)  # the texts of each area of the site
MESSAGES: dict[str, dict[str, str]] = {
    lang: {
        **{key: text for area in AREAS for key, text in area.TEXTS[lang].items()},
        # a money figure's basis, in the words of the one table pages and pictures share
        **{f"basis.{basis}": word for basis, word in BASIS[lang].items()},
    }
    for lang in LANGS
}


@dataclass(kw_only=True)
class Choice:
    """One request's language: ``explicit`` when ``?lang=`` chose it; ``used`` once read."""

    lang: str = DEFAULT
    explicit: bool = False
    path: str = "/"
    query: list[tuple[str, str]] = field(default_factory=list)
    used: bool = False


_CURRENT: contextvars.ContextVar[Choice | None] = contextvars.ContextVar(
    "govkg_language", default=None
)


def _accepted(header: str | None) -> str | None:
    """The first of LANGS by the header's q-values (ties: the header's order)."""
    best: tuple[float, int, str] | None = None
    for index, item in enumerate((header or "").split(",")[:50]):
        tag, _, params = item.strip().partition(";")
        primary = tag.strip().lower().split("-")[0]
        quality = 1.0
        for param in params.split(";"):
            name, _, value = param.strip().partition("=")
            if name.strip().lower() == "q":
                try:
                    quality = float(value)
                except ValueError:
                    quality = 0.0
        if primary in LANGS and quality > 0 and (best is None or (-quality, index) < best[:2]):
            best = (-quality, index, primary)
    return best[2] if best else None


def choose(query: list[tuple[str, str]], accept_language: str | None, path: str = "/") -> Choice:
    """The language for a request's query parameters and ``Accept-Language``.

    >>> choose([("lang", "en")], "zh-CN").lang
    'en'
    >>> choose([], "en-GB,en;q=0.9,zh;q=0.8").lang
    'en'
    >>> choose([], "fr, zh-TW;q=0.5, en;q=0.4").lang
    'zh'
    >>> choose([], None).lang
    'zh'
    """
    asked = dict(query).get("lang", "").strip().lower()
    if asked in LANGS:
        return Choice(lang=asked, explicit=True, path=path, query=query)
    return Choice(lang=_accepted(accept_language) or DEFAULT, path=path, query=query)


def choice() -> Choice:
    """The current request's choice (Chinese outside a request); marks the language used."""
    current = _CURRENT.get()
    if current is None:
        return Choice()
    current.used = True
    return current


def language() -> str:
    return choice().lang


def t(lang: str, key: str, **values: object) -> str:
    """The text ``key`` in ``lang``, with ``values`` filled in (they are not escaped here)."""
    text = MESSAGES[lang][key]
    return text.format(**values) if values else text


def with_lang(href: str, current: Choice | None = None) -> str:
    """``href`` carrying ``?lang=`` when the reader chose the language explicitly."""
    current = current or choice()
    if not current.explicit:
        return href
    return f"{href}{'&' if '?' in href else '?'}lang={current.lang}"


def switch_href(current: Choice) -> str:
    """This page's URL in the other language."""
    other = "en" if current.lang == "zh" else "zh"
    query = [(k, v) for k, v in current.query if k != "lang"] + [("lang", other)]
    return f"{current.path}?{urlencode(query)}"


def mark(text: str, lang: str) -> str:
    """Escaped ``text`` for a page in ``lang``; on an English page each Chinese run in it is
    marked ``lang="zh"`` (names and quotes inside English sentences, 万元 in amounts).

    >>> mark("equal split: 提升工程 ÷ 1", "en")
    'equal split: <span lang="zh">提升工程</span> ÷ 1'
    """
    if lang == "zh":
        return text
    return _CJK_RUN.sub(lambda m: f'<span lang="zh">{m.group(0)}</span>', text)


def money(amount: Decimal, lang: str) -> str:
    """An amount in both 万元 (as reports state them) and yuan, exact in both."""
    wan = amount / WAN
    exact = wan.quantize(FEN) == wan
    wan_text = f"{wan.quantize(FEN):,}" if exact else f"{wan.normalize():,f}"
    if lang == "zh":
        return f"{wan_text} 万元（{format_yuan(amount)} 元）"
    return f"CNY {format_yuan(amount)} ({wan_text} 万元)"


class Language:
    """Decides each request's language; ``Vary: Accept-Language`` where it was negotiated."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        query = parse_qsl(scope.get("query_string", b"").decode("latin-1"))
        current = choose(query, Headers(scope=scope).get("accept-language"), scope["path"])
        token = _CURRENT.set(current)

        async def send_with_vary(message: Message) -> None:
            if (
                message["type"] == "http.response.start"
                and not current.explicit
                and (current.used or message["status"] == 304)
            ):
                headers = MutableHeaders(scope=message)
                vary = headers.get("vary")
                if not vary:
                    headers["vary"] = "Accept-Language"
                elif "accept-language" not in vary.lower():
                    headers["vary"] = f"{vary}, Accept-Language"
            await send(message)

        try:
            await self.app(scope, receive, send_with_vary)
        finally:
            _CURRENT.reset(token)
