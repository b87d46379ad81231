"""Load a seed directory into validated records, collecting every problem with its place.

Nothing is returned unless everything is valid: ``load_seed`` raises ``SeedError`` listing
each problem as ``file:line: field 'name': message``.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from govkg.errors import Problem, SeedError
from govkg.money import FEN
from govkg.records import (
    ENTITY_KINDS,
    RELATION_TYPES,
    Attribute,
    Citation,
    Document,
    Entity,
    Event,
    FundingLine,
    Indicator,
    Relation,
    Seed,
)
from govkg.yamlfile import LineDict, read_yaml

__all__ = ["load_seed"]

SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
DATE = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?)?$")
YUAN_PER = {"万元": Decimal(10000), "元": Decimal(1)}
QUALIFIERS = ("余", "多", "约", "以上", "近", "超过")
EVENT_CATEGORIES = (
    "award",
    "meeting",
    "launch",
    "approval",
    "review",
    "acceptance",
    "application",
    "visit",
    "inspection",
    "other",
)
FUNDING_CATEGORIES = ("total", "budget", "basic", "personnel", "public", "project", "other")
ENTITY_KEYS = {
    "units": "unit",
    "people": "person",
    "systems": "platform",
    "projects": "project",
    "publications": "publication",
}
TOP_KEYS = (
    "documents",
    *ENTITY_KEYS,
    "funding_lines",
    "indicators",
    "events",
    "relations",
)
COMMON = {
    "id",
    "name",
    "name_en",
    "aliases",
    "description_en",
    "attributes",
    "sources",
    "provenance",
    "rule",
}


class _Reader:
    """Reads fields of one record, noting a located problem instead of raising."""

    def __init__(
        self, file: str, record: LineDict, problems: list[Problem], texts: dict[str, str]
    ) -> None:
        self.file, self.record, self.problems, self.texts = file, record, problems, texts

    def sub(self, record: LineDict) -> _Reader:
        return _Reader(self.file, record, self.problems, self.texts)

    def problem(self, field: str, message: str, line: int | None = None) -> None:
        where = line if line is not None else self.record.line_of(field)
        self.problems.append(Problem(file=self.file, line=where, field=field, message=message))

    def allow(self, allowed: set[str]) -> None:
        for key in self.record:
            if key not in allowed:
                self.problem(key, f"unknown field (allowed: {', '.join(sorted(allowed))})")

    def text(self, field: str, *, required: bool = False, name: bool = False) -> str | None:
        value = self.record.get(field)
        if value is None:
            if required:
                self.problem(field, "missing required field")
            return None
        if isinstance(value, bool) or not isinstance(value, str | int):
            self.problem(field, f"expected text, got {type(value).__name__}")
            return None
        value = str(value)
        if name:
            bad = [c for c in value if unicodedata.category(c) in ("Cc", "Cf", "Zl", "Zp")]
            if bad:
                self.problem(field, f"control character {bad[0]!r} in a name")
                return None
            if not value.strip():
                self.problem(field, "empty name")
                return None
        return value

    def slug(self, field: str, *, required: bool = False) -> str | None:
        value = self.text(field, required=required)
        if value is not None and not SLUG.match(value):
            self.problem(field, f"{value!r} is not a slug (lowercase a-z, 0-9, single hyphens)")
            return None
        return value

    def choice(self, field: str, options: tuple[str, ...], *, required: bool) -> str | None:
        value = self.text(field, required=required)
        if value is not None and value not in options:
            self.problem(field, f"{value!r} is not one of: {', '.join(options)}")
            return None
        return value

    def year(self, field: str, *, required: bool = True) -> int | None:
        value = self.record.get(field)
        if value is None:
            if required:
                self.problem(field, "missing required field")
            return None
        if isinstance(value, bool) or not isinstance(value, int) or not 1900 <= value <= 2200:
            self.problem(field, f"expected a year such as 2023, got {value!r}")
            return None
        return value

    def date(self, field: str) -> str | None:
        value = self.text(field)
        if value is not None and not DATE.match(value):
            self.problem(field, f"expected YYYY-MM-DD, YYYY-MM or YYYY, got {value!r}")
            return None
        return value

    def decimal(self, field: str, *, required: bool = False) -> Decimal | None:
        value = self.record.get(field)
        if value is None:
            if required:
                self.problem(field, "missing required field")
            return None
        if isinstance(value, float):
            self.problem(field, f'write the decimal as a quoted string ("{value}"), not a float')
            return None
        if isinstance(value, bool) or not isinstance(value, str | int):
            self.problem(field, f"expected a decimal string, got {type(value).__name__}")
            return None
        try:
            number = Decimal(str(value).strip())
        except InvalidOperation:
            self.problem(field, f"{value!r} is not a decimal number")
            return None
        if not number.is_finite():
            self.problem(field, f"{value!r} is not a finite number")
            return None
        if number < 0:
            self.problem(field, f"negative amount {value!r}")
            return None
        return number

    def strings(self, field: str, *, slugs: bool = False) -> tuple[str, ...]:
        value = self.record.get(field)
        if value is None:
            return ()
        if not isinstance(value, list):
            self.problem(field, f"expected a list, got {type(value).__name__}")
            return ()
        items = []
        for item in value:
            if not isinstance(item, str) or (slugs and not SLUG.match(item)):
                self.problem(field, f"bad list item {item!r}")
                continue
            if any(unicodedata.category(c) in ("Cc", "Cf") for c in item):
                self.problem(field, f"control character in {item!r}")
                continue
            items.append(item)
        return tuple(items)

    def provenance(self) -> tuple[str, str | None]:
        provenance = self.choice("provenance", ("curated", "extracted"), required=False)
        rule = self.text("rule")
        if provenance == "extracted" and not rule:
            self.problem("rule", "an extracted fact names the ingest rule that produced it")
        return provenance or "curated", rule

    def citations(self, field: str = "sources") -> tuple[Citation, ...]:
        value = self.record.get(field)
        if not isinstance(value, list) or not value:
            self.problem(field, "every fact needs at least one citation")
            return ()
        cites = []
        for item in value:
            if not isinstance(item, LineDict):
                self.problem(
                    field, f"a citation is a mapping {{doc, quote, start, end}}, got {item!r}"
                )
                continue
            sub = self.sub(item)
            sub.allow({"doc", "quote", "start", "end"})
            doc, quote = sub.slug("doc", required=True), sub.text("quote", required=True)
            start, end = item.get("start"), item.get("end")
            for key, number in (("start", start), ("end", end)):
                if isinstance(number, bool) or not isinstance(number, int):
                    sub.problem(key, f"expected a character offset, got {number!r}")
            offsets_ok = isinstance(start, int) and isinstance(end, int)
            if doc and quote and offsets_ok and sub.verify(doc, quote, start, end):
                cites.append(Citation(document=doc, quote=quote, start=start, end=end))
        return tuple(cites)

    def verify(self, doc: str, quote: str, start: int, end: int) -> bool:
        """A quote must stand verbatim at its offsets; say where it does stand if elsewhere."""
        text = self.texts.get(doc)
        if text is None:
            self.problem("doc", f"unknown document {doc!r}")
            return False
        if 0 <= start < end <= len(text) and end - start == len(quote) and text[start:end] == quote:
            return True
        at = text.find(quote)
        where = f"; it occurs at {at}..{at + len(quote)}" if at >= 0 else "; not in the text at all"
        self.problem("quote", f"{quote!r} is not at {start}..{end} of {doc!r}{where}")
        return False

    def written_in_quotes(self, field: str, cites: tuple[Citation, ...]) -> None:
        written = self.record.get(field)
        if isinstance(written, str) and cites and not any(written in c.quote for c in cites):
            self.problem(field, f"{written!r} does not occur in any of the quotes")


def _entity(r: _Reader, record_type: str) -> Entity | None:
    extra = {"category", "unnamed"} if record_type != "person" else set()
    r.allow(COMMON | extra)
    categories = ENTITY_KINDS[record_type]
    category = r.choice("category", categories, required=bool(categories)) if categories else None
    unnamed = r.record.get("unnamed", False)
    if not isinstance(unnamed, bool):
        r.problem("unnamed", "expected true or false")
    entity_id = r.slug("id", required=True)
    name = r.text("name", required=True, name=True)
    provenance, rule = r.provenance()
    entity = Entity(
        id=entity_id or "",
        record_type=record_type,
        category=category,
        name=name or "",
        name_en=r.text("name_en", name=True),
        aliases=r.strings("aliases"),
        description_en=r.text("description_en"),
        attributes=_attributes(r),
        unnamed=unnamed is True,
        sources=r.citations(),
        provenance=provenance,
        rule=rule,
    )
    return entity if entity_id and name else None


def _attributes(r: _Reader) -> tuple[Attribute, ...]:
    value = r.record.get("attributes")
    if value is None:
        return ()
    if not isinstance(value, list):
        r.problem("attributes", "expected a list of {name, value, sources}")
        return ()
    found = []
    for item in value:
        if not isinstance(item, LineDict):
            r.problem("attributes", f"expected a mapping, got {item!r}")
            continue
        sub = r.sub(item)
        sub.allow({"name", "value", "sources"})
        name, text = sub.text("name", required=True), sub.text("value", required=True, name=True)
        if name and not re.fullmatch(r"[a-z][a-z_]*", name):
            sub.problem("name", f"attribute name {name!r} is not snake_case")
            name = None
        cites = sub.citations()
        if name and text:
            found.append(Attribute(name=name, value=text, sources=cites))
    return tuple(found)


def _document(r: _Reader, seed_dir: Path) -> Document | None:
    r.allow(
        {
            "id",
            "file",
            "title",
            "title_en",
            "issuer",
            "fiscal_year",
            "date",
            "genre",
            "sources",
            "provenance",
            "rule",
            "sha256",
        }
    )
    doc_id, file = r.slug("id", required=True), r.text("file", required=True)
    title = r.text("title", required=True, name=True)
    text, digest = None, ""
    if file:
        path = (seed_dir / file).resolve()
        if seed_dir.resolve() not in path.parents:
            r.problem("file", f"{file!r} lies outside the seed directory")
        elif not path.is_file():
            r.problem("file", f"source text {file!r} not found")
        else:
            raw = path.read_bytes()
            digest = hashlib.sha256(raw).hexdigest()
            try:
                text = raw.decode("utf-8")
            except UnicodeDecodeError:
                r.problem("file", f"source text {file!r} is not UTF-8")
    stated = r.text("sha256")
    if stated and digest and stated != digest:
        r.problem("sha256", f"stored text has sha256 {digest}, the seed says {stated}")
    provenance, rule = r.provenance()
    document = Document(
        id=doc_id or "",
        file=file or "",
        title=title or "",
        title_en=r.text("title_en"),
        issuer=r.slug("issuer"),
        fiscal_year=r.year("fiscal_year") or 0,
        date=r.date("date"),
        genre=r.text("genre"),
        sha256=digest,
        text=text or "",
        sources=r.citations(),
        provenance=provenance,
        rule=rule,
    )
    return document if doc_id and text is not None else None


def _funding_line(r: _Reader) -> FundingLine | None:
    r.allow(
        {
            "id",
            "name",
            "name_en",
            "aliases",
            "document",
            "year",
            "unit",
            "parent",
            "category",
            "amount",
            "amount_unit",
            "derived",
            "as_written",
            "stated_share",
            "sources",
            "provenance",
            "rule",
        }
    )
    line_id, name = r.slug("id", required=True), r.text("name", required=True, name=True)
    derived = r.choice("derived", ("sum", "remainder"), required=False)
    amount = r.decimal("amount")
    if amount is None and derived is None and "amount" not in r.record:
        r.problem("amount", "give a stated amount or `derived: sum|remainder`")
    if amount is not None and derived is not None:
        r.problem("derived", "a line is either stated (amount) or derived, not both")
    unit = r.choice("amount_unit", tuple(YUAN_PER), required=amount is not None)
    yuan = amount * YUAN_PER[unit] if amount is not None and unit else None
    if yuan is not None and yuan != yuan.quantize(FEN):
        r.problem("amount", f"{amount} {unit} is finer than one fen")
    if derived == "remainder" and not r.record.get("parent"):
        r.problem("derived", "a remainder needs a parent line")
    provenance, rule = r.provenance()
    cites = r.citations()
    r.written_in_quotes("as_written", cites)
    line = FundingLine(
        id=line_id or "",
        name=name or "",
        name_en=r.text("name_en", name=True),
        aliases=r.strings("aliases"),
        document=r.slug("document", required=True) or "",
        year=r.year("year") or 0,
        unit=r.slug("unit"),
        parent=r.slug("parent"),
        category=r.choice("category", FUNDING_CATEGORIES, required=False),
        amount=yuan.quantize(FEN) if yuan is not None else None,
        derived=derived,
        as_written=r.text("as_written"),
        stated_share=r.decimal("stated_share"),
        sources=cites,
        provenance=provenance,
        rule=rule,
    )
    return line if line_id and name else None


def _indicator(r: _Reader) -> Indicator | None:
    r.allow(
        {
            "id",
            "subject",
            "document",
            "year",
            "name",
            "name_en",
            "value",
            "unit",
            "approximate",
            "as_written",
            "sources",
            "provenance",
            "rule",
        }
    )
    raw = r.record.get("value")
    value, text_value = None, None
    if isinstance(raw, str) and not _looks_numeric(raw):
        text_value = r.text("value", name=True)
    else:
        value = r.decimal("value", required=True)
    provenance, rule = r.provenance()
    cites = r.citations()
    r.written_in_quotes("as_written", cites)
    indicator = Indicator(
        id=r.slug("id", required=True) or "",
        subject=r.slug("subject", required=True) or "",
        document=r.slug("document", required=True) or "",
        year=r.year("year") or 0,
        name=r.text("name", required=True, name=True) or "",
        name_en=r.text("name_en", name=True),
        value=value,
        text_value=text_value,
        unit=r.text("unit"),
        approximate=r.choice("approximate", QUALIFIERS, required=False),
        as_written=r.text("as_written"),
        sources=cites,
        provenance=provenance,
        rule=rule,
    )
    return indicator if indicator.id and (value is not None or text_value) else None


def _looks_numeric(raw: str) -> bool:
    return bool(re.fullmatch(r"\s*-?[\d.,eE+]+\s*", raw))


def _event(r: _Reader) -> Event | None:
    r.allow(
        {
            "id",
            "name",
            "name_en",
            "category",
            "date",
            "location",
            "participants",
            "subjects",
            "organizer",
            "sources",
            "provenance",
            "rule",
        }
    )
    provenance, rule = r.provenance()
    event = Event(
        id=r.slug("id", required=True) or "",
        name=r.text("name", required=True, name=True) or "",
        name_en=r.text("name_en", name=True),
        category=r.choice("category", EVENT_CATEGORIES, required=True) or "other",
        date=r.date("date"),
        location=r.slug("location"),
        participants=r.strings("participants", slugs=True),
        subjects=r.strings("subjects", slugs=True),
        organizer=r.slug("organizer"),
        sources=r.citations(),
        provenance=provenance,
        rule=rule,
    )
    return event if event.id and event.name else None


def _relation(r: _Reader) -> Relation | None:
    r.allow({"type", "from", "to", "via", "sources", "provenance", "rule"})
    kind = r.choice("type", tuple(RELATION_TYPES), required=True)
    source, target = r.slug("from", required=True), r.slug("to", required=True)
    provenance, rule = r.provenance()
    relation = Relation(
        type=kind or "",
        source=source or "",
        target=target or "",
        via=r.slug("via"),
        sources=r.citations(),
        provenance=provenance,
        rule=rule,
    )
    return relation if kind and source and target else None


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


def load_seed(seed_dir: Path | str) -> Seed:
    """Read and validate every ``*.yaml`` in ``seed_dir``; raise SeedError listing all problems."""
    seed_dir = Path(seed_dir)
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
    for path in sorted(seed_dir.glob("*.yaml")):
        shown = f"{seed_dir.name}/{path.name}"
        data, found = read_yaml(path, shown)
        problems += found
        files.append((path, shown, data))
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

    def read(key: str, make: Any) -> list[tuple[Any, _Reader]]:
        out = []
        for _path, shown, record in parts[key]:
            reader = _Reader(shown, record, problems, texts)
            made = make(reader)
            if made is not None:
                out.append((made, reader))
                origins.setdefault(made.id, (shown, record.line))
        return out

    documents = read("documents", lambda r: _document(r, seed_dir))
    entities = [
        pair
        for key, kind in ENTITY_KEYS.items()
        for pair in read(key, lambda r, kind=kind: _entity(r, kind))
    ]
    lines = read("funding_lines", _funding_line)
    indicators = read("indicators", _indicator)
    events = read("events", _event)
    relations = read("relations", _relation)
    _cross_check(documents, entities, lines, indicators, events, relations, problems)
    if problems:
        raise SeedError(sorted(problems, key=lambda p: (p.file, p.line, p.field)))
    return Seed(
        documents=tuple(d for d, _ in documents),
        entities=tuple(e for e, _ in entities),
        funding_lines=tuple(f for f, _ in lines),
        indicators=tuple(i for i, _ in indicators),
        events=tuple(e for e, _ in events),
        relations=tuple(r for r, _ in relations),
        origins=origins,
    )


def _cross_check(documents, entities, lines, indicators, events, relations, problems) -> None:
    """References between records: ids unique, targets exist and have the right type."""
    types: dict[str, str] = {}
    for group, record_type in (
        (documents, "document"),
        (lines, "funding-line"),
        (indicators, "indicator"),
        (events, "event"),
    ):
        for record, reader in group:
            if record.id in types:
                reader.problem("id", f"duplicate id {record.id!r}")
            types[record.id] = record_type
    for record, reader in entities:
        if record.id in types:
            reader.problem("id", f"duplicate id {record.id!r}")
        types[record.id] = record.record_type

    def expect(reader: _Reader, field: str, ref: str | None, allowed: set[str]) -> None:
        if ref is None:
            return
        found = types.get(ref)
        if found is None:
            reader.problem(field, f"unknown id {ref!r}")
        elif found not in allowed:
            reader.problem(field, f"{ref!r} is a {found}, expected {' or '.join(sorted(allowed))}")

    every = set(ENTITY_KINDS) | {"document", "funding-line", "indicator", "event"}
    for document, reader in documents:
        expect(reader, "issuer", document.issuer, {"unit"})
    for line, reader in lines:
        expect(reader, "document", line.document, {"document"})
        expect(reader, "unit", line.unit, {"unit"})
        expect(reader, "parent", line.parent, {"funding-line"})
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
        if relation.id in seen:
            reader.problem("type", f"duplicate relation {relation.id!r}")
        seen.add(relation.id)
        if relation.source == relation.target:
            reader.problem("to", "a relation from a record to itself")
        kinds = types.get(relation.source), types.get(relation.target)
        if relation.type == "part-of" and None not in kinds and kinds[0] != kinds[1]:
            reader.problem("to", f"part-of links records of one kind, not {kinds[0]} to {kinds[1]}")
    _check_funding_tree(lines)


def _check_funding_tree(lines) -> None:
    """Parents form a tree (no cycles); derived lines have what they derive from."""
    by_id = {line.id: (line, reader) for line, reader in lines}
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
        if line.parent in by_id and by_id[line.parent][0].document != line.document:
            reader.problem("document", "a line and its parent come from different documents")
