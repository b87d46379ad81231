"""A draft's facts as a reviewer sees them: the file ``govkg ingest`` wrote for a document,
found by the document's id, and its records listed with stable ids, state and citations.

Ids: ``section/id``; a relation ``relations/type:from:to``; a mention
``mentions/entity@start-end``; a repeated id gets ``#2``. ``govkg.ingest.drafts.decisions`` applies
what a reviewer decides about them.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from govkg.core.errors import GovKGError
from govkg.ingest.drafts.yamltext import draft_yaml
from govkg.seed.load import seed_files

__all__ = [
    "KIND",
    "SECTIONS",
    "DecisionError",
    "Draft",
    "ReviewConflict",
    "checksum_of",
    "fact_index",
    "facts",
    "find_draft",
]

SECTIONS = (
    "documents", "units", "systems", "projects", "funding_lines", "indicators", "events",
    "relations", "mentions", "money_figures",
)  # fmt: skip
KIND = {
    "documents": "document", "units": "unit", "systems": "system", "projects": "project",
    "funding_lines": "funding-line", "indicators": "indicator", "events": "event",
    "relations": "relation", "mentions": "mention", "money_figures": "money-figure",
}  # fmt: skip
# links a fact may lose when what it points at is rejected: (section, field)


class DecisionError(GovKGError):
    """A batch refused: ``problems`` are lines naming the decision, field and problem."""

    def __init__(self, problems: list[str]) -> None:
        self.problems = problems
        super().__init__("\n".join(problems))


class ReviewConflict(GovKGError):
    """The draft changed since the reviewer read it (or another batch is being applied)."""


@dataclass(frozen=True)
class Draft:
    """The file holding a document's draft, its text and checksum as read."""

    seed_dir: Path
    document: str
    path: Path
    text: str
    checksum: str
    head: str  # the comment lines before the YAML, kept as they are
    data: dict[str, list]


def checksum_of(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def find_draft(seed_dir: Path | str, document: str) -> Draft:
    """The draft of ``document``: the YAML file whose ``documents`` list holds it.

    Refused (DecisionError) for a file that is not as ``govkg ingest`` writes it (comments
    inside, a hand layout): rewriting it would lose what a person wrote."""
    seed_dir = Path(seed_dir)
    if not re.fullmatch(r"[a-z0-9][a-z0-9-]*", document or ""):
        raise DecisionError([f"document {document!r}: not a document id"])
    named = seed_dir / f"{document}.yaml"
    candidates = [named] if named.is_file() else []
    candidates += [p for p in seed_files(seed_dir) if p != named]
    for path in candidates:
        raw = path.read_bytes()
        if document.encode() not in raw:
            continue
        text = raw.decode("utf-8")
        lines = text.splitlines(keepends=True)
        cut = next((i for i, line in enumerate(lines) if not line.startswith("#")), len(lines))
        head, body = "".join(lines[:cut]), "".join(lines[cut:])
        data = yaml.load(body, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
        if not isinstance(data, dict):
            continue
        if not any(
            isinstance(d, dict) and d.get("id") == document for d in data.get("documents") or ()
        ):
            continue
        if draft_yaml(data) != body:
            raise DecisionError(
                [
                    f"{path.name}: not laid out as `govkg ingest` writes a draft (edited by "
                    "hand?); review it in an editor, rewriting it here would lose that"
                ]
            )
        return Draft(seed_dir, document, path, text, checksum_of(raw), head, data)
    raise DecisionError([f"document {document!r}: no draft in {seed_dir} holds it"])


def _fact_id(section: str, record: dict) -> str:
    if "id" in record:
        return f"{section}/{record['id']}"
    if section == "relations":
        return f"relations/{record.get('type')}:{record.get('from')}:{record.get('to')}"
    if section == "mentions":
        first = (record.get("sources") or [{}])[0]
        return f"mentions/{record.get('entity')}@{first.get('start')}-{first.get('end')}"
    return f"{section}/?"


def fact_index(data: dict) -> dict[str, tuple[str, int]]:
    """fact id -> (section, position); a repeated id gets ``#2``, ``#3``…"""
    found: dict[str, tuple[str, int]] = {}
    for section in SECTIONS:
        for at, record in enumerate(data.get(section) or ()):
            if not isinstance(record, dict):
                continue
            key, n = _fact_id(section, record), 1
            while (key if n == 1 else f"{key}#{n}") in found:
                n += 1
            found[key if n == 1 else f"{key}#{n}"] = (section, at)
    return found


def _describe(fact: str, section: str, record: dict) -> dict[str, Any]:
    values = {k: v for k, v in record.items() if k not in ("sources", "provenance", "rule", "id")}
    return {
        "id": fact,
        "kind": KIND.get(section, section),
        "state": record.get("provenance", "curated"),
        "rule": record.get("rule"),
        "sources": record.get("sources") or [],
        "values": values,
    }


def facts(seed_dir: Path | str, document: str) -> dict[str, Any]:
    """The document's draft facts, each with its id, kind, state, rule, citations, values."""
    draft = find_draft(seed_dir, document)
    listed = [
        _describe(fact, section, draft.data[section][at])
        for fact, (section, at) in fact_index(draft.data).items()
    ]
    return {
        "document": document,
        "file": draft.path.name,
        "checksum": draft.checksum,
        "awaitingReview": sum(1 for f in listed if f["state"] == "extracted"),
        "facts": listed,
    }
