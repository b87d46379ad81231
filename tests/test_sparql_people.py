"""/sparql for people: a query's answer as a table whose IRIs link to /id/ pages, the same
answer to download, and a service description for machines that ask /sparql for RDF."""

from __future__ import annotations

import csv
import html
import io
import re
from html.parser import HTMLParser

import pytest
from rdflib import Graph, Namespace, URIRef
from starlette.testclient import TestClient

from govkg.app import create_app
from govkg.http.i18n import MESSAGES
from govkg.http.sparql import EXAMPLE_QUERIES
from govkg.http.sparql_people import EXAMPLE_KEYS

CJK = re.compile("[\u3400-\u9fff\uf900-\ufaff]")
SD = Namespace("http://www.w3.org/ns/sparql-service-description#")
BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"
LABELS = """PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?thing ?name WHERE { ?thing rdfs:label ?name FILTER(lang(?name) = "zh") }
ORDER BY ?thing LIMIT 5"""


@pytest.fixture(scope="module")
def client(kg):
    with TestClient(create_app(kg)) as client:
        yield client


def test_a_browser_sees_the_answer_as_a_table_linking_to_the_id_pages(client):
    page = client.get("/sparql", params={"query": LABELS}, headers={"accept": BROWSER})
    assert page.status_code == 200
    assert page.headers["content-type"].startswith("text/html")
    assert '<table class="sparql-results">' in page.text
    assert page.text.count('<a href="/id/') == 5  # this graph's IRIs open their pages
    assert '<span lang="zh">' in page.text  # a literal keeps its language
    shown = html.unescape(
        page.text.split('<textarea name="query" rows="12">')[1].split("</textarea>")[0]
    )
    assert shown == LABELS  # the query stays in the form, to edit
    # the same answer to take away, row for row
    rows = list(
        csv.reader(
            io.StringIO(client.get("/sparql", params={"query": LABELS, "format": "csv"}).text)
        )
    )
    assert len(rows) == 1 + 5
    for _, name in rows[1:]:
        assert f'<span lang="zh">{name}</span>' in page.text


def test_ask_construct_and_a_bad_query_are_shown_too(client):
    ask = client.get("/sparql", params={"query": "ASK { ?s ?p ?o }", "format": "html"})
    assert "<strong>是</strong> <code>true</code>" in ask.text  # the answer, and its value
    graph = client.get(
        "/sparql",
        params={"query": "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o } LIMIT 3", "format": "html"},
    )
    assert '<pre class="sparql-graph">' in graph.text
    assert "format=turtle" in graph.text
    bad = client.get("/sparql", params={"query": "SELECT ?s WHERE { ?s", "format": "html"})
    assert bad.status_code == 400
    assert 'class="problem"' in bad.text


def test_machines_keep_the_protocol_and_can_ask_what_the_endpoint_is(client, kg):
    answer = client.get(
        "/sparql", params={"query": LABELS}, headers={"accept": "application/sparql-results+json"}
    )
    assert answer.headers["content-type"].startswith("application/sparql-results+json")
    described = client.get("/sparql", headers={"accept": "text/turtle"})
    assert described.status_code == 200
    assert described.headers["content-type"].startswith("text/turtle")
    graph = Graph().parse(data=described.text, format="turtle")
    endpoint = URIRef("http://testserver/sparql")
    assert (endpoint, SD.endpoint, endpoint) in graph
    assert (endpoint, SD.supportedLanguage, SD.SPARQL11Query) in graph
    assert str(kg.triples) in described.text


def test_every_example_runs_on_the_page(client):
    for title, query in EXAMPLE_QUERIES.items():
        page = client.get("/sparql", params={"query": query, "format": "html"})
        assert page.status_code == 200, title
        assert "sparql-results" in page.text or "sparql-graph" in page.text, title


# the page's language ------------------------------------------------------------------------
ALLOWED = {  # names of standards, formats and SPARQL words a Chinese sentence keeps as they are
    "SPARQL", "Protocol", "SELECT", "ASK", "CONSTRUCT", "DESCRIBE", "JSON", "XML", "CSV",
    "TSV", "Turtle", "Triples", "RDF", "POST", "json", "xml", "csv", "tsv", "turtle",
    "jsonld", "govkg",
}  # fmt: skip
VERBATIM = {"textarea", "code", "pre", "table", "title", "option"}


