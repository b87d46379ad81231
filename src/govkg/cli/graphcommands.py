"""``govkg query`` and ``export``: a graph's answers and export formats, out of the shell.

Written to standard output, or to a file that appears only once whole.
"""

from __future__ import annotations

import argparse
import json
import os
import sys

from govkg.cli.opening import open_graph_of
from govkg.core.errors import GovKGError
from govkg.core.files import open_atomically

__all__ = ["export", "query"]


def query(args: argparse.Namespace) -> int:

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
        else open_graph_of(args).query(text, variables)
    )
    print(json.dumps(response, ensure_ascii=False, indent=2, default=str))
    return 1 if response.get("errors") else 0


def export(args: argparse.Namespace) -> int:
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
    kg = open_graph_of(args)
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
