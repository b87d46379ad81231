"""Review decisions on a draft: accept, reject or edit its extracted facts, all or nothing.

A draft is the YAML file ``govkg ingest`` wrote for one document (the file whose
``documents`` list holds it). ``facts`` lists its records with stable ids
(``section/id``; a relation ``relations/type:from:to``; a mention
``mentions/entity@start-end``), each with its state and citations. ``decide`` applies a
batch of decisions:

- ``accept``: the fact becomes curated (``provenance: curated``, its rule dropped);
- ``reject``: the fact is removed. Optional links to it from the draft's other facts
  (a money figure's ``funding_line``, a funding line's ``parent`` or ``share_of``, an
  event's ``subjects``, a ``possibly_same_as``) are dropped with it, and the answer lists
  each; a required reference to it (a relation's end, a line's unit, an indicator's
  subject…) refuses the batch unless the referring fact is rejected too. Nothing else goes:
  the stored text and the document stay;
- ``edit``: ``value`` changes ``amount``, ``kind``, ``name`` or ``span`` (``{start, end}``
  of the first citation; its quote is read again from the stored text), and the fact
  becomes curated.

The new text of the file is built in memory, the whole seed it would make is checked with
``govkg.graph.validity.checked_seed`` (what ``govkg validate`` decides) on a scratch copy,
and only a valid seed is written, atomically. Otherwise ``DecisionError`` names the
decision, the field and the problem, and nothing changes. Batches on one seed run one at
a time (a lock on the directory); a batch carrying the checksum it was read at is refused with
``ReviewConflict`` if the file changed since. Every applied batch is appended to
``review-log.jsonl`` in the seed directory (not a ``*.yaml``: not part of the seed).
"""

from __future__ import annotations

import contextlib
import copy
import json
import os
import re
import shutil
import tempfile
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

import yaml

from govkg.core.errors import SeedError
from govkg.core.files import BusyError, locked_directory, write_atomically
from govkg.graph.validity import checked_seed
from govkg.ingest.draftfacts import (
    KIND,
    SECTIONS,
    DecisionError,
    Draft,
    ReviewConflict,
    checksum_of,
    fact_index,
    find_draft,
)
from govkg.ingest.draftyaml import draft_yaml

__all__ = ["Applied", "decide"]

LOG_NAME = "review-log.jsonl"
ACTIONS = ("accept", "reject", "edit")
EDITABLE = ("amount", "kind", "name", "span")
MONEYKINDS = (
    "spending", "budget", "revenue", "carry-over", "change", "contract", "planned", "saving",
    "price-or-rate", "other",
)  # fmt: skip

_OPTIONAL_LINKS = {
    ("money_figures", "funding_line"),
    ("funding_lines", "parent"),
    ("funding_lines", "share_of"),
    ("events", "subjects"),
    ("units", "possibly_same_as"),
    ("systems", "possibly_same_as"),
    ("projects", "possibly_same_as"),
}
_AMOUNTS = {"funding_lines": "amount", "money_figures": "amount", "indicators": "value"}
_NAMED = ("units", "systems", "projects", "funding_lines", "indicators", "events", "mentions")


@dataclass(frozen=True)
class Applied:
    """What a batch did: the file written, its new checksum, what else it touched."""

    document: str
    path: Path
    checksum: str
    decisions: tuple[dict, ...]
    also: tuple[str, ...] = field(default_factory=tuple)  # links dropped with rejected facts


def _decimal_text(value: Any) -> str | None:
    if isinstance(value, bool) or not isinstance(value, (str, int)):
        return None
    try:
        number = Decimal(str(value).strip())
    except InvalidOperation:
        return None
    if not number.is_finite():
        return None
    text = format(number, "f")
    return text.rstrip("0").rstrip(".") if "." in text else text


def _source_text(draft: Draft, doc: str) -> str | None:
    for d in draft.data.get("documents") or ():
        if d.get("id") == doc and d.get("file"):
            path = (draft.seed_dir / d["file"]).resolve()
            if draft.seed_dir.resolve() in path.parents and path.is_file():
                return path.read_text(encoding="utf-8")
    return None


