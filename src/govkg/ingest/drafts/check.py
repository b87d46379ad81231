"""The whole seed a review batch would make, checked as ``govkg validate`` checks it, before
anything is written; each problem laid at the decision on the fact it falls in.

The check runs on a scratch copy beside the seed: the draft's new text written there, every
other file hard-linked (copied where links are not allowed), so the seed itself is never
touched by a batch that is refused.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import tempfile
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import yaml

from govkg.core.errors import SeedError
from govkg.graph.validity import checked_seed
from govkg.ingest.drafts.batch import named
from govkg.ingest.drafts.onfile import DecisionError, Draft, fact_index

__all__ = ["check_batch"]


def _record_lines(text: str, data: dict) -> list[tuple[int, str]]:
    """(first line, fact id) of each record in a file as ``draft_yaml`` lays it out: a
    section is ``name:`` at the margin, each of its records starts with ``- `` there."""
    ids = {place: fact for fact, place in fact_index(data).items()}
    starts: list[tuple[int, str]] = []
    section, count = None, -1
    for number, line in enumerate(text.splitlines(), start=1):
        header = re.fullmatch(r"([a-z_]+):\s*", line)
        if header:
            section, count = header.group(1), -1
        elif line.startswith("- ") and section is not None:
            count += 1
            if (section, count) in ids:
                starts.append((number, ids[(section, count)]))
    return starts


@contextlib.contextmanager
def _scratch(seed_dir: Path) -> Iterator[Path]:
    """A scratch folder beside the seed (so its files can be hard-linked, not copied),
    or in the system's temporary folder if the seed's parent cannot be written."""
    try:
        folder = tempfile.mkdtemp(prefix=".govkg-review-", dir=seed_dir.resolve().parent)
    except OSError:
        folder = tempfile.mkdtemp(prefix="govkg-review-")
    try:
        yield Path(folder)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _mirror(source: Path, target: Path, skip: str) -> None:
    """``source``'s files under ``target``, hard-linked where the file system allows (a
    citation's text must lie inside the seed: a symbolic link would resolve outside)."""
    target.mkdir()
    for item in source.iterdir():
        if item.name.startswith(".") or item.name == skip:
            continue
        if item.is_dir():
            _mirror(item, target / item.name, skip="")
        elif item.suffix in (".yaml", ".txt"):
            try:
                os.link(item, target / item.name)
            except OSError:
                shutil.copyfile(item, target / item.name)


def check_batch(draft: Draft, new_text: str, decisions: Sequence[Any]) -> None:
    """The whole seed as it would be with ``new_text`` for the draft, checked on a scratch
    copy; DecisionError naming the decision, file, line and field of each problem."""
    with _scratch(draft.seed_dir) as scratch:
        stage = scratch / draft.seed_dir.name
        _mirror(draft.seed_dir, stage, skip=draft.path.name)
        (stage / draft.path.name).write_text(new_text, encoding="utf-8")
        try:
            checked_seed(stage)
        except SeedError as error:
            data = yaml.load(new_text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
            starts = _record_lines(new_text, data)
            by_fact = {
                d["fact"]: named(d, at)
                for at, d in enumerate(decisions)
                if isinstance(d, dict) and isinstance(d.get("fact"), str)
            }
            lines = []
            for problem in error.problems:
                blamed = "the batch"
                if Path(problem.file).name == draft.path.name:
                    before = [fact for number, fact in starts if number <= problem.line]
                    if before and before[-1] in by_fact:
                        blamed = by_fact[before[-1]]
                    elif before:
                        blamed = f"the batch (at {before[-1]})"
                where = str(problem).replace(str(stage), str(draft.seed_dir))
                lines.append(f"{blamed}: {where}")
            raise DecisionError(lines) from None
