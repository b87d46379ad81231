"""One SPARQL worker process: the graph's shared on-disk store, one read-only query at a time.

The server starts it as ``python -m govkg.http.sparql_worker FD`` (not with multiprocessing,
which would re-import the server's main module) and kills it when a query runs past the
timeout (a thread cannot be stopped), so everything slow — parsing, checking, evaluating,
serializing — happens here. Its address space may grow only so far past the loaded graph: a
query that builds a huge string fails an allocation here (Python raises ``MemoryError``,
Oxigraph aborts the process), and the server answers 503 and starts another worker.
"""

from __future__ import annotations

import contextlib
import os
import re
import sys
import time
from collections.abc import Iterator
from multiprocessing.connection import Connection
from typing import Any

from pyoxigraph import QueryBoolean, QuerySolutions, RdfFormat, Store

from govkg.http.negotiate import negotiate
from govkg.http.sparql_results import write_boolean, write_rows, write_triples

__all__ = ["FORMATS", "MEMORY_MESSAGE", "Refused", "answer", "check_query", "main", "run"]

MEMORY_MESSAGE = (
    "the query needed more memory than a SPARQL worker may use ({} MB beyond the graph) "
    "and was stopped; ask for less (shorter strings, fewer rows)"
)

# format= values, and the media type each names (JSON means JSON-LD for a graph)
FORMATS = {
    "json": "application/sparql-results+json",
    "xml": "application/sparql-results+xml",
    "csv": "text/csv",
    "tsv": "text/tab-separated-values",
    "turtle": "text/turtle",
    "ttl": "text/turtle",
    "nt": "application/n-triples",
    "ntriples": "application/n-triples",
    "n-triples": "application/n-triples",
    "jsonld": "application/ld+json",
    "json-ld": "application/ld+json",
}
# offered media type -> the writer's media type; the first is the default
RESULT_TYPES = {
    "application/sparql-results+json": "application/sparql-results+json",
    "application/sparql-results+xml": "application/sparql-results+xml",
    "text/csv": "text/csv",
    "text/tab-separated-values": "text/tab-separated-values",
    "application/json": "application/sparql-results+json",
    "application/xml": "application/sparql-results+xml",
    "text/xml": "application/sparql-results+xml",
}
GRAPH_TYPES = {
    "text/turtle": RdfFormat.TURTLE,
    "application/n-triples": RdfFormat.N_TRIPLES,
    "application/ld+json": RdfFormat.JSON_LD,
    "application/json": RdfFormat.JSON_LD,
    "text/plain": RdfFormat.N_TRIPLES,
}
CHARSET = {"text/csv", "text/tab-separated-values", "text/turtle", "text/plain", "text/xml"}

_SKIPPED = re.compile(
    r"""\#[^\n\r]*
    | <[^<>"{}|^`\\\x00-\x20]*>
    | \"\"\"(?:[^"\\]|\\.|"(?!""))*\"\"\"
    | '''(?:[^'\\]|\\.|'(?!''))*'''
    | "(?:[^"\\\n\r]|\\.)*"
    | '(?:[^'\\\n\r]|\\.)*'
    """,
    re.VERBOSE | re.DOTALL,
)
_FORBIDDEN_WORD = re.compile(r"(?<![\w?$:@.\-])(SERVICE|FROM)(?![\w:\-])", re.IGNORECASE)


