"""Review decisions on a draft: accept, reject or edit its extracted facts, all or nothing.

A draft is the YAML file ``govkg ingest`` wrote for one document (the file whose
``documents`` list holds it). ``drafts.onfile.facts`` lists its records with stable ids
(``section/id``; a relation ``relations/type:from:to``; a mention
``mentions/entity@start-end``), each with its state and citations. ``decide`` applies a
batch of decisions:

- ``accept``: the fact becomes curated (``provenance: curated``, its rule dropped);
- ``reject``: the fact is removed, with the optional links to it (``drafts.batch``); a
  required reference to it refuses the batch unless the referring fact is rejected too.
  The stored text and the document stay;
- ``edit``: ``value`` changes ``amount``, ``kind``, ``name``, ``year`` or ``span``
  (``drafts.edits``), and the fact becomes curated.

The new text of the file is built in memory (``drafts.batch``), the whole seed it would make
is checked as ``govkg validate`` decides (``drafts.check``, on a scratch copy), and only a
valid seed is written, atomically. Otherwise ``DecisionError`` names the decision, the
field and the problem, and nothing changes. Batches on one seed run one at a time (a lock
on the directory); a batch carrying the checksum it was read at is refused with
``ReviewConflict`` if the file changed since. Every applied batch is appended to
``review-log.jsonl`` in the seed directory (not a ``*.yaml``: not part of the seed).
"""

from __future__ import annotations

import contextlib
import json
import os
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from govkg.core.files import BusyError, locked_directory, write_atomically
from govkg.ingest.drafts.batch import ACTIONS, apply_batch
from govkg.ingest.drafts.check import check_batch
from govkg.ingest.drafts.edits import EDITABLE, MONEYKINDS
from govkg.ingest.drafts.onfile import DecisionError, ReviewConflict, checksum_of, find_draft

__all__ = ["ACTIONS", "EDITABLE", "LOG_NAME", "MONEYKINDS", "Applied", "decide"]

LOG_NAME = "review-log.jsonl"


@dataclass(frozen=True)
class Applied:
    """What a batch did: the file written, its new checksum, what else it touched."""

    document: str
    path: Path
    checksum: str
    decisions: tuple[dict, ...]
    also: tuple[str, ...] = field(default_factory=tuple)  # links dropped with rejected facts


@contextlib.contextmanager
def _locked(seed_dir: Path, wait: float) -> Iterator[None]:
    """One writer at a time on a seed (a review batch or an ingest run), waiting at most
    ``wait`` seconds for another's."""
    try:
        with locked_directory(seed_dir, wait):
            yield
    except BusyError:
        raise ReviewConflict(
            "another review batch or ingest run is writing to this seed; try again"
        ) from None


def decide(
    seed_dir: Path | str,
    document: str,
    decisions: Sequence[Any],
    *,
    reviewer: str = "unknown",
    expected: str | None = None,
    wait: float = 30.0,
) -> Applied:
    """Apply ``decisions`` to ``document``'s draft together, or none of them.

    ``expected`` is the checksum the reviewer read (``facts(...)["checksum"]``): a file
    changed since is refused with ReviewConflict. Raises DecisionError for a batch that is
    malformed or would leave the seed invalid; the files are then unchanged."""
    seed_dir = Path(seed_dir)
    if not isinstance(decisions, (list, tuple)):
        raise DecisionError(["decisions: a list of {fact, action, value}"])
    with _locked(seed_dir, wait):
        draft = find_draft(seed_dir, document)
        if expected is not None and expected != draft.checksum:
            raise ReviewConflict(
                f"{draft.path.name} changed since it was read (checksum {expected[:12]}…, "
                f"now {draft.checksum[:12]}…); read it again and decide on what it holds now"
            )
        new_text, also = apply_batch(draft, decisions)
        check_batch(draft, new_text, decisions)
        data = new_text.encode("utf-8")
        if draft.path.read_bytes() != draft.text.encode("utf-8"):  # changed under the lock?
            raise ReviewConflict(f"{draft.path.name} changed while the batch was checked")
        write_atomically(draft.path, data)
        entry = {
            "who": reviewer,
            "when": datetime.now(UTC).isoformat(timespec="seconds"),
            "document": document,
            "file": draft.path.name,
            "before": draft.checksum,
            "after": checksum_of(data),
            "decisions": list(decisions),
            "also": also,
        }
        with open(seed_dir / LOG_NAME, "a", encoding="utf-8") as log:
            log.write(json.dumps(entry, ensure_ascii=False, default=str) + "\n")
            log.flush()
            os.fsync(log.fileno())
    return Applied(document, draft.path, entry["after"], tuple(decisions), tuple(also))
