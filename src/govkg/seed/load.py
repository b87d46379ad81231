"""Load a seed directory into validated records, collecting every problem with its place.

Nothing is returned unless everything is valid: ``load_seed`` raises ``SeedError`` listing
each problem as ``file:line: field 'name': message``. Fields are read by ``seedfields``,
records by ``seedrecords``; this module reads the files and checks records against each
other (ids, references, the funding tree).
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from govkg.core.errors import Problem, SeedError
from govkg.core.records import ENTITY_KINDS, RELATION_TYPES, Entity, Mention, Seed
from govkg.seed.fields import FieldReader
from govkg.seed.readers import (
    ENTITY_KEYS,
    TOP_KEYS,
    read_document,
    read_entity,
    read_event,
    read_funding_line,
    read_indicator,
    read_mention,
    read_money_figure,
    read_relation,
)
from govkg.seed.yamlfile import LineDict, read_yaml

__all__ = ["Outside", "load_seed", "seed_files"]


@dataclass
class Outside:
    """What the rest of a seed directory holds, so that one file of it (a new draft) is
    checked on its own by the same checks as the whole: its references and ids are looked
    up here as they would be among the other files. ``govkg ingest`` keeps one up to date
    as it writes drafts; names are an entity's name and the aliases its own record gives."""

    types: dict[str, str] = field(default_factory=dict)  # record id -> record type
    names: dict[str, frozenset[str]] = field(default_factory=dict)  # entity id -> names
    line_documents: dict[str, str] = field(default_factory=dict)  # funding line -> document
    figure_documents: dict[str, str] = field(default_factory=dict)  # money figure -> document
    relations: set[str] = field(default_factory=set)  # relation ids
    mentions: set[str] = field(default_factory=set)  # mention ids


def _document_texts(files: list[tuple[Path, str, Any]], seed_dir: Path) -> dict[str, str]:
    """First pass: the stored texts, so every citation (documents' own too) can be checked."""
    texts = {}
    for _path, _shown, data in files:
        for record in (data or {}).get("documents") or [] if isinstance(data, dict) else []:
            if isinstance(record, dict) and isinstance(record.get("file"), str):
                path = (seed_dir / record["file"]).resolve()
                if seed_dir.resolve() in path.parents and path.is_file():
                    try:
                        texts[str(record.get("id"))] = path.read_text(encoding="utf-8")
                    except UnicodeDecodeError:
                        continue
    return texts


def _require_documents(seed_dir: Path, files: list[tuple[Path, str, Any]]) -> None:
    """A seed states at least one report: without one, every citation would be an error of
    its own (an emptied or truncated seed gave hundreds); say it once instead."""
    for _path, _shown, data in files:
        if isinstance(data, dict) and data.get("documents"):
            return
    raise SeedError(
        [
            Problem(
                file=str(seed_dir),
                line=0,
                field="documents",
                message="no documents in any *.yaml file: a seed holds at least one report",
            )
        ]
    )


def seed_files(seed_dir: Path) -> list[Path]:
    """The seed's ``*.yaml`` files, in name order; hidden ones (an editor's lock file
    ``.#units.yaml``, a copy's ``._units.yaml``) are not the seed's."""
    return sorted(p for p in seed_dir.glob("*.yaml") if not p.name.startswith("."))


