"""The ``govkg`` command's arguments: one parser with a subcommand each, and nothing more.

It imports no graph machinery, so ``govkg --help`` and a mistyped flag answer at once.
"""

from __future__ import annotations

import argparse
import os
from pathlib import Path

__all__ = ["BUILD_FORMATS", "build_parser"]

BUILD_FORMATS = {"turtle": "turtle", "nt": "nt", "jsonld": "json-ld"}


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="govkg", description="A knowledge graph of government IT spending reports."
    )
    commands = parser.add_subparsers(dest="command", required=True)

    validate = commands.add_parser("validate", help="check the seed: quotes, references, shapes")
    validate.add_argument("--seed", type=Path, help="seed directory (default: the bundled seed)")

    ingest = commands.add_parser(
        "ingest",
        help="extract cited draft seeds from reports (.txt, .docx, .pdf, .html) or folders",
    )
    ingest.add_argument(
        "report",
        type=Path,
        nargs="+",
        help="report files, one draft each, or folders (their reports, recursively)",
    )
    ingest.add_argument(
        "--into",
        type=Path,
        default=Path("seed"),
        help="seed directory to add it to (default: seed)",
    )
    ingest.add_argument(
        "--as-new",
        action="store_true",
        help="add a report even if one with the same title and year is there",
    )
    ingest.add_argument("--unit", help="the reporting unit, where the text does not name it")
    ingest.add_argument("--year", type=int, help="the fiscal year, where the text does not say")
    ingest.add_argument("--title", help="the report's title, where the page lost it")
    ingest.add_argument(
        "--jobs",
        type=_positive,
        default=1,
        metavar="N",
        help="read and extract in N worker processes; drafts are written in order (default 1)",
    )
    ingest.add_argument(
        "--progress",
        choices=("auto", "bar", "lines"),
        default="auto",
        help="a progress bar (on a terminal: auto) or a line a file",
    )

    review = commands.add_parser(
        "review",
        help="list a draft's facts awaiting review, or accept every one of a kind",
    )
    review.add_argument("document", help="the document's id, as `govkg ingest` printed it")
    review.add_argument(
        "--into",
        "--seed",
        dest="into",
        type=Path,
        default=Path("seed"),
        help="seed directory holding the draft (default: seed, as for ingest)",
    )
    doing = review.add_mutually_exclusive_group(required=True)
    doing.add_argument(
        "--list",
        action="store_true",
        help="the facts awaiting review, one a line: id, kind, what, quote (tab-separated)",
    )
    doing.add_argument(
        "--accept-all-of",
        metavar="KIND",
        help="accept every extracted fact of this kind: document, unit, system, project, "
        "funding-line, indicator, event, relation, mention or money-figure",
    )
    review.add_argument(
        "--reviewer", help="who decides, for review-log.jsonl (default: $USER, else cli)"
    )

    build = commands.add_parser("build", help="write the graph as RDF")
    build.add_argument("--seed", type=Path, help="seed directory (default: the bundled seed)")
    build.add_argument("--out", type=Path, help="output file (default: standard output)")
    build.add_argument("--format", choices=sorted(BUILD_FORMATS), default="turtle")
    build.add_argument(
        "--base", default=None, help="IRI base (default: $GOVKG_BASE or https://govkg.org)"
    )

    query = commands.add_parser("query", help="run a GraphQL query and print the JSON response")
    query.add_argument("graphql", help="the query text, or - to read it from standard input")
    query.add_argument("--variables", help="variables as a JSON object")
    query.add_argument(
        "--data", type=Path, help="seed directory or RDF file (default: bundled seed)"
    )
    _store_arguments(query)

    export = commands.add_parser(
        "export", help="write the graph or a neighbourhood in an export format"
    )
    export.add_argument(
        "--format",
        required=True,
        help="turtle, nt, nquads, rdfxml, jsonld, qb, graphml, gexf, cytoscape, dot, svg, png, "
        "sankey, treemap, csv or fdp (docs/exports.md)",
    )
    export.add_argument("-o", "--out", type=Path, help="output file (default: standard output)")
    export.add_argument("--focus", help="centre node: id, IRI or name (default: whole graph)")
    export.add_argument("--depth", type=int, default=1, help="hops around --focus (default 1)")
    export.add_argument(
        "--kind", action="append", default=[], help="keep only nodes of this kind (repeatable)"
    )
    export.add_argument(
        "--data", type=Path, help="seed directory or RDF file (default: bundled seed)"
    )
    export.add_argument(
        "--year", type=int, help="the fiscal year of a sankey or treemap (default: the latest)"
    )
    export.add_argument(
        "--lang",
        choices=("zh", "en"),
        default="zh",
        help="the language of the words in dot, svg and png pictures (default zh)",
    )
    _progress_argument(export, "the bytes written and the rate (with -o)")
    _store_arguments(export)

    serve = commands.add_parser(
        "serve", help="serve the HTTP app: GraphQL, SPARQL, /id/ pages (env: GOVKG_*)"
    )
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8000)
    serve.add_argument(
        "--watch",
        action="store_true",
        help="rebuild when the seed or file changes; a broken edit keeps the old graph served",
    )
    serve.add_argument(
        "--allow-shrink",
        action="store_true",
        help="let --watch and reload serve data holding fewer documents than the graph served",
    )
    serve.add_argument(
        "--data", type=Path, help="seed directory or RDF file (default: bundled seed)"
    )
    _store_arguments(serve)
    serve.add_argument(
        "--base",
        default=None,
        help="IRI base of a seed's graph (default: $GOVKG_BASE or https://govkg.org)",
    )
    serve.add_argument(
        "--cors-origin",
        action="append",
        dest="cors_origins",
        metavar="ORIGIN",
        help="an origin allowed to call the API from a browser, e.g. https://portal.example "
        "(repeatable; default: $GOVKG_CORS_ORIGINS, comma-separated, else none)",
    )
    serve.add_argument(
        "--embed-origins",
        "--frame-ancestor",
        action="append",
        dest="frame_ancestors",
        metavar="ORIGIN",
        help="restrict who may frame /embed/ to this origin (repeatable or comma-separated; "
        "'self' for this site only; default: $GOVKG_EMBED_ORIGINS, else any site)",
    )
    serve.add_argument(
        "--sparql-timeout",
        type=float,
        metavar="SECONDS",
        help="stop a SPARQL query after this long (default: $GOVKG_SPARQL_TIMEOUT or 5)",
    )
    serve.add_argument(
        "--sparql-row-limit",
        type=int,
        metavar="ROWS",
        help="most rows or triples per SPARQL answer (default: $GOVKG_SPARQL_ROW_LIMIT or 10000)",
    )
    serve.add_argument(
        "--sparql-workers",
        type=int,
        metavar="N",
        help="SPARQL worker processes (default: $GOVKG_SPARQL_WORKERS or 2)",
    )
    serve.add_argument(
        "--graphql-cache",
        type=int,
        metavar="N",
        help="GraphQL answers kept per graph version, 0 for none "
        "(default: $GOVKG_GRAPHQL_CACHE or 1024)",
    )
    serve.add_argument(
        "--graphql-threads",
        type=int,
        metavar="N",
        help="threads for large GraphQL requests, so the event loop keeps answering "
        "(default: $GOVKG_GRAPHQL_THREADS or 1)",
    )
    serve.add_argument(
        "--review-token",
        metavar="TOKEN",
        help="bearer token enabling GET/POST /review/{document} on a seed directory "
        "(default: $GOVKG_REVIEW_TOKEN, else off; prefer the variable: argv shows in ps)",
    )
    serve.add_argument(
        "--max-body",
        type=int,
        metavar="BYTES",
        help="largest request body, else 413 (default: $GOVKG_MAX_BODY or 65536)",
    )
    serve.add_argument(
        "--max-url",
        type=int,
        metavar="BYTES",
        help="longest request path and query string, else 414 (default: $GOVKG_MAX_URL or 16384)",
    )
    serve.add_argument(
        "--sparql-byte-limit",
        type=int,
        metavar="BYTES",
        help="largest SPARQL answer, cut between rows or triples "
        "(default: $GOVKG_SPARQL_BYTE_LIMIT or 8388608)",
    )
    serve.add_argument(
        "--sparql-memory",
        type=int,
        metavar="MB",
        help="memory a SPARQL worker may take beyond its graph, 0 for no limit "
        "(default: $GOVKG_SPARQL_MEMORY or 512)",
    )
    publish = commands.add_parser(
        "publish", help="put a seed or RDF file on a SPARQL store, replacing its graph"
    )
    publish.add_argument(
        "--data", type=Path, help="seed directory or RDF file (default: bundled seed)"
    )
    _progress_argument(publish, "the triples sent of the graph's")
    _store_arguments(publish)

    synth = commands.add_parser(
        "synth", help="write a synthetic graph with the seed's shape, for benchmarks"
    )
    synth.add_argument("--triples", type=int, required=True, help="about how many triples")
    synth.add_argument("-o", "--out", type=Path, required=True, help="N-Triples file to write")
    synth.add_argument("--seed-value", type=int, default=0, help="same value, same graph")
    synth.add_argument("--base", default=None, help="IRI base (default: $GOVKG_BASE)")
    _progress_argument(synth, "the triples written of --triples")
    return parser


