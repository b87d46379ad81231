"""A ``Report`` of extracted facts -> seed records (plain dicts), ready to write as YAML.

Every record is ``provenance: extracted`` with the rule that found it, so the graph, the
API and the exports show it awaits review. Names are matched against the seed the draft
joins (see ``resolve``): a known entity gets a ``mentions`` record, not a duplicate.
"""

from __future__ import annotations

import bisect
import re
from decimal import Decimal
from typing import Any

from govkg.core.records import Seed
from govkg.ingest.entities.unitnames import unit_category
from govkg.ingest.facts import Cite, Found, Report
from govkg.ingest.heldnames import HeldNames, ReportNames
from govkg.ingest.kinds.figureshares import share_bases
from govkg.ingest.resolve import NameIndex, home_places, slug

__all__ = ["draft_records"]

_Index = NameIndex | ReportNames  # the plain rules, or the held index as one report sees it


def _sources(doc: str, cites: tuple[Cite, ...]) -> list[dict[str, Any]]:
    return [{"doc": doc, "quote": c.quote, "start": c.start, "end": c.end} for c in cites]


def _stamp(record: dict[str, Any], doc: str, found: Found) -> dict[str, Any]:
    record["sources"] = _sources(doc, found.cites)
    record["provenance"] = "extracted"
    record["rule"] = found.rule
    return record


def _clean(name: str) -> str:
    """A name on one line: table tabs and wrapped lines closed up."""
    return " ".join(name.split())


def _decimal(value: Decimal) -> str:
    """Exact, without exponent: Decimal('2.1E+7') -> '21000000'."""
    text = format(value, "f")
    return text.rstrip("0").rstrip(".") if "." in text else text


def draft_records(
    report: Report, seed: Seed | None, source_file: str, *, names: HeldNames | None = None
) -> dict[str, list]:
    """The draft seed of one report: every top-level key the seed format knows.

    Its names are matched against ``names``, the index of the seed it joins kept by
    ``Held`` (what the draft adds to it is taken off again), or, without it, against a
    ``NameIndex`` built from ``seed``: the same decisions, at a cost that grows with it."""
    home = home_places(report.document.unit)
    if names is None:
        return _draft(report, NameIndex(seed, home), source_file)
    with names.report(home) as index:
        return _draft(report, index, source_file)


def _draft(report: Report, index: _Index, source_file: str) -> dict[str, list]:
    document = report.document
    out: dict[str, list] = {
        key: []
        for key in ("documents", "units", "systems", "projects", "funding_lines", "indicators")
    }
    out |= {"events": [], "relations": [], "mentions": [], "money_figures": []}
    doc_id = index.new_id(f"{slug(document.unit)}-{document.year or 'year-unknown'}")
    if document.unit_named:
        reporter = _entity(
            out, index, doc_id, "unit", document.unit, "center", document, unit_category
        )
    else:  # never matched by name: two unnamed units are not the same unit
        reporter = index.new_id(f"{doc_id}-unit")
        record = {"id": reporter, "name": document.unit, "category": "other", "unnamed": True}
        out["units"].append(_stamp(record, doc_id, document))
    out["documents"].append(
        _stamp(
            {
                "id": doc_id,
                "file": source_file,
                "title": document.title,
                "issuer": reporter,
                **(
                    {"fiscal_year": document.year}
                    if document.year is not None
                    else {"year_unknown": True}  # said, never guessed: awaiting review
                ),
                **({"date": document.date} if document.date else {}),
                **({"genre": document.genre} if document.genre else {}),
            },
            doc_id,
            document,
        )
    )
    ids: dict[tuple[str, str], str] = {("unit", document.unit): reporter}
    for mention in report.mentioned:
        ids[(mention.kind, mention.name)] = _entity(
            out,
            index,
            doc_id,
            mention.kind,
            mention.name,
            mention.category,
            mention,
            part_of=reporter if mention.part_of else None,
        )
    for mention in report.mentioned:
        here = ids[(mention.kind, mention.name)]
        if mention.part_of and index.new_relation("part-of", here, reporter):
            relation = {"type": "part-of", "from": here, "to": reporter}
            out["relations"].append(_stamp(relation, doc_id, mention))
        owner = ids.get(("unit", mention.owner)) if mention.owner else None
        if owner and index.new_relation("owns", owner, here):
            relation = {"type": "owns", "from": owner, "to": here}
            out["relations"].append(_stamp(relation, doc_id, mention))
    _lines(out, index, report, doc_id, reporter)
    _money(out, index, report, doc_id)
    _indicators(out, index, report, doc_id, reporter)
    subjects_by_first = _by_first_character(ids)
    for event in report.events:
        record = {
            "id": index.new_id(f"{doc_id}-event-{event.date}"),
            "category": event.category,
            "name": _clean(event.name),
            "date": event.date,
        }
        quote = re.split(r"[，,；;]", event.name)[0]  # its first clause after the date
        subjects = sorted(
            {
                entity
                for first in ("", *set(quote))
                for name, entity in subjects_by_first.get(first, ())
                if name in quote
            }
        )
        if subjects:  # what the event is about: the systems and projects its clause names
            record["subjects"] = subjects
        out["events"].append(_stamp(record, doc_id, event))
    return {key: records for key, records in out.items() if records}


