"""``govkg serve`` and ``publish``: a graph put where others reach it.

``serve`` answers over HTTP from a seed, a file or a SPARQL store; ``publish`` puts a graph on
such a store, replacing what it held.
"""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from govkg.cli.opening import iri_base, remote_options
from govkg.core.errors import GovKGError

if TYPE_CHECKING:
    from concurrent.futures import Future

    from govkg.http.sparql_early import EarlyStore

__all__ = ["publish", "serve"]


def serve(args: argparse.Namespace) -> int:
    from govkg.http.sparql_early import start

    # the SPARQL workers' store from the file itself, on the other core, before the imports
    early = start(args.data) if args.data is not None and not args.store else None
    try:
        return _serve(args, early)
    except BaseException:
        if early is not None:
            early.remove()
        raise


def _serve(args: argparse.Namespace, early: EarlyStore | None) -> int:
    opening = None if args.store else _open_local(args, beside=_load_beside(args, early))
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
    if opening is None:
        from govkg.stores.remote import RemoteSource
        from govkg.stores.sources import StoreSource

        options = remote_options(args)
        load = open_graph(args.data, iri_base(args.base)) if args.publish else None
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
        source = opening.result()
    kg = source.current()
    if early is not None:
        early.offer(kg.graph, kg.version)  # the first pool takes it if it holds kg's triples
    app = create_app(kg, settings, source)
    uvicorn.run(app, host=args.host, port=args.port, log_level="info", server_header=False)
    return 0


def _load_beside(args: argparse.Namespace, early: EarlyStore | None) -> bool:
    """Whether the graph should load beside the server's imports: yes when no child loads
    the SPARQL workers' store meanwhile (none, or one kept by an earlier server); when one
    does, the three on two cores made the first start ~0.3 s slower at 10^6 triples
    (benchmarks/ready.py), since that child's load is what the start waits for."""
    from govkg.http.sparql_kept import held

    return early is None or held(args.data)


def _open_local(args: argparse.Namespace, beside: bool) -> Future:
    """The seed or file's source; with ``beside``, opening in a thread while the server's
    own modules are imported (~0.9 s): Oxigraph's bulk load lets go of the interpreter
    lock, so the two run on two cores."""
    import threading
    from concurrent.futures import Future

    from govkg.stores.sources import LocalSource

    opening: Future = Future()

    def run() -> None:
        try:
            opening.set_result(
                LocalSource(
                    args.data,
                    iri_base(args.base),
                    watch=args.watch,
                    allow_shrink=args.allow_shrink,
                )
            )
        except BaseException as error:  # raised again by ``result`` in the main thread
            opening.set_exception(error)

    if beside:
        threading.Thread(target=run, name="govkg-open", daemon=True).start()
    else:
        run()
    return opening


def publish(args: argparse.Namespace) -> int:
    from govkg.answers.kg import open_graph
    from govkg.stores.remote import publish as publish_graph

    if not args.store:
        raise GovKGError("--store URL (or $GOVKG_STORE) is required")
    kg = open_graph(args.data, iri_base(None))
    options = remote_options(args)
    from govkg.core.progress import meter, wanted

    with meter("publish", unit="triples", total=kg.triples, show=wanted(args.progress)) as tick:
        publish_graph(
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