class Refused(Exception):
    """A query this endpoint will not run, with the HTTP status to answer."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status, self.message = status, message


def _names(tree: Any) -> Iterator[str]:
    from rdflib.plugins.sparql.parserutils import CompValue
    from rdflib.term import Node

    stack = [tree]
    while stack:
        item = stack.pop()
        if isinstance(item, CompValue):
            yield item.name
            stack.extend(item.values())
        elif isinstance(item, list | tuple) or (
            hasattr(item, "__iter__") and not isinstance(item, str | bytes | Node | dict)
        ):
            stack.extend(item)


def check_query(query: str) -> None:
    """Refuse updates, datasets (``FROM``, ``FROM NAMED``) and ``SERVICE``: one graph, read-only.

    Both rdflib's parse tree and a scan of the query's words (outside strings, IRIs and
    comments) must be clean, so a difference between parsers cannot let one through.
    """
    from pyparsing import ParseException
    from rdflib.plugins.sparql.parser import parseQuery, parseUpdate

    try:
        tree = parseQuery(query)
    except ParseException as error:
        try:
            parseUpdate(query)
        except ParseException:
            raise Refused(400, f"SPARQL syntax error: {error}") from None
        raise Refused(403, "updates are not accepted: this endpoint is read-only") from None
    except Exception as error:  # rdflib raises assorted types for odd input
        raise Refused(400, f"SPARQL syntax error: {error}") from None
    names = set(_names(tree))
    words = {m.upper() for m in _FORBIDDEN_WORD.findall(_SKIPPED.sub(" ", query))}
    if "ServiceGraphPattern" in names or "SERVICE" in words:
        raise Refused(400, "SERVICE is not allowed: this endpoint queries only its own graph")
    if "DatasetClause" in names or "FROM" in words:
        raise Refused(
            400, "FROM and FROM NAMED are not allowed: this endpoint queries only its own graph"
        )


def _content_type(media: str) -> str:
    return f"{media}; charset=utf-8" if media in CHARSET else media


def _pick(accept: str, fmt: str | None, offers: dict) -> str:
    if fmt:
        media = FORMATS.get(fmt.lower())
        if media == "application/sparql-results+json" and offers is GRAPH_TYPES:
            media = "application/ld+json"
        if media not in offers:
            raise Refused(
                400, f"format={fmt!r} does not fit this query; use one of {', '.join(FORMATS)}"
            )
        return media
    media = negotiate(accept, list(offers))
    if media is None:
        raise Refused(406, f"none of the accepted types is offered: {', '.join(offers)}")
    return media


def answer(
    store: Store,
    query: str,
    accept: str = "",
    fmt: str | None = None,
    limit: int = 10_000,
    prefixes: dict[str, str] | None = None,
    max_bytes: int = 8 * 1024 * 1024,
) -> tuple[str, bytes, bool]:
    """``(content type, body, truncated)`` for ``query``, or raise ``Refused``; the body holds
    at most ``limit`` rows or triples in at most ``max_bytes``, cut between two of them."""
    check_query(query)
    try:
        result = store.query(query)
    except (SyntaxError, ValueError, OSError) as error:
        raise Refused(400, f"SPARQL error: {error}") from None
    if isinstance(result, QueryBoolean):
        media = _pick(accept, fmt, RESULT_TYPES)
        return _content_type(media), write_boolean(RESULT_TYPES[media], result), False
    if isinstance(result, QuerySolutions):
        media = _pick(accept, fmt, RESULT_TYPES)
        body, cut = write_rows(RESULT_TYPES[media], result, limit=limit, max_bytes=max_bytes)
        return _content_type(media), body, cut
    media = _pick(accept, fmt, GRAPH_TYPES)
    body, cut = write_triples(
        result, GRAPH_TYPES[media], prefixes or {}, limit=limit, max_bytes=max_bytes
    )
    return _content_type(media), body, cut


def _die_with_parent() -> None:
    """Linux: the kernel kills this worker if the server dies, even mid-query."""
    try:
        import ctypes
        import signal

        ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass


NICENESS = 5
"""Added to a worker's nice value. Measured with 32 clients of cheap questions while a
cartesian count ran (benchmarks/load.py's third phase, A/B servers interleaved): +0 -> +5
took the server's answers from 300 to 557 req/s and /health p99 from 162 to 86 ms."""


def _yield_to_the_server() -> None:
    """Run at a lower priority than the server: when a long query and the server's own
    answers want the same core, the kernel gives it to the server (``/health`` first)."""
    with contextlib.suppress(OSError, AttributeError):  # a platform without nice: as is
        os.nice(NICENESS)


def _limit_memory(megabytes: int) -> None:
    """Linux: let the address space grow ``megabytes`` past what it is now (0: no limit).

    Set once the graph is loaded, so the limit follows the graph's size; a lower limit the
    worker inherited stays."""
    if megabytes <= 0:
        return
    try:
        import resource

        with open("/proc/self/statm", encoding="ascii") as statm:
            now = int(statm.read().split()[0]) * resource.getpagesize()
    except (ImportError, OSError, ValueError):
        return
    soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    wanted = now + megabytes * 1024 * 1024
    for inherited in (soft, hard):
        if inherited != resource.RLIM_INFINITY:
            wanted = min(wanted, inherited)
    resource.setrlimit(resource.RLIMIT_AS, (wanted, hard))


def run(connection: Connection) -> None:
    """Open the graph's store the server names, say ready, then answer requests until EOF.

    Replies: ``("ok", type, body, cut, cpu)``, ``("refused", status, message, cpu)`` with
    the CPU seconds the query took (how costly it is, however busy the machine), or
    ``("memory", message)``, after which the server replaces this worker."""
    check_query("ASK {}")  # import the parser now, while the store may still be loading
    path, prefixes, megabytes = connection.recv()
    store = Store.read_only(path)  # the one copy the workers share (sparql_store.py)
    _limit_memory(megabytes)
    # no len(store) here: nothing reads it, and it counts every quad (0.16 s of CPU per
    # worker at 10^6 triples, on the cores the server answers from as it becomes ready)
    connection.send(("ready",))
    while True:
        try:
            query, accept, fmt, limit, max_bytes = connection.recv()
        except (EOFError, OSError):
            return
        started = time.process_time()
        try:
            content_type, body, cut = answer(store, query, accept, fmt, limit, prefixes, max_bytes)
            reply: tuple = ("ok", content_type, body, cut)
        except Refused as refused:
            reply = ("refused", refused.status, refused.message)
        except MemoryError:
            connection.send(("memory", MEMORY_MESSAGE.format(megabytes)))
            continue
        except Exception as error:  # a bug must not kill the worker silently
            reply = ("refused", 500, f"SPARQL evaluation failed: {type(error).__name__}")
        connection.send((*reply, time.process_time() - started))


def main(argv: list[str] | None = None) -> None:
    """``python -m govkg.http.sparql_worker FD``: serve the socket inherited as ``FD``."""
    _die_with_parent()
    _yield_to_the_server()
    argv = sys.argv[1:] if argv is None else argv
    with Connection(int(argv[0])) as connection:
        run(connection)


if __name__ == "__main__":
    main()
