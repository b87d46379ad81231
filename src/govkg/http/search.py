"""``/search?q=…``: names that contain the text, grouped by kind, from ``Service.search``
(what GraphQL's ``search`` asks), each with its Chinese, English and pinyin names and a link
to its ``/id/`` page; a kind with more than a page's worth links to its ``/browse`` table."""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urlencode

from starlette.requests import Request
from starlette.responses import Response

from govkg.answers.browse import TABLES, Where, tables_of
from govkg.answers.kg import KnowledgeGraph
from govkg.answers.service import normalise
from govkg.graph.catalog import Node
from govkg.http.i18n import language, t, with_lang
from govkg.http.markup import Page, page_response
from govkg.http.pages import KIND_ORDER, _shared

__all__ = ["MAX_QUERY", "PER_KIND", "search_page"]

PER_KIND = 10
MAX_QUERY = 200
TABLE_OF_KIND = {kind: table for table, kind in TABLES.items()}
NOT_NODES = ("money-figures", "feeds")  # tables whose rows search does not hold
EXAMPLES = ("一网统管", "yiwangtongguan", "Big Data")


@dataclass(frozen=True)
class Group:
    """One kind's matches; ``more`` links to its table filtered by the text (``count`` rows)."""

    kind: str
    nodes: list[Node]
    table: str | None = None
    more: str | None = None
    count: int = 0


def _browse(table: str, q: str) -> str:
    return with_lang(f"/browse/{table}?{urlencode({'name': q})}")


def search_groups(kg: KnowledgeGraph, q: str) -> tuple[list[Group], list[tuple[str, int, str]]]:
    """The matches of ``q`` by kind, and the other tables whose rows' names hold it."""
    if not normalise(q):
        return [], []
    service, tables = kg.service, tables_of(kg.service)
    groups = []
    for kind in KIND_ORDER:
        found = service.search(q, kind, PER_KIND + 1)
        if not found:
            continue
        table = TABLE_OF_KIND.get(kind)
        if len(found) > PER_KIND and table is not None:
            count = len(tables.select(table, Where(name=q)))
            groups.append(Group(kind, found[:PER_KIND], table, _browse(table, q), count))
        else:
            groups.append(Group(kind, found[:PER_KIND], table))
    others = []
    for table in NOT_NODES:
        count = len(tables.select(table, Where(name=q)))
        if count:
            others.append((table, count, _browse(table, q)))
    return groups, others


async def search_page(request: Request) -> Response:
    kg: KnowledgeGraph = request.app.state.kg
    lang = language()
    q = request.query_params.get("q", "")
    context = {
        **_shared(kg),
        "search_q": q,
        "groups": [],
        "others": [],
        "problem": None,
        "examples": [(text, with_lang(f"/search?{urlencode({'q': text})}")) for text in EXAMPLES],
    }
    title = t(lang, "search.title")
    if len(q) > MAX_QUERY:
        context["problem"] = t(lang, "search.too_long", limit=MAX_QUERY, length=len(q))
        return page_response(title, Page("search.html", context), status=400)
    context["groups"], context["others"] = search_groups(kg, q.strip())
    return page_response(
        f"{title}: {q.strip()}" if q.strip() else title, Page("search.html", context)
    )