def load_seed(seed_dir: Path | str, *, outside: Outside | None = None) -> Seed:
    """Read and validate every ``*.yaml`` in ``seed_dir``; raise SeedError listing all problems.

    With ``outside``, ``seed_dir`` is a part of a seed (a draft and its text) checked against
    what the rest holds: the Seed returned is that part's records only."""
    seed_dir = Path(seed_dir)
    outside = outside or Outside()
    problems: list[Problem] = []
    if not seed_dir.is_dir():
        raise SeedError(
            [
                Problem(
                    file=str(seed_dir), line=0, field="(seed)", message="seed directory not found"
                )
            ]
        )
    files = []
    unreadable = False
    for path in seed_files(seed_dir):
        shown = f"{seed_dir.name}/{path.name}"
        data, found = read_yaml(path, shown)
        problems += found
        files.append((path, shown, data))
        unreadable = unreadable or (data is None and bool(found))
    if unreadable:  # what the file held is unknown: every check beyond would be noise
        raise SeedError(sorted(problems, key=lambda p: (p.file, p.line, p.field)))
    _require_documents(seed_dir, files)
    texts = _document_texts(files, seed_dir)
    parts: dict[str, list[tuple[Any, str, LineDict]]] = {key: [] for key in TOP_KEYS}
    for path, shown, data in files:
        if data is None:
            continue
        if not isinstance(data, LineDict):
            problems.append(
                Problem(
                    file=shown, line=1, field="(file)", message="expected a mapping of record lists"
                )
            )
            continue
        for key, records in data.items():
            if key not in parts:
                problems.append(
                    Problem(
                        file=shown,
                        line=data.line_of(key),
                        field=key,
                        message=f"unknown section (allowed: {', '.join(TOP_KEYS)})",
                    )
                )
                continue
            if not isinstance(records, list):
                problems.append(
                    Problem(
                        file=shown,
                        line=data.line_of(key),
                        field=key,
                        message="expected a list of records",
                    )
                )
                continue
            for record in records:
                if not isinstance(record, LineDict):
                    problems.append(
                        Problem(
                            file=shown,
                            line=data.line_of(key),
                            field=key,
                            message=f"expected a record (mapping), got {record!r}",
                        )
                    )
                    continue
                parts[key].append((path, shown, record))
    del path  # each record keeps its own file

    origins: dict[str, tuple[str, int]] = {}

    def read(key: str, make: Any) -> list[tuple[Any, FieldReader]]:
        out = []
        for _path, shown, record in parts[key]:
            reader = FieldReader(shown, record, problems, texts)
            made = make(reader)
            if made is not None:
                out.append((made, reader))
                origins.setdefault(made.id, (shown, record.line))
        return out

    documents = read("documents", lambda r: read_document(r, seed_dir))
    entities = [
        pair
        for key, kind in ENTITY_KEYS.items()
        for pair in read(key, lambda r, kind=kind: read_entity(r, kind))
    ]
    lines = read("funding_lines", read_funding_line)
    indicators = read("indicators", read_indicator)
    events = read("events", read_event)
    relations = read("relations", read_relation)
    mentions = read("mentions", read_mention)
    figures = read("money_figures", read_money_figure)
    _cross_check(documents, entities, lines, indicators, events, relations, figures, outside)
    _check_mentions(entities, mentions, outside)
    if problems:
        raise SeedError(sorted(problems, key=lambda p: (p.file, p.line, p.field)))
    found = tuple(m for m, _ in mentions)
    return Seed(
        documents=tuple(d for d, _ in documents),
        entities=_with_mentions(tuple(e for e, _ in entities), found),
        funding_lines=tuple(f for f, _ in lines),
        indicators=tuple(i for i, _ in indicators),
        events=tuple(e for e, _ in events),
        relations=tuple(r for r, _ in relations),
        mentions=found,
        money_figures=tuple(f for f, _ in figures),
        origins=origins,
    )


def _check_mentions(entities, mentions, outside: Outside) -> None:
    """A mention names an entity the seed holds (any file, any report), once per span."""
    names = {entity.id: {entity.name, *entity.aliases} for entity, _ in entities}
    seen: set[str] = set()
    for mention, reader in mentions:
        known = names.get(mention.entity) or outside.names.get(mention.entity)
        if known is None:
            reader.problem(
                "entity", f"unknown entity {mention.entity!r} (a mention names an existing entity)"
            )
        elif not mention.quoted and mention.name not in known:
            reader.problem(
                "name",
                f"{mention.name!r} does not occur in any of the quotes "
                "(a mention that gives an entity a new name quotes it)",
            )
        if mention.id in seen or mention.id in outside.mentions:
            reader.problem("entity", f"duplicate mention {mention.id!r}")
        seen.add(mention.id)


def _with_mentions(entities: tuple[Entity, ...], mentions: tuple[Mention, ...]):
    """Each mentioned entity gains the name as written (as an alias, unless it is already
    its name or an alias) and the mention's citations, so it cites every report naming it."""
    by_entity: dict[str, list[Mention]] = {}
    for mention in mentions:
        by_entity.setdefault(mention.entity, []).append(mention)
    merged = []
    for entity in entities:
        names, cites = list(entity.aliases), list(entity.sources)
        held = set(cites)  # an entity named in 1,000 reports: no list scan per citation
        for mention in by_entity.get(entity.id, ()):
            if mention.name != entity.name and mention.name not in names:
                names.append(mention.name)
            for c in mention.sources:
                if c not in held:
                    held.add(c)
                    cites.append(c)
        changed = len(names) != len(entity.aliases) or len(cites) != len(entity.sources)
        merged.append(
            replace(entity, aliases=tuple(names), sources=tuple(cites)) if changed else entity
        )
    return tuple(merged)