def _by_first_character(ids: dict[tuple[str, str], str]) -> dict[str, list[tuple[str, str]]]:
    """Systems and projects by the first character of their name: an event's clause is
    compared with the names that start with one of its characters, not with every name."""
    found: dict[str, list[tuple[str, str]]] = {}
    for (kind, name), entity in ids.items():
        if kind in ("platform", "project"):
            found.setdefault(name[:1], []).append((name, entity))
    return found


_LIST_OF = {"unit": "units", "platform": "systems", "project": "projects"}


def _entity(
    out, index: _Index, doc_id, kind, name, category, found, categorise=None, part_of=None
) -> str:
    """The id ``name`` stands for: a seed entity (with a mention) or a new record."""
    match = index.match(kind, name, part_of)
    if match and match.rule != "doubtful":
        if not any(name in c.quote for c in found.cites):
            name = index.names[match.entity]  # 数据共享\n- 2 -\n交换系统: the quote breaks it
        record = {"entity": match.entity, "name": name}
        out["mentions"].append(_stamp(record, doc_id, found))
        if match.rule == "name-normalised":
            out["mentions"][-1]["rule"] = f"{found.rule}+{match.rule}"
        return match.entity
    entity = index.new_id(slug(name))
    record: dict[str, Any] = {"id": entity, "name": name}
    aliases = [a for a in getattr(found, "aliases", ()) if a != name]
    if aliases:
        record["aliases"] = aliases
    if kind != "project":
        record["category"] = (categorise(name) if categorise else None) or category or "other"
        if kind == "unit" and record["category"] == "other" and category:
            record["category"] = category
    if match:  # doubtful: say so, never merge
        record["possibly_same_as"] = [match.entity]
    out[_LIST_OF[kind]].append(_stamp(record, doc_id, found))
    index.add(kind, entity, (name, *aliases), part_of=part_of)
    return entity


def _lines(out, index: _Index, report: Report, doc_id: str, reporter: str) -> None:
    ids = {line.key: index.new_id(f"{doc_id}-{slug(line.name)}") for line in report.lines}
    for line in report.lines:
        record: dict[str, Any] = {
            "id": ids[line.key],
            "name": _clean(line.name),
            "document": doc_id,
            "year": line.year,
            "unit": reporter,
            "category": line.category,
        }
        if line.parent:
            record["parent"] = ids[line.parent]
        if line.derived:
            record["derived"] = line.derived
        else:
            record["amount"] = _decimal(line.amount)
            record["amount_unit"] = "元"
            record["as_written"] = line.as_written
        if line.share is not None:
            record["stated_share"] = _decimal(line.share)
            if line.share_of:
                record["share_of"] = ids[line.share_of]
        if line.budget is not None:
            record["budget"] = _decimal(line.budget)
            record["budget_as_written"] = line.budget_as_written
        out["funding_lines"].append(_stamp(record, doc_id, line))


_KIND_IN_SEED = {
    "SPENDING": "spending",
    "BUDGET": "budget",
    "REVENUE": "revenue",
    "CARRY_OVER": "carry-over",
    "CHANGE": "change",
    "CONTRACT": "contract",
    "PLANNED": "planned",
    "SAVING": "saving",
    "PRICE_OR_RATE": "price-or-rate",
    "OTHER": "other",
}


