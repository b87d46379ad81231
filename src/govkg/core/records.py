"""Frozen records of a validated seed; later layers trust them and never re-check."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

__all__ = [
    "ENTITY_KINDS",
    "MONEY_KINDS",
    "RELATION_TYPES",
    "Attribute",
    "Citation",
    "Document",
    "Entity",
    "Event",
    "FundingLine",
    "Indicator",
    "Mention",
    "MoneyFigure",
    "Relation",
    "Seed",
]

# Record type -> allowed categories. The record type is also the IRI path segment.
ENTITY_KINDS: dict[str, tuple[str, ...]] = {
    "unit": (
        "center",
        "section",
        "party-body",
        "government",
        "bureau",
        "office",
        "committee",
        "provincial-body",
        "state-owned-enterprise",
        "association",
        "other",
    ),
    "person": (),
    "platform": (
        "platform",
        "system",
        "app",
        "website",
        "network",
        "facility",
        "data-resource",
    ),
    "project": (),
    "publication": (
        "regulation",
        "plan",
        "report",
        "form",
        "commitment",
        "case-collection",
    ),
}

# Relation type -> (allowed source record types, allowed target record types).
RELATION_TYPES: dict[str, tuple[frozenset[str], frozenset[str]]] = {
    "feeds": (frozenset({"unit"}), frozenset({"platform"})),
    "connects": (frozenset({"platform"}), frozenset({"platform"})),
    "migrated-to": (frozenset({"unit", "platform"}), frozenset({"platform"})),
    "operates": (frozenset({"unit"}), frozenset({"platform"})),
    "owns": (frozenset({"unit"}), frozenset({"platform"})),
    "part-of": (
        frozenset({"platform", "unit", "project"}),
        frozenset({"platform", "unit", "project"}),
    ),
    "delivers": (frozenset({"project"}), frozenset({"platform"})),
    "funds": (frozenset({"funding-line"}), frozenset({"project", "platform"})),
    "uses": (frozenset({"unit"}), frozenset({"platform"})),
    "leads": (frozenset({"unit"}), frozenset({"unit"})),
    "participates": (frozenset({"unit"}), frozenset({"project"})),
    "reviews": (frozenset({"unit"}), frozenset({"project"})),
}

# What an amount a report states is: kept apart, so that no figure is shown as spending
# unless the report spends it.
MONEY_KINDS = (
    "spending",
    "budget",
    "revenue",
    "carry-over",
    "change",
    "contract",
    "planned",
    "saving",
    "price-or-rate",
    "other",
)


@dataclass(frozen=True, kw_only=True)
class Citation:
    """A span of a stored source text: ``text[start:end] == quote``."""

    document: str
    quote: str
    start: int
    end: int


@dataclass(frozen=True, kw_only=True)
class Attribute:
    """A cited textual fact about an entity (rank, role, status, …)."""

    name: str
    value: str
    sources: tuple[Citation, ...]


@dataclass(frozen=True, kw_only=True)
class Entity:
    """A named thing of a report: unit, person, platform, project or publication."""

    id: str
    record_type: str
    category: str | None
    name: str
    name_en: str | None
    aliases: tuple[str, ...]
    description_en: str | None
    attributes: tuple[Attribute, ...]
    unnamed: bool
    sources: tuple[Citation, ...]
    provenance: str = "curated"
    rule: str | None = None
    possibly_same_as: tuple[str, ...] = ()
    """Entities an ingest rule found to be perhaps the same, and did not merge."""


@dataclass(frozen=True, kw_only=True)
class Mention:
    """A document names an existing entity so: the name becomes an alias, the citations
    its sources, and the mention keeps its own provenance."""

    entity: str
    name: str
    sources: tuple[Citation, ...]
    provenance: str = "curated"
    rule: str | None = None
    quoted: bool = field(default=True, compare=False)  # the name occurs in a quote

    @property
    def id(self) -> str:
        first = self.sources[0]
        return f"{self.entity}--{first.document}-{first.start}-{first.end}"


@dataclass(frozen=True, kw_only=True)
class Document:
    """A source report, with the text its citations point into."""

    id: str
    file: str
    title: str
    title_en: str | None
    issuer: str | None
    fiscal_year: int
    date: str | None
    genre: str | None
    sha256: str
    text: str = field(repr=False)
    sources: tuple[Citation, ...]
    provenance: str = "curated"
    rule: str | None = None


@dataclass(frozen=True, kw_only=True)
class FundingLine:
    """A budget line; ``amount`` (executed) is in yuan, None when ``derived`` says how to
    compute it; ``budget`` is the stated budget of the same line, when the report gives both;
    ``stated_share`` is a percent of ``share_of`` (else of the parent)."""

    id: str
    name: str
    name_en: str | None
    aliases: tuple[str, ...]
    document: str
    year: int
    unit: str | None
    parent: str | None
    category: str | None
    amount: Decimal | None
    derived: str | None
    as_written: str | None
    stated_share: Decimal | None
    sources: tuple[Citation, ...]
    provenance: str = "curated"
    rule: str | None = None
    budget: Decimal | None = None
    budget_as_written: str | None = None
    share_of: str | None = None


@dataclass(frozen=True, kw_only=True)
class Indicator:
    """A figure the report states about one subject, qualifier (余, 多, 约, 以上) kept."""

    id: str
    subject: str
    document: str
    year: int
    name: str
    name_en: str | None
    value: Decimal | None
    text_value: str | None
    unit: str | None
    approximate: str | None
    as_written: str | None
    sources: tuple[Citation, ...]
    provenance: str = "curated"
    rule: str | None = None


@dataclass(frozen=True, kw_only=True)
class MoneyFigure:
    """An amount the report states, in yuan, of one kind (spending, budget, revenue, …);
    ``read`` is False for an amount a reader saw but could not place, ``reason`` says why;
    ``funding_line`` states the same amount; ``rate`` is a change figure's stated percent;
    ``stated_share`` is the percent the report states it is of the figure ``share_of``."""

    id: str
    document: str
    kind: str
    amount: Decimal
    as_written: str
    label: str | None
    year: int | None
    read: bool
    reason: str | None
    funding_line: str | None
    rate: Decimal | None
    sources: tuple[Citation, ...]
    provenance: str = "curated"
    rule: str | None = None
    stated_share: Decimal | None = None
    share_of: str | None = None


@dataclass(frozen=True, kw_only=True)
class Event:
    """Something that happened (award, meeting, review), dated only when the report dates it."""

    id: str
    name: str
    name_en: str | None
    category: str
    date: str | None
    location: str | None
    participants: tuple[str, ...]
    subjects: tuple[str, ...]
    organizer: str | None
    sources: tuple[Citation, ...]
    provenance: str = "curated"
    rule: str | None = None


@dataclass(frozen=True, kw_only=True)
class Relation:
    """A typed, cited link between two records (feeds, operates, funds, …)."""

    type: str
    source: str
    target: str
    via: str | None
    sources: tuple[Citation, ...]
    provenance: str = "curated"
    rule: str | None = None

    @property
    def id(self) -> str:
        return f"{self.type}--{self.source}--{self.target}"


@dataclass(frozen=True, kw_only=True)
class Seed:
    """Everything loaded from one seed directory, already validated."""

    documents: tuple[Document, ...]
    entities: tuple[Entity, ...]
    funding_lines: tuple[FundingLine, ...]
    indicators: tuple[Indicator, ...]
    events: tuple[Event, ...]
    relations: tuple[Relation, ...]
    mentions: tuple[Mention, ...] = ()
    money_figures: tuple[MoneyFigure, ...] = ()
    origins: dict[str, tuple[str, int]] = field(default_factory=dict, compare=False, repr=False)
    """Where each record was written (file, line), to point SHACL problems back at the seed."""
