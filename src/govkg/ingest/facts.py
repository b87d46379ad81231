"""What the rules find in one report, before it becomes seed records.

Each fact keeps the rule that found it and the spans it rests on; names are as written
(ids are given later, when the draft meets the seed it joins).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from govkg.ingest.text.textview import TextView

__all__ = [
    "Cite",
    "Dated",
    "ExtractedDocument",
    "Found",
    "Line",
    "Measured",
    "Mentioned",
    "Report",
    "cite",
]


@dataclass(frozen=True)
class Cite:
    """A verbatim span of the stored text."""

    quote: str
    start: int
    end: int


def cite(view: TextView, start: int, end: int) -> Cite:
    """The stored text's span for the cleaned span [start, end), trimmed of blanks."""
    while start < end and view.text[start] in " \t\n\u3000":
        start += 1
    while end > start and view.text[end - 1] in " \t\n\u3000":
        end -= 1
    quote, first, last = view.quote(start, end)
    return Cite(quote, first, last)


@dataclass(frozen=True)
class Found:
    """Common to every extracted fact: the rule that produced it and what it cites."""

    rule: str
    cites: tuple[Cite, ...]


@dataclass(frozen=True)
class ExtractedDocument(Found):
    title: str
    unit: str  # the reporting unit's name as written in the title
    year: int | None  # None: the text states no fiscal year (the draft says so)
    date: str | None  # YYYY-MM-DD as printed
    complete: bool
    notes: tuple[str, ...] = ()
    genre: str | None = "部门整体支出绩效自评报告"  # the family member; None: not shown
    unit_named: bool = True  # False: the text never names its unit (``unit`` says so)


@dataclass(frozen=True)
class Mentioned(Found):
    """A unit, system or project the report names."""

    kind: str  # unit | platform | project
    name: str
    category: str | None
    part_of: str | None = None  # for sections: the unit they belong to (name)
    owner: str | None = None  # a unit the report writes the system as belonging to
    aliases: tuple[str, ...] = ()  # other names as written: “益办事”APP -> 益办事APP


@dataclass(frozen=True)
class Line(Found):
    """An expenditure line; ``key`` is unique in the report, ``parent``/``share_of`` are keys."""

    key: str
    name: str
    category: str
    year: int
    amount: Decimal | None  # exact yuan, STATED; None when derived
    as_written: str | None = None
    derived: str | None = None  # sum | remainder
    parent: str | None = None
    share: Decimal | None = None  # the percent as written
    share_of: str | None = None  # a line key, when not the parent
    budget: Decimal | None = None
    budget_as_written: str | None = None
    under: str | None = None  # the name of a group line it is an item of (三公经费)


@dataclass(frozen=True)
class Measured(Found):
    """A quantitative indicator (or a staffing figure)."""

    name: str
    value: Decimal | str  # a text for a grade: 优秀
    unit: str
    as_written: str
    approximate: str | None = None
    subject: str | None = None  # a name the report uses; None: the reporting unit


@dataclass(frozen=True)
class Dated(Found):
    """A dated event."""

    name: str
    date: str
    category: str


@dataclass
class Report:
    """Everything the rules found in one report."""

    document: ExtractedDocument
    mentioned: list[Mentioned] = field(default_factory=list)
    lines: list[Line] = field(default_factory=list)
    measured: list[Measured] = field(default_factory=list)
    events: list[Dated] = field(default_factory=list)
    money: list = field(default_factory=list)  # money.MoneyFound: every amount, by kind