def _progress_argument(command: argparse.ArgumentParser, shown: str) -> None:
    """--progress: a display on stderr while a long command works (core/progress.py)."""
    command.add_argument(
        "--progress",
        choices=("auto", "bar", "none"),
        default="auto",
        help=f"show {shown} on stderr: auto when it is a terminal, bar always, none never",
    )


def _store_arguments(command: argparse.ArgumentParser) -> None:
    """--store and friends: serve and query a graph held by a SPARQL 1.1 endpoint."""
    group = command.add_argument_group("remote store (docs/remote-store.md)")
    group.add_argument(
        "--store",
        metavar="URL",
        default=os.environ.get("GOVKG_STORE"),
        help="SPARQL query endpoint holding the graph (env GOVKG_STORE)",
    )
    group.add_argument(
        "--store-update",
        metavar="URL",
        default=os.environ.get("GOVKG_STORE_UPDATE"),
        help="SPARQL update endpoint, if not the query URL (env GOVKG_STORE_UPDATE)",
    )
    group.add_argument(
        "--store-graph",
        metavar="IRI",
        default=os.environ.get("GOVKG_STORE_GRAPH"),
        help="named graph (env GOVKG_STORE_GRAPH; default: govkg's)",
    )
    group.add_argument(
        "--store-auth",
        metavar="USER:PASSWORD",
        help="credentials (prefer $GOVKG_STORE_AUTH: arguments show in `ps`)",
    )
    group.add_argument(
        "--publish",
        action="store_true",
        help="first publish --data (default: the bundled seed) to the store",
    )
    group.add_argument(
        "--store-check",
        type=float,
        default=30.0,
        metavar="SECONDS",
        help="how often a server looks for a newly published version",
    )


def _positive(text: str) -> int:
    """An argparse type: a whole number of at least 1."""
    try:
        number = int(text)
    except ValueError:
        number = 0
    if number < 1:
        raise argparse.ArgumentTypeError(f"expected a whole number of at least 1, got {text!r}")
    return number
