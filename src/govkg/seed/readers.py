"""One reader per record type: YAML mapping in, frozen record out (or None and problems)."""

from __future__ import annotations

import hashlib
import re
from decimal import Decimal
from pathlib import Path

from govkg.core.money import FEN
from govkg.core.records import (
    ENTITY_KINDS,
    MONEY_KINDS,
    RELATION_TYPES,
    Attribute,
    Document,
    Entity,
    Event,
    FundingLine,
    Indicator,
    Mention,
    MoneyFigure,
    Relation,
)
from govkg.seed.fields import FieldReader
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

YUAN_PER = {"万元": Decimal(10000), "元": Decimal(1), "亿元": Decimal(100_000_000)}
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
    "mentions",
    "money_figures",
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
    "possibly_same_as",
}


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


def read_funding_line(r: FieldReader) -> FundingLine | None:
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
            "share_of",
            "budget",
            "budget_as_written",
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
    budget = r.decimal("budget")
    unit = r.choice(
        "amount_unit", tuple(YUAN_PER), required=amount is not None or budget is not None
    )
    yuan = _yuan(r, "amount", amount, unit)
    budget_yuan = _yuan(r, "budget", budget, unit)
    if derived == "remainder" and not r.record.get("parent"):
        r.problem("derived", "a remainder needs a parent line")
    share_of = r.slug("share_of")
    if share_of and "stated_share" not in r.record:
        r.problem("share_of", "share_of says what stated_share is a share of; give stated_share")
    provenance, rule = r.provenance()
    cites = r.citations()
    r.written_in_quotes("as_written", cites)
    r.written_in_quotes("budget_as_written", cites)
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
        amount=yuan,
        derived=derived,
        as_written=r.text("as_written"),
        stated_share=r.decimal("stated_share"),
        sources=cites,
        provenance=provenance,
        rule=rule,
        budget=budget_yuan,
        budget_as_written=r.text("budget_as_written"),
        share_of=share_of,
    )
    return line if line_id and name else None


def _yuan(r: FieldReader, field: str, value: Decimal | None, unit: str | None) -> Decimal | None:
    """A stated figure in yuan, to the fen; finer than one fen is a problem of ``field``."""
    if value is None or not unit:
        return None
    yuan = value * YUAN_PER[unit]
    if yuan != yuan.quantize(FEN):
        r.problem(field, f"{value} {unit} is finer than one fen")
    return yuan.quantize(FEN)


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


def read_money_figure(r: FieldReader) -> MoneyFigure | None:
    """An amount the report states, of one kind; read or not, it is cited and counted."""
    r.allow(
        {
            "id",
            "document",
            "kind",
            "amount",
            "amount_unit",
            "as_written",
            "label",
            "year",
            "read",
            "reason",
            "funding_line",
            "rate",
            "sources",
            "provenance",
            "rule",
        }
    )
    figure_id = r.slug("id", required=True)
    kind = r.choice("kind", MONEY_KINDS, required=True)
    unit = r.choice("amount_unit", tuple(YUAN_PER), required=True)
    yuan = _yuan(r, "amount", r.decimal("amount", required=True), unit)
    read = r.record.get("read", True)
    reason = _filled(r, "reason")
    if not isinstance(read, bool):
        r.problem("read", f"expected true or false, got {read!r}")
    elif not read and reason is None and "reason" not in r.record:
        r.problem(
            "reason",
            "an amount not read (`read: false`) says why in `reason`",
            line=r.record.line_of("read"),
        )
    elif read and reason is not None:
        r.problem("reason", "only an amount not read (`read: false`) has a reason")
    rate = r.decimal("rate", signed=True)
    if rate is not None and kind not in (None, "change"):
        r.problem("rate", f"a stated rate belongs to a `kind: change` figure, not {kind!r}")
    provenance, rule = r.provenance()
    cites = r.citations()
    as_written = _filled(r, "as_written", required=True)
    if as_written and cites and not any(as_written in c.quote for c in cites):
        r.problem("as_written", f"{as_written!r} does not occur in any of the quotes")
    document = r.slug("document", required=True)
    if document and cites and all(c.document != document for c in cites):
        r.problem("sources", f"a money figure of {document!r} cites that report")
    figure = MoneyFigure(
        id=figure_id or "",
        document=document or "",
        kind=kind or "other",
        amount=yuan if yuan is not None else Decimal(0),
        as_written=as_written or "",
        label=r.text("label", name=True),
        year=r.year("year", required=False),
        read=read is not False,
        reason=reason,
        funding_line=r.slug("funding_line"),
        rate=rate,
        sources=cites,
        provenance=provenance,
        rule=rule,
    )
    complete = figure_id and kind and yuan is not None and as_written and figure.document
    return figure if complete else None


def _filled(r: FieldReader, field: str, *, required: bool = False) -> str | None:
    """A text that says something: blank is a problem, not a value."""
    value = r.text(field, required=required)
    if value is not None and not value.strip():
        r.problem(field, "empty text")
        return None
    return value
