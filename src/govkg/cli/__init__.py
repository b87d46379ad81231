"""The ``govkg`` command: validate, ingest, review, build, query, export, serve, publish, synth.

Bad input exits 1 with a message naming what is wrong, never a traceback. The parser is in
:mod:`~govkg.cli.arguments`, each command's handler in a module named for what its commands
do; a handler and the graph machinery it needs are imported only when it runs, so ``govkg --help``
stays quick.

Stage 7 of the flow, the last: may import everything.
"""

from __future__ import annotations

import sys
from importlib import import_module

from govkg.cli.arguments import build_parser
from govkg.core.errors import GovKGError, SeedError

__all__ = ["main"]

# each command's handler: the function of its name in this module of govkg.cli, imported only
# when the command runs (``govkg --help`` loads none of them)
HANDLERS = {
    "validate": "seedcommands",
    "ingest": "draftcommands",
    "review": "draftcommands",
    "build": "seedcommands",
    "synth": "seedcommands",
    "publish": "servecommands",
    "query": "graphcommands",
    "export": "graphcommands",
    "serve": "servecommands",
}


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    handler = getattr(import_module(f"govkg.cli.{HANDLERS[args.command]}"), args.command)
    try:
        return handler(args)
    except SeedError as error:
        for problem in error.problems:
            print(problem, file=sys.stdout)
        return 1
    except GovKGError as error:
        print(f"govkg: error: {error}", file=sys.stderr)
        return 1
    except BrokenPipeError:
        return 0
