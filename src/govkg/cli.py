"""The ``govkg`` command: validate, ingest, review, build, query, export, serve, publish, synth.

Bad input exits 1 with a message naming what is wrong, never a traceback.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

from govkg.core.errors import GovKGError, SeedError
from govkg.core.files import open_atomically, write_atomically

__all__ = ["main"]

BUILD_FORMATS = {"turtle": "turtle", "nt": "nt", "jsonld": "json-ld"}


def _parser() -> argparse.ArgumentParser:
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


def _synth(args: argparse.Namespace) -> int:
    from govkg.graph.synth import write_synthetic

    if args.triples < 1:
        raise GovKGError("--triples must be at least 1")
    from govkg.core.progress import meter, wanted

    partial = args.out.with_name(f".{args.out.name}.partial")
    shown = wanted(args.progress)
    with meter("synth", unit="triples", total=args.triples, show=shown) as tick:
        count = write_synthetic(
            partial, args.triples, args.seed_value, _base(args.base), progress=tick
        )
    os.replace(partial, args.out)
    print(f"wrote {count} triples to {args.out}", file=sys.stderr)
    return 0


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


def _store_auth(flag: str | None = None) -> tuple[str, str] | None:
    """USER:PASSWORD from --store-auth or $GOVKG_STORE_AUTH."""
    text = flag or os.environ.get("GOVKG_STORE_AUTH", "")
    if not text:
        return None
    user, sep, password = text.partition(":")
    if not sep:
        raise GovKGError("store credentials must be USER:PASSWORD")
    return user, password


def _remote_options(args: argparse.Namespace) -> dict:
    from govkg.stores.remote import DEFAULT_GRAPH_IRI

    return {
        "update_url": args.store_update,
        "graph_iri": args.store_graph or DEFAULT_GRAPH_IRI,
        "auth": _store_auth(args.store_auth),
    }


def _open(args: argparse.Namespace):
    """The graph a command works on: --data (or the bundled seed), or the --store."""
    from govkg.answers.kg import open_graph

    base = _base(getattr(args, "base", None))
    if not getattr(args, "store", None):
        return open_graph(args.data, base)
    from govkg.stores.remote import open_knowledge_graph

    load = open_graph(args.data, base) if args.publish else None
    return open_knowledge_graph(args.store, load=load, **_remote_options(args))


def _base(flag: str | None) -> str:
    from govkg.graph.rdf import DEFAULT_BASE

    return flag or os.environ.get("GOVKG_BASE") or DEFAULT_BASE


def _validate(args: argparse.Namespace) -> int:
    from govkg.answers.kg import bundled_seed
    from govkg.answers.review import review
    from govkg.graph.catalog import Catalog
    from govkg.graph.rdf import build_graph
    from govkg.graph.validity import checked_seed

    seed_dir = args.seed or bundled_seed()
    seed, _ = checked_seed(seed_dir, _base(None))  # SeedError: one line per problem
    graph = build_graph(seed, _base(None))
    counts = (
        f"{len(seed.documents)} documents, {len(seed.entities)} entities, "
        f"{len(seed.funding_lines)} funding lines, {len(seed.indicators)} indicators, "
        f"{len(seed.events)} events, {len(seed.relations)} relations"
        + (f", {len(seed.mentions)} mentions" if seed.mentions else "")
        + (f", {len(seed.money_figures)} money figures" if seed.money_figures else "")
    )
    print(f"{seed_dir}: valid ({counts})")
    catalog = Catalog(graph)
    for document in seed.documents:
        awaiting = review(catalog, document.id).line()
        if awaiting:
            print(awaiting)
    return 0


def _ingest(args: argparse.Namespace) -> int:
    """Each report on its own: one that fails is named and leaves the others written; a
    summary at the end. Exit 1 if any file was refused, 130 if interrupted."""
    from govkg.ingest.batch import ingest_all
    from govkg.ingest.progress import shown
    from govkg.ingest.report import Given

    given = Given(unit=args.unit, year=args.year, title=args.title)
    bar = {"auto": None, "bar": True, "lines": False}[args.progress]
    summary = ingest_all(
        args.report,
        args.into,
        jobs=args.jobs,
        as_new=args.as_new,
        given=given,
        shown=shown(args.into, bar=bar),
    )
    print("\n".join(summary.lines()), flush=True)
    if summary.interrupted:
        return 130
    return 1 if summary.failed else 0


def _fact_line(fact: dict) -> str:
    """``id<TAB>kind<TAB>what<TAB>"quote"``: the quote as a JSON string, one line, exact."""
    values = fact["values"]
    if fact["kind"] == "relation":
        what = f"{values.get('type')} {values.get('from')} → {values.get('to')}"
    else:
        what = str(values.get("name") or values.get("label") or values.get("title") or "")
    if fact["kind"] == "money-figure":
        what = f"{what} [{values.get('kind')}]"
    for key in ("amount", "value"):
        if key in values:
            unit = "元" if key == "amount" else values.get("unit") or ""
            what = f"{what} {values[key]}{unit}"
    if values.get("read") is False:
        what = f"{what} (unread: {values.get('reason')})"
    sources = fact["sources"]
    quote = json.dumps(sources[0].get("quote", "") if sources else "", ensure_ascii=False)
    return "\t".join([fact["id"], fact["kind"], " ".join(what.split()), quote])


def _review(args: argparse.Namespace) -> int:
    """List a draft's facts awaiting review, or accept all of one kind through the decisions
    the review pages use (all or none, checked as `govkg validate` checks, written atomically)."""
    from govkg.ingest.decisions import decide
    from govkg.ingest.draftfacts import KIND, DecisionError, facts

    listed = facts(args.into, args.document)
    waiting = [f for f in listed["facts"] if f["state"] == "extracted"]
    if args.list:
        for fact in waiting:
            print(_fact_line(fact))
        print(f"{listed['file']}: {len(waiting)} facts await review", file=sys.stderr)
        return 0
    kind = KIND.get(args.accept_all_of, args.accept_all_of)
    kinds = sorted(set(KIND.values()))
    if kind not in kinds:
        raise GovKGError(f"--accept-all-of {kind!r}: not a kind of fact ({', '.join(kinds)})")
    chosen = [f for f in waiting if f["kind"] == kind]
    if not chosen:
        print(f"{listed['file']}: no {kind} awaits review; nothing changed")
        return 0
    reviewer = args.reviewer or os.environ.get("USER") or "cli"
    try:
        applied = decide(
            args.into,
            args.document,
            [{"fact": f["id"], "action": "accept"} for f in chosen],
            reviewer=reviewer,
            expected=listed["checksum"],
        )
    except DecisionError as error:
        print(f"govkg: review refused, nothing changed ({listed['file']}):", file=sys.stderr)
        for problem in error.problems:
            print(problem, file=sys.stderr)
        return 1
    left = len(waiting) - len(chosen)
    print(
        f"{applied.path}: accepted {len(chosen)} {kind} facts (curated now); "
        f"{left} facts still await review"
    )
    return 0


def _positive(text: str) -> int:
    """An argparse type: a whole number of at least 1."""
    try:
        number = int(text)
    except ValueError:
        number = 0
    if number < 1:
        raise argparse.ArgumentTypeError(f"expected a whole number of at least 1, got {text!r}")
    return number


def _build(args: argparse.Namespace) -> int:
    from govkg.answers.kg import bundled_seed
    from govkg.graph.rdf import build_graph
    from govkg.graph.validity import checked_seed

    seed, _ = checked_seed(args.seed or bundled_seed(), _base(args.base))
    graph = build_graph(seed, _base(args.base))
    data = graph.serialize(format=BUILD_FORMATS[args.format], encoding="utf-8")
    if args.out:
        write_atomically(args.out, data)
        print(f"wrote {len(graph)} triples to {args.out}", file=sys.stderr)
    else:
        sys.stdout.buffer.write(data)
    return 0


def _query(args: argparse.Namespace) -> int:

    text = sys.stdin.read() if args.graphql == "-" else args.graphql
    variables = None
    if args.variables:
        try:
            variables = json.loads(args.variables)
        except json.JSONDecodeError as error:
            raise GovKGError(f"--variables is not JSON: {error}") from error
        if not isinstance(variables, dict):
            raise GovKGError("--variables must be a JSON object")
    from govkg.api.cost import refusal

    refused = refusal(text)
    # a text refused on its own is answered before the graph is opened (a second or more)
    response = (
        {"data": None, "errors": [error.formatted for error in refused]}
        if refused
        else _open(args).query(text, variables)
    )
    print(json.dumps(response, ensure_ascii=False, indent=2, default=str))
    return 1 if response.get("errors") else 0


def _export(args: argparse.Namespace) -> int:
    from govkg.exports import FORMATS, Selection, write_export

    if args.format not in FORMATS:
        raise GovKGError(f"unknown format {args.format!r} (use one of {', '.join(FORMATS)})")
    if not args.out and FORMATS[args.format].binary and sys.stdout.isatty():
        raise GovKGError(
            f"{args.format} is binary and stdout is a terminal; "
            f"write it to a file: -o graph.{FORMATS[args.format].extension}"
        )
    kinds = tuple(k.strip() for given in args.kind for k in given.split(",") if k.strip())
    selection = Selection(
        focus=args.focus, depth=args.depth, kinds=kinds, year=args.year, lang=args.lang
    )
    kg = _open(args)
    if args.out:
        from govkg.core.progress import meter, wanted

        # streamed into a file beside the target, renamed when whole; the display reads
        # the file's size itself, so the writing is not slowed by telling it
        with open_atomically(args.out) as out:
            handle, shown = out.fileno(), wanted(args.progress)
            with meter(
                f"export {args.format}",
                unit="bytes",
                poll=lambda: os.fstat(handle).st_size,  # the bytes flushed so far
                show=shown,
            ):
                write_export(kg, args.format, out, selection)
                out.flush()
            size = out.tell()
        print(f"wrote {size} bytes of {args.format} to {args.out}", file=sys.stderr)
    else:
        write_export(kg, args.format, sys.stdout.buffer, selection)
        sys.stdout.buffer.flush()
    return 0


def _serve(args: argparse.Namespace) -> int:
    import uvicorn

    from govkg.answers.kg import open_graph
    from govkg.app import create_app
    from govkg.http.settings import Settings

    settings = Settings.from_env(
        cors_origins=args.cors_origins,
        frame_ancestors=args.frame_ancestors,
        sparql_timeout=args.sparql_timeout,
        sparql_row_limit=args.sparql_row_limit,
        sparql_byte_limit=args.sparql_byte_limit,
        sparql_memory=args.sparql_memory,
        sparql_workers=args.sparql_workers,
        max_body=args.max_body,
        max_url=args.max_url,
        graphql_cache=args.graphql_cache,
        graphql_threads=args.graphql_threads,
        review_token=args.review_token,
    )
    if args.store:
        from govkg.stores.remote import RemoteSource
        from govkg.stores.sources import StoreSource

        options = _remote_options(args)
        load = open_graph(args.data, _base(args.base)) if args.publish else None
        source = StoreSource(
            RemoteSource(
                args.store,
                options["update_url"],
                options["graph_iri"],
                options["auth"],
                check_every=args.store_check,
                load=load,
            )
        )
    else:
        from govkg.stores.sources import LocalSource

        source = LocalSource(
            args.data, _base(args.base), watch=args.watch, allow_shrink=args.allow_shrink
        )
    app = create_app(source.current(), settings, source)
    uvicorn.run(app, host=args.host, port=args.port, log_level="info", server_header=False)
    return 0


def _publish(args: argparse.Namespace) -> int:
    from govkg.answers.kg import open_graph
    from govkg.stores.remote import publish

    if not args.store:
        raise GovKGError("--store URL (or $GOVKG_STORE) is required")
    kg = open_graph(args.data, _base(None))
    options = _remote_options(args)
    from govkg.core.progress import meter, wanted

    with meter("publish", unit="triples", total=kg.triples, show=wanted(args.progress)) as tick:
        publish(
            kg.graph,
            args.store,
            options["update_url"],
            options["graph_iri"],
            options["auth"],
            version=kg.version,
            progress=tick,
        )
    print(
        f"published {kg.triples} triples, version {kg.version}, to <{options['graph_iri']}> "
        f"at {args.store}",
        file=sys.stderr,
    )
    return 0


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    handler = {
        "validate": _validate,
        "ingest": _ingest,
        "review": _review,
        "build": _build,
        "synth": _synth,
        "publish": _publish,
        "query": _query,
        "export": _export,
        "serve": _serve,
    }
    try:
        return handler[args.command](args)
    except SeedError as error:
        for problem in error.problems:
            print(problem, file=sys.stdout)
        return 1
    except GovKGError as error:
        print(f"govkg: error: {error}", file=sys.stderr)
        return 1
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
