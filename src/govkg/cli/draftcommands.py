"""``govkg ingest`` and ``review``: reports read into cited draft seeds, drafts reviewed.

``review`` decides through the same decisions as the review pages, without a server.
"""

from __future__ import annotations

import argparse
import json
import os
import sys

from govkg.core.errors import GovKGError

__all__ = ["ingest", "review"]


def ingest(args: argparse.Namespace) -> int:
    """Each report on its own: one that fails is named and leaves the others written; a
    summary at the end. Exit 1 if any file was refused, 130 if interrupted."""
    from govkg.ingest.batch import ingest_all
    from govkg.ingest.document.report import Given
    from govkg.ingest.progress import shown

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


def review(args: argparse.Namespace) -> int:
    """List a draft's facts awaiting review, or accept all of one kind through the decisions
    the review pages use (all or none, checked as `govkg validate` checks, written atomically)."""
    from govkg.ingest.drafts.decisions import decide
    from govkg.ingest.drafts.onfile import KIND, DecisionError, facts

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
