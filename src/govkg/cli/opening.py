"""The graph a command works on: ``--data`` (or the bundled seed) or a ``--store``.

With the IRI base and the store's options; the graph machinery is imported only when a command
opens one, so the commands that need none start at once.
"""

from __future__ import annotations

import argparse
import os

from govkg.core.errors import GovKGError

__all__ = ["iri_base", "open_graph_of", "remote_options", "store_auth"]


def store_auth(flag: str | None = None) -> tuple[str, str] | None:
    """USER:PASSWORD from --store-auth or $GOVKG_STORE_AUTH."""
    text = flag or os.environ.get("GOVKG_STORE_AUTH", "")
    if not text:
        return None
    user, sep, password = text.partition(":")
    if not sep:
        raise GovKGError("store credentials must be USER:PASSWORD")
    return user, password


def remote_options(args: argparse.Namespace) -> dict:
    from govkg.stores.remote import DEFAULT_GRAPH_IRI

    return {
        "update_url": args.store_update,
        "graph_iri": args.store_graph or DEFAULT_GRAPH_IRI,
        "auth": store_auth(args.store_auth),
    }


def open_graph_of(args: argparse.Namespace):
    """The graph a command works on: --data (or the bundled seed), or the --store."""
    from govkg.answers.kg import open_graph

    base = iri_base(getattr(args, "base", None))
    if not getattr(args, "store", None):
        return open_graph(args.data, base)
    from govkg.stores.remote import open_knowledge_graph

    load = open_graph(args.data, base) if args.publish else None
    return open_knowledge_graph(args.store, load=load, **remote_options(args))


def iri_base(flag: str | None) -> str:
    from govkg.graph.rdf import DEFAULT_BASE

    return flag or os.environ.get("GOVKG_BASE") or DEFAULT_BASE