def _edit(draft: Draft, name: str, section: str, record: dict, value: Any) -> list[str]:
    """Apply an edit to ``record`` in place; the problems found, each naming the field."""
    if not isinstance(value, dict) or not value:
        return [f"{name}: field 'value': an edit gives a mapping of {', '.join(EDITABLE)}"]
    problems = []
    for key, given in value.items():
        where = f"{name}: field '{key}'"
        if key not in EDITABLE:
            problems.append(f"{where}: not editable here (edit one of {', '.join(EDITABLE)})")
        elif key == "amount":
            target = _AMOUNTS.get(section)
            text = _decimal_text(given)
            if target is None:
                problems.append(f"{where}: a {KIND[section]} has no amount")
            elif text is None:
                problems.append(f"{where}: {given!r} is not a decimal number")
            elif target not in record:
                problems.append(f"{where}: this {KIND[section]} states no amount to correct")
            else:
                record[target] = text
        elif key == "kind":
            if section != "money_figures":
                problems.append(f"{where}: only a money figure has a kind")
            elif given not in MONEYKINDS:
                problems.append(f"{where}: {given!r} is not one of {', '.join(MONEYKINDS)}")
            else:
                record["kind"] = given
                if given != "other" and record.get("read") is False:
                    record.pop("read", None)  # a person has read it now
                    record.pop("reason", None)
        elif key == "name":
            if section not in _NAMED:
                problems.append(f"{where}: a {KIND[section]} has no name to edit")
            elif not isinstance(given, str) or not " ".join(given.split()):
                problems.append(f"{where}: a name is a non-empty text")
            else:
                record["name"] = " ".join(given.split())
        elif key == "span":
            problems += _edit_span(draft, where, record, given)
    if not problems:
        record["provenance"] = "curated"
        record.pop("rule", None)
    return problems


def _edit_span(draft: Draft, where: str, record: dict, given: Any) -> list[str]:
    sources = record.get("sources") or []
    if not sources:
        return [f"{where}: the fact cites nothing"]
    if not isinstance(given, dict) or set(given) - {"start", "end", "source"}:
        return [f"{where}: a span is {{start, end}} (and optionally source: its index)"]
    at, start, end = given.get("source", 0), given.get("start"), given.get("end")
    if not all(isinstance(n, int) and not isinstance(n, bool) for n in (at, start, end)):
        return [f"{where}: start, end and source are whole numbers"]
    if not 0 <= at < len(sources):
        return [f"{where}: the fact has {len(sources)} citation(s), not {at + 1}"]
    cite = sources[at]
    text = _source_text(draft, cite.get("doc"))
    if text is None:
        return [f"{where}: the stored text of {cite.get('doc')!r} is not in the seed"]
    if not 0 <= start < end <= len(text):
        return [f"{where}: {start}..{end} is not within the text (0..{len(text)})"]
    cite.update(quote=text[start:end], start=start, end=end)
    return []


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


def _named(decision: Any, at: int) -> str:
    if isinstance(decision, dict) and isinstance(decision.get("fact"), str):
        return f"decision {at + 1} ({decision.get('action')} {decision['fact']})"
    return f"decision {at + 1}"


def _apply(draft: Draft, decisions: Sequence[Any]) -> tuple[str, list[str]]:
    """The file's new text; DecisionError with every problem found."""
    data = copy.deepcopy(draft.data)
    index = fact_index(data)
    problems: list[str] = []
    rejected: dict[str, str] = {}
    seen: set[str] = set()
    if not decisions:
        raise DecisionError(["the batch holds no decisions"])
    for at, decision in enumerate(decisions):
        name = _named(decision, at)
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
            problems += _edit(draft, name, section, record, decision.get("value"))
        else:
            rejected[fact] = name
    also: list[str] = []
    if rejected and not problems:
        more, also = _reject(data, index, rejected)
        problems += more
    if problems:
        raise DecisionError(problems)
    return draft.head + draft_yaml(data), also


def _record_lines(text: str, data: dict) -> list[tuple[int, str]]:
    """(first line, fact id) of each record in a file as ``_dump`` lays it out: a section
    is ``name:`` at the margin, each of its records starts with ``- `` there."""
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


def _validate(draft: Draft, new_text: str, decisions: Sequence[Any]) -> None:
    """The whole seed as it would be, checked on a scratch copy (the other files linked);
    each problem in the draft is laid at the decision on the fact it falls in."""
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
                d["fact"]: _named(d, at)
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
        new_text, also = _apply(draft, decisions)
        _validate(draft, new_text, decisions)
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
