"""One reader per record type: YAML mapping in, frozen record out (or None and problems).

The money records' readers are in ``money_readers`` and the seed's words in ``vocabulary``;
both are named here too, where the seed loader imports them from."""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

from govkg.core.records import (
    ENTITY_KINDS,
    RELATION_TYPES,
    Attribute,
    Document,
    Entity,
    Event,
    Indicator,
    Mention,
    Relation,
)
from govkg.seed.fields import FieldReader
from govkg.seed.money_readers import read_funding_line, read_money_figure
from govkg.seed.vocabulary import (
    COMMON,
    ENTITY_KEYS,
    EVENT_CATEGORIES,
    FUNDING_CATEGORIES,
    QUALIFIERS,
    TOP_KEYS,
    YUAN_PER,
)
from govkg.seed.yamlfile import LineDict

__all__ = [
    "COMMON",
    "ENTITY_KEYS",
    "EVENT_CATEGORIES",
    "FUNDING_CATEGORIES",
    "QUALIFIERS",
    "TOP_KEYS",
    "YUAN_PER",
    "read_attributes",
    "read_document",
    "read_entity",
    "read_event",
    "read_funding_line",
    "read_indicator",
    "read_mention",
    "read_money_figure",
    "read_relation",
]


def read_entity(r: FieldReader, record_type: str) -> Entity | None:
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
        attributes=read_attributes(r),
        unnamed=unnamed is True,
        sources=r.citations(),
        provenance=provenance,
        rule=rule,
        possibly_same_as=r.strings("possibly_same_as", slugs=True),
    )
    return entity if entity_id and name else None


def read_attributes(r: FieldReader) -> tuple[Attribute, ...]:
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


def read_document(r: FieldReader, seed_dir: Path) -> Document | None:
    r.allow(
        {
            "id",
            "file",
            "title",
            "title_en",
            "issuer",
            "fiscal_year",
            "year_unknown",
            "date",
            "genre",
            "sources",
            "provenance",
            "rule",
            "sha256",
        }
    )
    year_unknown = r.record.get("year_unknown", False)
    if not isinstance(year_unknown, bool):
        r.problem("year_unknown", "expected true or false")
    elif year_unknown and "fiscal_year" in r.record:
        r.problem("year_unknown", "a report of unknown year has no fiscal_year; drop one")
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
        # 0: the report states no fiscal year (`year_unknown: true`), awaiting review
        fiscal_year=r.year("fiscal_year", required=year_unknown is not True) or 0,
        date=r.date("date"),
        genre=r.text("genre"),
        sha256=digest,
        text=text or "",
        sources=r.citations(),
        provenance=provenance,
        rule=rule,
    )
    return document if doc_id and text is not None else None


def read_indicator(r: FieldReader) -> Indicator | None:
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


def read_event(r: FieldReader) -> Event | None:
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


def read_relation(r: FieldReader) -> Relation | None:
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


def read_mention(r: FieldReader) -> Mention | None:
    """``{entity, name, sources}``: this document names that existing entity so."""
    r.allow({"entity", "name", "sources", "provenance", "rule"})
    entity = r.slug("entity", required=True)
    name = r.text("name", required=True, name=True)
    provenance, rule = r.provenance()
    cites = r.citations()
    if not (entity and name and cites):
        return None
    # A new name must be quoted; one the entity already has need not (seed.py checks which).
    quoted = any(name in c.quote for c in cites)
    return Mention(
        entity=entity, name=name, sources=cites, provenance=provenance, rule=rule, quoted=quoted
    )