def _cross_check(
    documents, entities, lines, indicators, events, relations, figures, outside: Outside
) -> None:
    """References between records: ids unique, targets exist and have the right type."""
    types: dict[str, str] = {}  # this part's records; the rest's are in ``outside.types``
    held = outside.types
    for group, record_type in (
        (documents, "document"),
        (lines, "funding-line"),
        (indicators, "indicator"),
        (events, "event"),
        (figures, "money-figure"),
    ):
        for record, reader in group:
            if record.id in types or record.id in held:
                reader.problem("id", f"duplicate id {record.id!r}")
            types[record.id] = record_type
    for record, reader in entities:
        if record.id in types or record.id in held:
            reader.problem("id", f"duplicate id {record.id!r}")
        types[record.id] = record.record_type

    def type_of(ref: str) -> str | None:
        return types.get(ref) or held.get(ref)

    def expect(reader: FieldReader, field: str, ref: str | None, allowed: set[str]) -> None:
        if ref is None:
            return
        found = type_of(ref)
        if found is None:
            reader.problem(field, f"unknown id {ref!r}")
        elif found not in allowed:
            reader.problem(field, f"{ref!r} is a {found}, expected {' or '.join(sorted(allowed))}")

    every = set(ENTITY_KINDS) | {"document", "funding-line", "indicator", "event"}
    for document, reader in documents:
        expect(reader, "issuer", document.issuer, {"unit"})
    for entity, reader in entities:
        for ref in entity.possibly_same_as:
            if ref == entity.id:
                reader.problem("possibly_same_as", "an entity is not doubtfully itself")
            else:
                expect(reader, "possibly_same_as", ref, {entity.record_type})
    for line, reader in lines:
        expect(reader, "document", line.document, {"document"})
        expect(reader, "unit", line.unit, {"unit"})
        expect(reader, "parent", line.parent, {"funding-line"})
        expect(reader, "share_of", line.share_of, {"funding-line"})
    for indicator, reader in indicators:
        expect(reader, "document", indicator.document, {"document"})
        expect(reader, "subject", indicator.subject, every)
    for event, reader in events:
        expect(reader, "location", event.location, {"platform", "unit"})
        expect(reader, "organizer", event.organizer, {"unit"})
        for ref in event.participants:
            expect(reader, "participants", ref, {"unit", "person"})
        for ref in event.subjects:
            expect(reader, "subjects", ref, every)
    seen: set[str] = set()
    for relation, reader in relations:
        sources, targets = RELATION_TYPES[relation.type]
        expect(reader, "from", relation.source, set(sources))
        expect(reader, "to", relation.target, set(targets))
        expect(reader, "via", relation.via, {"platform"})
        if relation.id in seen or relation.id in outside.relations:
            reader.problem("type", f"duplicate relation {relation.id!r}")
        seen.add(relation.id)
        if relation.source == relation.target:
            reader.problem("to", "a relation from a record to itself")
        kinds = type_of(relation.source), type_of(relation.target)
        if relation.type == "part-of" and None not in kinds and kinds[0] != kinds[1]:
            reader.problem("to", f"part-of links records of one kind, not {kinds[0]} to {kinds[1]}")
    for figure, reader in figures:
        expect(reader, "document", figure.document, {"document"})
        expect(reader, "funding_line", figure.funding_line, {"funding-line"})
        expect(reader, "share_of", figure.share_of, {"money-figure"})
    _check_funding_tree(lines, outside)
    _check_figure_shares(figures, outside)
    _check_figures_of_lines(lines, figures, outside)


def _check_funding_tree(lines, outside: Outside) -> None:
    """Parents form a tree (no cycles); derived lines have what they derive from."""
    by_id = {line.id: (line, reader) for line, reader in lines}
    elsewhere = outside.line_documents  # lines of other files: of other documents
    children: dict[str, list] = {}
    for line, _ in lines:
        if line.parent:
            children.setdefault(line.parent, []).append(line)
    for line, reader in lines:
        seen, at = {line.id}, line.parent
        while at in by_id:
            if at in seen:
                reader.problem("parent", f"funding lines form a cycle through {at!r}")
                break
            seen.add(at)
            at = by_id[at][0].parent
        if line.derived == "sum" and not children.get(line.id):
            reader.problem("derived", "`derived: sum` needs child lines")
        parent = by_id[line.parent][0].document if line.parent in by_id else None
        if (parent or elsewhere.get(line.parent or "", line.document)) != line.document:
            reader.problem("document", "a line and its parent come from different documents")
        share = by_id[line.share_of][0].document if line.share_of in by_id else None
        if line.share_of == line.id:
            reader.problem("share_of", "a line's share is of another line, not of itself")
        elif (share or elsewhere.get(line.share_of or "", line.document)) != line.document:
            reader.problem("share_of", "a share is of a line of the same document")


def _check_figure_shares(figures, outside: Outside) -> None:
    """A figure's share is of another figure of the same report."""
    documents = outside.figure_documents | {f.id: f.document for f, _ in figures}
    for figure, reader in figures:
        if figure.share_of == figure.id:
            reader.problem("share_of", "a figure's share is of another figure, not of itself")
        elif documents.get(figure.share_of or "", figure.document) != figure.document:
            reader.problem("share_of", "a share is of a figure of the same report")


def _check_figures_of_lines(lines, figures, outside: Outside) -> None:
    """A money figure's funding line states the same amount (executed or budget), in the
    same document: the figure accounts for that line's amount, not for another."""
    by_id = {line.id: line for line, _ in lines}
    for figure, reader in figures:
        line = by_id.get(figure.funding_line or "")
        if line is None:
            other = outside.line_documents.get(figure.funding_line or "")
            if other is not None and other != figure.document:
                reader.problem(
                    "funding_line",
                    f"{figure.funding_line!r} is a line of {other!r}, not of {figure.document!r}",
                )
            continue
        if line.document != figure.document:
            reader.problem(
                "funding_line",
                f"{line.id!r} is a line of {line.document!r}, not of {figure.document!r}",
            )
            continue
        stated = [a for a in (line.amount, line.budget) if a is not None]
        if stated and figure.amount not in stated:
            said = " or ".join(f"{a:,.2f}" for a in stated)
            reader.problem(
                "funding_line",
                f"{line.id!r} states {said} CNY, this figure {figure.amount:,.2f} CNY",
            )