def _money(out, index: _Index, report: Report, doc_id: str) -> None:
    """Every amount the text states, as a money figure of its kind; one no word names is
    kept unread with its reason. A figure stating the same amount as a funding line, in
    the line's own citation, points at that line."""
    stating = _lines_stating(out["funding_lines"], report.money)
    for number, found in enumerate(report.money, start=1):
        record: dict[str, Any] = {
            "id": index.new_id(f"{doc_id}-money-{number}"),
            "document": doc_id,
            "kind": _KIND_IN_SEED[found.kind] if found.kind else "other",
            "amount": _decimal(found.amount),
            "amount_unit": "元",
            "as_written": found.as_written,
        }
        if found.label:
            record["label"] = _clean(found.label)
        if found.year is not None:
            record["year"] = found.year
        if found.kind is None:
            record["read"] = False
            record["reason"] = found.reason
        line = stating[number - 1]
        if line is not None:
            record["funding_line"] = line["id"]
        out["money_figures"].append(_stamp(record, doc_id, found))
    _figure_shares(out["money_figures"], report)


def _figure_shares(records: list[dict], report: Report) -> None:
    """A share stated right after a figure's amount, of the figure ``figureshares`` resolves
    (ids are all known now); its quote is carried on through the percent, a verbatim span
    of the text that starts where the amount's own quote starts."""
    for record, found, base in zip(records, report.money, share_bases(report.money), strict=True):
        if base is None:
            continue
        own, share = found.cites[0], found.share
        if share.cite.start != own.start or not share.cite.quote.startswith(own.quote):
            continue  # never: the share's quote is the amount's, carried on
        record["stated_share"] = _decimal(Decimal(share.percent))
        record["share_of"] = records[base]["id"]
        record["sources"][0] = _sources(record["sources"][0]["doc"], (share.cite,))[0]
        record["rule"] = f"{found.rule}+figure-share"


def _lines_stating(lines: list[dict], money: list) -> list[dict | None]:
    """For each money figure, the first funding line stating its amount (or budget) whose
    citation holds it. Each line's citations are laid once over the figures of its amount,
    first line first, each figure taking the first that covers it: asking every line for
    every figure is quadratic in a text of one amount written many times."""
    groups: dict[str, list[int]] = {}  # amount -> its figures, in text order
    for at, found in enumerate(money):
        groups.setdefault(_decimal(found.amount), []).append(at)
    places = {amount: _places(money, group) for amount, group in groups.items()}
    stating: list[dict | None] = [None] * len(money)
    for line in lines:
        for stated in {line.get("amount"), line.get("budget")} - {None}:
            if stated not in places:
                continue
            starts, ends, free = places[stated]
            for source in line["sources"]:
                at = _next_free(free, bisect.bisect_left(starts, source["start"]))
                last = bisect.bisect_right(ends, source["end"])
                while at < last:
                    stating[groups[stated][at]] = line
                    free[at] = at + 1
                    at = _next_free(free, at + 1)
    return stating


def _places(money: list, group: list[int]) -> tuple[list[int], list[int], list[int]]:
    """Where each figure of one amount is written in the stored text, its starts and its
    ends (both rising, which the bisections rely on: figures are found in text order and
    never overlap), and a free list over them."""
    ends = [money[at].cites[0].end for at in group]
    starts = [end - len(money[at].as_written) for end, at in zip(ends, group, strict=True)]
    return starts, ends, list(range(len(group) + 1))


def _next_free(free: list[int], at: int) -> int:
    """The first figure from ``at`` on that no line has taken yet (paths shortened)."""
    root = at
    while free[root] != root:
        root = free[root]
    while free[at] != root:
        free[at], at = root, free[at]
    return root


def _indicators(out, index: _Index, report: Report, doc_id: str, reporter: str) -> None:
    for measured in report.measured:
        record: dict[str, Any] = {
            "id": index.new_id(f"{doc_id}-{slug(measured.name)}"),
            "subject": reporter,
            "document": doc_id,
            "year": report.document.year,
            "name": _clean(measured.name),
            "value": measured.value
            if isinstance(measured.value, str)
            else _decimal(measured.value),
            "unit": measured.unit,
            "as_written": measured.as_written,
        }
        if not measured.unit:
            del record["unit"]
        if measured.approximate:
            record["approximate"] = measured.approximate
        out["indicators"].append(_stamp(record, doc_id, measured))
