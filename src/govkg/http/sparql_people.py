"""``/sparql`` for people and for machines that ask what it is: an answer as an HTML table
whose IRIs of this graph link to their ``/id/`` pages, with the same answer to download; and
a SPARQL 1.1 Service Description (Turtle) for a client that asks ``/sparql`` for RDF.
The page is in Chinese by default and in English with ``?lang=en`` or ``Accept-Language``,
as every page; the query, the answer's values and the endpoint's own refusals are shown
as they are.

The query runs exactly as a protocol request does (the same workers, limits and refusals);
only the answer is shown as a page.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from urllib.parse import urlencode

from starlette.requests import Request
from starlette.responses import Response

from govkg.answers.kg import KnowledgeGraph
from govkg.http.i18n import with_lang
from govkg.http.markup import Page, page_response
from govkg.http.sparql_pool import Answer

__all__ = [
    "EXAMPLE_KEYS",
    "PAGE_ACCEPT",
    "Cell",
    "form_page",
    "results_page",
    "service_description",
    "wants_page",
]

TABLE_FORMATS = ("json", "xml", "csv", "tsv")
GRAPH_FORMATS = ("turtle", "nt", "jsonld")
SHOWN = TABLE_FORMATS + GRAPH_FORMATS
# what the page asks the workers for: solutions as JSON (to lay out), graphs as Turtle (shown)
PAGE_ACCEPT = "application/sparql-results+json, text/turtle;q=0.9"
RESULT_FORMATS = (
    "SPARQL_Results_JSON",
    "SPARQL_Results_XML",
    "SPARQL_Results_CSV",
    "SPARQL_Results_TSV",
    "Turtle",
    "N-Triples",
    "JSON-LD",
)


EXAMPLE_KEYS = {
    "Units that feed 一网统管": "sparql.example.feeders",
    "How many things of each class": "sparql.example.classes",
    "Funding lines and amounts": "sparql.example.lines",
    "Everything said about 一网统管": "sparql.example.describe",
}
"""The example queries' titles (``http.sparql.EXAMPLE_QUERIES``) -> their words in
``http/texts/browse.py``, in Chinese and English."""


@dataclass(frozen=True, slots=True)
class Cell:
    """One value of a row: its text, a link (an IRI, ``/id/…`` when this graph's), a
    literal's language, or its datatype's short name."""

    text: str
    href: str | None = None
    lang: str | None = None
    datatype: str | None = None


def wants_page(request: Request, formats: list[str]) -> bool:
    """A browser asking with a query: ``format=html``, or no format and HTML preferred."""
    if formats:
        return formats[0] == "html"
    accept = request.headers.get("accept", "")
    return "text/html" in accept and not any(
        kind in accept for kind in ("sparql-results", "text/csv", "text/turtle", "n-triples")
    )


def _cell(term: dict, kg: KnowledgeGraph) -> Cell:
    value = term.get("value", "")
    if term.get("type") == "uri":
        local = f"{kg.catalog.base}/id/"
        return Cell(
            value, href=value.removeprefix(kg.catalog.base) if value.startswith(local) else value
        )
    if term.get("type") == "bnode":
        return Cell(f"_:{value}")
    datatype = term.get("datatype", "").rpartition("#")[2] or None
    return Cell(value, lang=term.get("xml:lang"), datatype=datatype)


def results_page(
    kg: KnowledgeGraph, query: str, answer: Answer, limits: dict, examples: dict[str, str]
) -> Response:
    """The form with the query, and its answer as a table (or its graph as Turtle)."""
    heads: list[str] = []
    rows: list[list[Cell]] = []
    graph = boolean = error = None
    if answer.status != 200:
        error = answer.body.decode("utf-8", "replace").strip()
    elif answer.content_type.startswith("application/sparql-results+json"):
        data = json.loads(answer.body)
        if "boolean" in data:
            boolean = "true" if data["boolean"] else "false"
        else:
            heads = data["head"]["vars"]
            for binding in data["results"]["bindings"]:
                rows.append([_cell(binding[v], kg) if v in binding else Cell("") for v in heads])
    else:
        graph = answer.body.decode("utf-8", "replace")
    context = {
        **_form(kg, query),
        "ran": True,
        "heads": heads,
        "rows": rows,
        "graph": graph,
        "boolean": boolean,
        "error": error,
        "truncated": answer.truncated,
        "limits": limits,
        "downloads": [
            (name, urlencode({"query": query, "format": name}))
            for name in (GRAPH_FORMATS if graph is not None else TABLE_FORMATS)
        ],
        "examples": _examples(examples),
    }
    return page_response("SPARQL", Page("sparql.html", context), status=answer.status)


def form_page(kg: KnowledgeGraph, first: str, examples: dict[str, str]) -> Response:
    """The form and the example queries."""
    context = {**_form(kg, first), "ran": False, "examples": _examples(examples)}
    return page_response("SPARQL", Page("sparql.html", context))


def _examples(examples: dict[str, str]) -> list[tuple[str | None, str, str]]:
    """Each example's text key (None if it has none: its English title is shown, marked
    so), its title, and the link that runs it."""
    return [
        (EXAMPLE_KEYS.get(title), title, urlencode({"query": q, "format": "html"}))
        for title, q in examples.items()
    ]


def _form(kg: KnowledgeGraph, query: str) -> dict:
    return {
        "triples": kg.triples,
        "version": kg.version,
        "query": query,
        "formats": ["html", *SHOWN],
        "with_lang": with_lang,
    }


def service_description(kg: KnowledgeGraph, endpoint: str) -> Response:
    """What this endpoint is, in the SPARQL 1.1 Service Description vocabulary."""
    formats = ",\n        ".join(f"<http://www.w3.org/ns/formats/{f}>" for f in RESULT_FORMATS)
    text = f"""@prefix sd: <http://www.w3.org/ns/sparql-service-description#> .
@prefix void: <http://rdfs.org/ns/void#> .

<{endpoint}> a sd:Service ;
    sd:endpoint <{endpoint}> ;
    sd:supportedLanguage sd:SPARQL11Query ;
    sd:resultFormat {formats} ;
    sd:defaultDataset [
        a sd:Dataset ;
        sd:defaultGraph [ a sd:Graph, void:Dataset ; void:triples {kg.triples} ]
    ] .
"""
    return Response(text, media_type="text/turtle; charset=utf-8", headers={"vary": "Accept"})
