"""The typed records a :class:`~govkg.graph.catalog.Catalog` reads a graph back into.

Frozen, keyword-only dataclasses the layers above work on (costs, findings, the service,
pages, exports), whatever graph they came from: the seed's, or an RDF file's.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from govkg.core.records import Citation

__all__ = ["Attribute", "Document", "Event", "Indicator", "Line", "Link", "MoneyFigure", "Node"]


@dataclass(frozen=True, kw_only=True)
class Attribute:
    name: str
    value: str
    sources: tuple[Citation, ...]


@dataclass(frozen=True, kw_only=True, eq=False)
class Node:
    """Any entity of the graph, with the names a lookup may use (one object per node and
    graph version, compared and hashed by identity)."""

    id: str
    iri: str
    kind: str
    category: str | None
    name: str
    name_en: str | None
    aliases: tuple[str, ...]
    pinyin: str | None
    description: str | None
    unnamed: bool
    attributes: tuple[Attribute, ...]
    sources: tuple[Citation, ...]
    provenance: str
    rule: str | None = None
    possibly_same_as: tuple[str, ...] = ()


@dataclass(frozen=True, kw_only=True, eq=False)
class Link:
    """A cited relation between two nodes (feeds, operates, funds, …)."""

    id: str
    type: str
    source: str
    target: str
    via: str | None
    sources: tuple[Citation, ...]
    provenance: str
    rule: str | None = None


@dataclass(frozen=True, kw_only=True)
class Line:
    """A funding line's figures: ``basis`` says whether the amount is stated or derived;
    ``budget`` is stated when the report gives it; ``stated_share`` is of ``share_of``."""

    id: str
    amount: Decimal
    basis: str
    method: str | None
    stated_share: Decimal | None
    parent: str | None
    document: str | None
    year: int | None
    unit: str | None
    category: str | None
    as_written: str | None
    budget: Decimal | None = None
    budget_as_written: str | None = None
    share_of: str | None = None

    @property
    def share_base(self) -> str | None:
        """The line ``stated_share`` is a percent of: ``share_of``, else the parent."""
        return self.share_of or self.parent


@dataclass(frozen=True, kw_only=True)
class Indicator:
    id: str
    subject: str
    value: Decimal | None
    text_value: str | None
    unit: str | None
    approximate: str | None
    as_written: str | None
    document: str | None
    year: int | None


@dataclass(frozen=True, kw_only=True)
class Event:
    id: str
    category: str | None
    date: str | None
    location: str | None
    organizer: str | None
    participants: tuple[str, ...]
    subjects: tuple[str, ...]


@dataclass(frozen=True, kw_only=True)
class Document:
    id: str
    title: str
    fiscal_year: int | None
    date: str | None
    issuer: str | None
    genre: str | None
    sha256: str | None
    file: str | None


@dataclass(frozen=True, kw_only=True)
class MoneyFigure:
    """An amount a report states, of one kind, in yuan (stated money); ``read`` is False for
    one a reader could not place (``reason`` says why). Not a node: it has no name, only
    what it is of (``label``)."""

    id: str
    iri: str
    kind: str
    amount: Decimal
    as_written: str
    label: str | None
    document: str
    year: int | None
    read: bool
    reason: str | None
    funding_line: str | None
    rate: Decimal | None
    sources: tuple[Citation, ...]
    provenance: str
    rule: str | None = None
    stated_share: Decimal | None = None  # the percent the report states, of ``share_of``
    share_of: str | None = None

    @property
    def position(self) -> tuple[int, str]:
        """Where the report prints the amount first (its ``as_written`` inside a quote), for
        listing figures in the order of the text."""
        written = self.as_written
        spots = [c.start + c.quote.index(written) for c in self.sources if written in c.quote]
        return (min(spots or [c.start for c in self.sources] or [0]), self.id)
