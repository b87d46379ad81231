"""A batch of review decisions applied to a draft in memory: its new text, or every problem.

Accept makes a fact curated (its rule dropped); edit goes through ``drafts.edits``; reject
removes the fact, drops optional links to it from the draft's other facts (a money figure's
``funding_line``, a funding line's ``parent`` or ``share_of``, an event's ``subjects``, a
``possibly_same_as``) and refuses the batch while a required reference to it remains (a
relation's end, a line's unit, an indicator's subject…) unless that fact goes too. Nothing
is written here: ``decisions.decide`` checks the text and writes it.
"""

from __future__ import annotations

import copy
from collections.abc import Sequence
from typing import Any

from govkg.ingest.drafts.edits import edit
from govkg.ingest.drafts.onfile import SECTIONS, DecisionError, Draft, fact_index
from govkg.ingest.drafts.yamltext import draft_yaml

__all__ = ["ACTIONS", "apply_batch", "named"]

ACTIONS = ("accept", "reject", "edit")

# links a fact may lose when what it points at is rejected: (section, field)
_OPTIONAL_LINKS = {
    ("money_figures", "funding_line"),
    ("funding_lines", "parent"),
    ("funding_lines", "share_of"),
    ("events", "subjects"),
    ("units", "possibly_same_as"),
    ("systems", "possibly_same_as"),
    ("projects", "possibly_same_as"),
}


def named(decision: Any, at: int) -> str:
    """How a refusal names a decision: its place in the batch, its action and fact."""
    if isinstance(decision, dict) and isinstance(decision.get("fact"), str):
        return f"decision {at + 1} ({decision.get('action')} {decision['fact']})"
    return f"decision {at + 1}"


def _references(value: Any, target: str) -> bool:
    if isinstance(value, str):
        return value == target
    if isinstance(value, list):
        return any(_references(v, target) for v in value)
    return False


def _reject(data: dict, index: dict, rejected: dict[str, str]) -> tuple[list[str], list[str]]:
    """Remove the rejected facts; drop optional links to them, refuse required ones.
    ``rejected``: fact id -> the decision's name. Returns (problems, links dropped)."""
    problems: list[str] = []
    also: list[str] = []
    gone_ids = {}
    for fact, name in rejected.items():
        section, at = index[fact]
        record = data[section][at]
        if section == "documents":
            problems.append(f"{name}: field 'action': the document itself is not rejected here")
        elif "id" in record:
            gone_ids[record["id"]] = name
    for fact, (section, at) in index.items():
        if fact in rejected:
            continue
        record = data[section][at]
        for key, value in list(record.items()):
            if key in ("id", "sources", "document"):
                continue
            for target, name in gone_ids.items():
                if not _references(value, target):
                    continue
                if (section, key) in _OPTIONAL_LINKS:
                    if isinstance(value, list):
                        value = [v for v in value if v != target]
                        record[key] = value
                        if not value:
                            del record[key]
                    else:
                        del record[key]
                    also.append(f"{fact}: field '{key}': link to {target} dropped")
                else:
                    problems.append(
                        f"{name}: {fact} still refers to it (field '{key}'); reject or edit "
                        "that fact in the same batch"
                    )
    for section in SECTIONS:
        doomed = {at for fact, (s, at) in index.items() if s == section and fact in rejected}
        if doomed:
            data[section] = [r for at, r in enumerate(data[section]) if at not in doomed]
            if not data[section]:
                del data[section]
    return problems, also


def apply_batch(draft: Draft, decisions: Sequence[Any]) -> tuple[str, list[str]]:
    """The file's new text and the links dropped with rejected facts; DecisionError with
    every problem found (the draft as read is not changed)."""
    data = copy.deepcopy(draft.data)
    index = fact_index(data)
    problems: list[str] = []
    rejected: dict[str, str] = {}
    seen: set[str] = set()
    if not decisions:
        raise DecisionError(["the batch holds no decisions"])
    for at, decision in enumerate(decisions):
        name = named(decision, at)
        if not isinstance(decision, dict):
            problems.append(f"{name}: a decision is a mapping {{fact, action, value}}")
            continue
        unknown = set(decision) - {"fact", "action", "value"}
        if unknown:
            problems.append(f"{name}: field '{sorted(unknown)[0]}': not a decision field")
        fact, action = decision.get("fact"), decision.get("action")
        if action not in ACTIONS:
            problems.append(f"{name}: field 'action': {action!r} is not one of {ACTIONS}")
            continue
        if not isinstance(fact, str) or fact not in index:
            problems.append(f"{name}: field 'fact': no fact {fact!r} in {draft.path.name}")
            continue
        if fact in seen:
            problems.append(f"{name}: field 'fact': decided twice in one batch")
            continue
        seen.add(fact)
        section, position = index[fact]
        record = data[section][position]
        if action == "accept":
            if "value" in decision:
                problems.append(f"{name}: field 'value': accept takes no value (use edit)")
            record["provenance"] = "curated"
            record.pop("rule", None)
        elif action == "edit":
            problems += edit(draft, name, section, record, decision.get("value"))
        else:
            rejected[fact] = name
    also: list[str] = []
    if rejected and not problems:
        more, also = _reject(data, index, rejected)
        problems += more
    if problems:
        raise DecisionError(problems)
    return draft.head + draft_yaml(data), also
