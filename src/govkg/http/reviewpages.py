"""``/review`` and ``/review/{document}``: the drafts awaiting review, and one draft's report
text with each fact's span highlighted beside its facts, grouped by kind.

Both read the seed's files as ``govkg.ingest.drafts.onfile`` lists them (what the decisions API
changes), not the served graph. Overlapping spans are split where they cross: each piece of
the text is one ``<mark>`` naming every fact whose span covers it (``data-f``, fact numbers),
so no span is lost and the page's script can select any of them. A fact's further citations
(the sentence around an indicator) are pieces marked ``data-c``, shown when it is selected.
The page's script (``static/review/review.js``) posts decisions to ``POST /review/{document}``.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, replace
from itertools import pairwise
from pathlib import Path
from typing import Any
from urllib.parse import quote

import yaml
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import HTMLResponse, RedirectResponse, Response

from govkg.http.i18n import MESSAGES, language, t, with_lang
from govkg.http.markup import Page, render_page
from govkg.http.reviewaccess import NO_STORE, REVIEW_CSP, Access, access, review_seed
from govkg.http.reviewcards import card_of
from govkg.ingest.drafts.edits import MONEYKINDS
from govkg.ingest.drafts.onfile import DecisionError, facts
from govkg.seed.load import seed_files

__all__ = ["Piece", "pieces", "review_document_page", "review_index_page"]

GROUPS = (
    "document", "unit", "system", "project", "funding-line", "money-figure", "unread",
    "indicator", "event", "relation", "mention",
)  # fmt: skip
HEADERS = {**NO_STORE, "content-security-policy": REVIEW_CSP, "x-frame-options": "DENY"}


@dataclass(frozen=True)
class Piece:
    """A run of the text and the facts whose spans cover it: ``primary`` (fact numbers
    whose first citation it is part of) and ``context`` (their further citations)."""

    start: int
    text: str
    primary: tuple[int, ...] = ()
    context: tuple[int, ...] = ()
    done: bool = False  # every fact marked here is settled


def pieces(text: str, spans: list[tuple[int, int, int, bool]]) -> list[Piece]:
    """Cut ``text`` where any span starts or ends; ``spans`` are (start, end, fact, primary).

    >>> [(p.text, p.primary) for p in pieces("abcdef", [(1, 4, 0, True), (2, 6, 1, True)])]
    [('a', ()), ('b', (0,)), ('cd', (0, 1)), ('ef', (1,))]
    """
    kept = [(s, e, f, p) for s, e, f, p in spans if 0 <= s < e <= len(text)]
    cuts = sorted({0, len(text), *(s for s, *_ in kept), *(e for _, e, *_ in kept)})
    starting: dict[int, list[tuple[int, int, int, bool]]] = {}
    for span in kept:
        starting.setdefault(span[0], []).append(span)
    active: dict[tuple[int, int, int, bool], None] = {}
    out: list[Piece] = []
    for a, b in pairwise(cuts):
        for span in [s for s in active if s[1] <= a]:
            del active[span]
        for span in starting.get(a, ()):
            active[span] = None
        primary = tuple(sorted({f for _, _, f, p in active if p}))
        context = tuple(sorted({f for _, _, f, p in active if not p} - set(primary)))
        out.append(Piece(a, text[a:b], primary, context))
    return out


def _stored_text(seed_dir: Path, listed: dict) -> str:
    document = next((f for f in listed["facts"] if f["kind"] == "document"), None)
    name = document["values"].get("file") if document else None
    if not name:
        return ""
    path = (seed_dir / name).resolve()
    if seed_dir.resolve() not in path.parents or not path.is_file():
        return ""
    return path.read_text(encoding="utf-8")


def _name_of(fact: dict) -> str:
    """What a reviewer knows a record by: its name; a money figure by its label and amount
    as written (a share's base is one)."""
    values = fact["values"]
    if fact["kind"] == "money-figure":
        return " ".join(str(values[k]) for k in ("label", "as_written") if values.get(k))
    return str(values.get("name") or "")


def _document_view(seed_dir: Path, document: str, lang: str) -> dict[str, Any]:
    listed = facts(seed_dir, document)
    text = _stored_text(seed_dir, listed)
    names = {  # a record's id (units/abc -> abc) and its name, for the values that refer to it
        fact["id"].split("/", 1)[-1]: name
        for fact in listed["facts"]
        if (name := _name_of(fact)) and "@" not in fact["id"]
    }
    cards = [
        card_of(no, fact, document, text, lang, names) for no, fact in enumerate(listed["facts"])
    ]
    spans: list[tuple[int, int, int, bool]] = []
    for card in cards:
        if card.span_ok:
            spans.append((card.start, card.end, card.no, True))
        for cite in card.context:
            if isinstance(cite.get("start"), int) and isinstance(cite.get("end"), int):
                spans.append((cite["start"], cite["end"], card.no, False))
    groups = [(g, [c for c in cards if c.group == g]) for g in GROUPS]
    waiting_nos = {c.no for c in cards if c.state == "extracted"}
    counts = Counter(c.group for c in cards if c.state == "extracted")
    title = next((c.what for c in cards if c.kind == "document"), document)
    return {
        "document": document,
        "file": listed["file"],
        "checksum": listed["checksum"],
        "doc_title": title,
        "pieces": [
            replace(p, done=bool(p.primary) and not set(p.primary) & waiting_nos)
            for p in pieces(text, spans)
        ],
        "groups": [(g, cs) for g, cs in groups if cs],
        "counts": [(g, counts[g]) for g in GROUPS if counts[g]],
        "awaiting": listed["awaitingReview"],
        "settled": sum(1 for c in cards if c.state != "extracted"),
        "moneykinds": MONEYKINDS,
    }


@dataclass(frozen=True)
class Waiting:
    """A document whose draft holds facts awaiting review (or can't be reviewed here)."""

    document: str
    title: str
    file: str
    awaiting: int
    counts: list[tuple[str, int]]
    problem: str | None = None
    year_unknown: bool = False


def _load(path: Path) -> dict:
    data = yaml.load(path.read_bytes(), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    return data if isinstance(data, dict) else {}


def waiting(seed_dir: Path) -> tuple[list[Waiting], int]:
    """The documents of the seed with facts awaiting review, and how many drafts have none."""
    found: list[Waiting] = []
    done = 0
    for path in seed_files(seed_dir):
        raw = path.read_bytes()
        if b"provenance: extracted" not in raw and b"year_unknown: true" not in raw:
            continue
        try:
            data = _load(path)
        except yaml.YAMLError:
            continue
        for record in data.get("documents") or ():
            if not isinstance(record, dict) or not isinstance(record.get("id"), str):
                continue
            document, title = record["id"], str(record.get("title") or "")
            unknown = bool(record.get("year_unknown"))
            try:
                listed = facts(seed_dir, document)
            except DecisionError as error:
                found.append(Waiting(document, title, path.name, 0, [], str(error), unknown))
                continue
            counts = Counter(
                "unread" if f["kind"] == "money-figure" and f["values"].get("read") is False
                else f["kind"]
                for f in listed["facts"]
                if f["state"] == "extracted"
            )  # fmt: skip
            if not counts and not unknown:
                done += 1
                continue
            found.append(
                Waiting(
                    document,
                    title,
                    listed["file"],
                    listed["awaitingReview"],
                    [(g, counts[g]) for g in GROUPS if counts[g]],
                    None,
                    unknown,
                )
            )
    return sorted(found, key=lambda w: w.document), done


def _messages(lang: str) -> str:
    """The texts the page's script says, in the page's language."""
    return json.dumps(
        {k: v for k, v in MESSAGES[lang].items() if k.startswith("review.js.")},
        ensure_ascii=False,
    )


def _gate(request: Request) -> tuple[Path, Access] | Response:
    """The seed and the request's access; else 404 (off), 401 (wrong bearer token) or a
    redirect to the login form (no token, no session)."""
    seed_dir = review_seed(request)
    if seed_dir is None:
        return HTMLResponse("review is not enabled on this server\n", status_code=404)
    held = access(request)
    if isinstance(held, Response):
        return held
    if held is None:
        target = request.url.path + (f"?{request.url.query}" if request.url.query else "")
        login = with_lang(f"/review/login?next={quote(target, safe='/')}")
        return RedirectResponse(login, status_code=303, headers=NO_STORE)
    return seed_dir, held


def _common(held: Access, lang: str) -> dict[str, Any]:
    return {
        "csrf": held.session.csrf if held.session else "",
        "logged_in": held.session is not None,
        "index_href": with_lang("/review"),
        "logout_href": with_lang("/review/logout"),
        "login_href": with_lang("/review/login"),
        "messages": _messages(lang),
        "review_href": lambda document: with_lang(f"/review/{document}"),
    }


async def review_index_page(request: Request) -> Response:
    gate = _gate(request)
    if isinstance(gate, Response):
        return gate
    seed_dir, held = gate
    lang = language()
    found, done = await run_in_threadpool(waiting, seed_dir)
    page = Page(
        "review_index.html",
        {**_common(held, lang), "waiting": found, "done": done, "problem": None},
    )
    return HTMLResponse(render_page(t(lang, "review.index.title"), page), headers=HEADERS)


async def review_document_page(request: Request) -> Response:
    gate = _gate(request)
    if isinstance(gate, Response):
        return gate
    seed_dir, held = gate
    lang = language()
    document = request.path_params["document"]
    try:
        view = await run_in_threadpool(_document_view, seed_dir, document, lang)
    except DecisionError as error:
        page = Page("review_index.html", {**_common(held, lang), "waiting": [], "done": 0,
                                          "problem": str(error)})  # fmt: skip
        body = render_page(t(lang, "review.index.title"), page)
        return HTMLResponse(body, status_code=404, headers=HEADERS)
    page = Page("review.html", {**_common(held, lang), **view})
    title = t(lang, "review.document.title", title=view["doc_title"])
    return HTMLResponse(render_page(title, page), headers=HEADERS)