class _Words(HTMLParser):
    """The page's text with the language it is marked as (the nearest ``lang``), leaving
    out what is shown as it is: the query, code, the answer's table."""

    def __init__(self) -> None:
        super().__init__()
        self.stack: list[tuple[str, str | None]] = []
        self.found: list[tuple[str, str]] = []

    def handle_starttag(self, tag, attrs):
        if tag not in {"meta", "link", "input", "br"}:
            self.stack.append((tag, dict(attrs).get("lang")))

    def handle_endtag(self, tag):
        while self.stack:
            if self.stack.pop()[0] == tag:
                break

    def handle_data(self, data):
        if data.strip() and not any(tag in VERBATIM for tag, _ in self.stack):
            lang = next((lang for _, lang in reversed(self.stack) if lang), None)
            self.found.append((lang or "", data.strip()))


def _words(text: str) -> list[tuple[str, str]]:
    parser = _Words()
    parser.feed(text.split("<main>", 1)[1])
    return parser.found


def _html_lang(text: str) -> str:
    return re.match(r'<!doctype html>\s*<html lang="([a-z-]+)"', text).group(1)


def _assert_marked(text: str, lang: str) -> None:
    """Chinese text only where marked zh; no English sentence on a Chinese page."""
    for marked, words in _words(text):
        marked = marked or lang
        if marked == "zh":
            english = set(re.findall(r"[A-Za-z]{3,}", words)) - ALLOWED
            assert not english, (words, english)
        else:
            assert not CJK.search(words), (marked, words)


@pytest.mark.parametrize("query", [None, LABELS, "ASK { ?s ?p ?o }", "SELECT ?s WHERE { ?s"])
def test_the_page_is_chinese_by_default_and_every_text_is_marked(client, query):
    params = {"query": query, "format": "html"} if query else {}
    page = client.get("/sparql", params=params, headers={"accept": BROWSER})
    assert _html_lang(page.text) == "zh"
    assert "示例查询" in page.text
    assert "运行" in page.text
    assert "Examples" not in page.text
    assert 'hreflang="en"' in page.text  # English one click away
    assert "Accept-Language" in page.headers["vary"]
    _assert_marked(page.text, "zh")
    if query == LABELS:
        assert "共 5 行" in page.text
    if query and query.endswith("{ ?s"):  # the endpoint's refusal, as it is, marked English
        assert "查询未能运行" in page.text
        assert '<span lang="en">' in page.text


@pytest.mark.parametrize(
    "asked", [{"params": {"lang": "en"}}, {"headers": {"accept-language": "en-GB,en;q=0.9"}}]
)
def test_english_by_lang_or_accept_language(client, asked):
    headers = {"accept": BROWSER, **asked.get("headers", {})}
    page = client.get(
        "/sparql",
        params={"query": LABELS, "format": "html", **asked.get("params", {})},
        headers=headers,
    )
    assert _html_lang(page.text) == "en"
    assert "Examples" in page.text
    assert "5 rows" in page.text
    assert "示例查询" not in page.text
    assert 'hreflang="zh"' in page.text
    _assert_marked(page.text, "en")
    if "params" in asked:  # an explicit choice stays on the page's own links and form
        assert '<input type="hidden" name="lang" value="en">' in page.text
        links = re.findall(r'href="(/sparql\?[^"]+)"', page.text)
        own = [href for href in links if "lang=zh" not in href]  # all but the switch
        assert len(own) == len(links) - 1
        assert all("lang=en" in href for href in own)


def test_every_example_is_described_in_both_languages(client):
    assert set(EXAMPLE_KEYS) == set(EXAMPLE_QUERIES)
    chinese = client.get("/sparql", headers={"accept": BROWSER}).text
    english = client.get("/sparql?lang=en", headers={"accept": BROWSER}).text
    for key in EXAMPLE_KEYS.values():
        zh, en = MESSAGES["zh"][key], MESSAGES["en"][key]
        assert CJK.search(zh)
        assert zh != en
        assert html.escape(zh, quote=True) in chinese
        assert en.split(" 一网统管")[0] in english
        assert html.escape(zh, quote=True) not in english
    examples = english.split('class="sparql-examples"')[1]
    assert examples.count('<span lang="zh">一网统管</span>') == 2  # names inside English
