"""What a seed directory already holds, as an index a new draft is checked against.

``govkg ingest`` loads the seed directory once per run (every check ``govkg validate``
runs on records), keeps this index of it, and adds each draft it writes. A new draft is
then checked on its own (its records, its quotes at their offsets) and against the index
(ids, references, names), not by loading every earlier draft again: the cost of a report
does not grow with the number of reports before it.

The index holds: the checksums and titles of the stored texts (a text held already is
skipped, another form of a held report refused, unless another named unit issued the held
one: ``issued_by_another``), the ``seed.Outside`` a draft's references
are looked up in, and the entities in the order loading the directory gives them, merged
with the names their mentions add, indexed by name (``heldnames``): what a draft's names
are matched against.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from dataclasses import dataclass, replace
from decimal import Decimal
from pathlib import Path

from govkg.core.records import Entity, Seed
from govkg.ingest.heldnames import HeldNames
from govkg.seed.load import Outside

__all__ = ["Held", "comparable", "reads_as_heading"]

_KIND_ORDER = ("unit", "person", "platform", "project", "publication")
"""The order ``load_seed`` reads entities in (``seedrecords.ENTITY_KEYS``), then by file."""


def comparable(title: str) -> str:
    """Titles compared without spaces, full- or half-width: 部门（单位） = 部门(单位).

    >>> comparable("部门（单位） 整体") == comparable("部门(单位)整体")
    True
    """
    return "".join(unicodedata.normalize("NFKC", title).split())


_HEADING = re.compile(
    r"\s*(?:[一二三四五六七八九十]{1,3}\s*[、.．]|[（(][一二三四五六七八九十\d]{1,3}[）)]"
    r"|\d{1,2}\s*[、.．](?!\d))"
)


def reads_as_heading(title: str) -> bool:
    """Whether a drafted title is a numbered section heading (一、项目基本情况: an untitled
    excerpt's first heading), which says nothing of which report it is: two reports of one
    unit and year both opening on it are not therefore one report (trial 44's 652 and 253,
    one bureau's two project reports of 2020).

    >>> reads_as_heading("一、项目基本情况"), reads_as_heading("（一）部门职责")
    (True, True)
    >>> reads_as_heading("2020年度项目支出绩效自评报告")
    False
    """
    return _HEADING.match(title) is not None


@dataclass
class _Entry:
    """An entity where loading the directory puts it: its kind, its file, its line."""

    order: tuple[int, str, int]
    entity: Entity


class Held:
    """The index of one seed directory, kept up to date as drafts are written into it."""

    def __init__(self) -> None:
        self.outside = Outside()
        self.digests: dict[str, str] = {}  # sha256 of a stored text -> its document
        self.titles: dict[tuple[str, int], list[str]] = {}  # (comparable title, year) -> documents
        self.amounts: dict[str, set[Decimal]] = {}  # document -> the nonzero amounts it states
        self.awaiting: set[str] = set()  # documents with a fact awaiting review
        self._entries: list[_Entry] = []
        self._at: dict[str, _Entry] = {}  # entity id -> its entry
        self._documents: list = []
        self._others: dict[str, list] = {"lines": [], "indicators": [], "events": []}
        self._relations: list = []
        self._seed: Seed | None = None
        self.names = HeldNames()  # what a draft's names are matched against

    @classmethod
    def of(cls, seed: Seed | None) -> Held:
        """The index of a loaded (validated) seed; an empty one for a new directory."""
        held = cls()
        if seed is not None:
            held.add(seed)
        return held

    def add(self, seed: Seed, file: str | None = None) -> None:
        """Add the records of a seed, or of one draft file (``file``, its name)."""
        out = self.outside
        origins = seed.origins
        for document in seed.documents:
            out.types[document.id] = "document"
            self.digests[document.sha256] = document.id
            key = (comparable(document.title), document.fiscal_year)
            self.titles.setdefault(key, []).append(document.id)
        for figure in seed.money_figures:
            if figure.amount:
                self.amounts.setdefault(figure.document, set()).add(figure.amount)
        for group, kind in (
            (seed.funding_lines, "funding-line"),
            (seed.indicators, "indicator"),
            (seed.events, "event"),
            (seed.money_figures, "money-figure"),
        ):
            for record in group:
                out.types[record.id] = kind
        out.line_documents |= {line.id: line.document for line in seed.funding_lines}
        out.figure_documents |= {f.id: f.document for f in seed.money_figures}
        out.relations |= {relation.id for relation in seed.relations}
        out.mentions |= {mention.id for mention in seed.mentions}
        mentioned: dict[str, set[str]] = {}
        for mention in seed.mentions:
            mentioned.setdefault(mention.entity, set()).add(mention.name)
        for entity in seed.entities:
            out.types[entity.id] = entity.record_type
            # the names its own record gives (a mention's name is no name a mention may use
            # unquoted: seed.py checks against the entity's record, and so does this)
            own = {entity.name, *entity.aliases} - (mentioned.get(entity.id, set()) - {entity.name})
            out.names[entity.id] = frozenset(own | {entity.name})
            shown, line = origins.get(entity.id, (file or "", 0))
            entry = _Entry((_KIND_ORDER.index(entity.record_type), _file(shown), line), entity)
            bisect.insort(self._entries, entry, key=lambda e: e.order)
            self._at[entity.id] = entry
        for mention in seed.mentions:  # names a later draft's mentions give held entities
            entry = self._at.get(mention.entity)
            if entry is not None and mention.name not in (entry.entity.name, *entry.entity.aliases):
                aliases = (*entry.entity.aliases, mention.name)
                entry.entity = replace(entry.entity, aliases=aliases)
        for record in (*seed.funding_lines, *seed.indicators, *seed.money_figures):
            if record.provenance == "extracted":
                self.awaiting.add(record.document)
        for cited in (*seed.entities, *seed.mentions, *seed.relations, *seed.events):
            if cited.provenance == "extracted" and cited.sources:
                self.awaiting.add(cited.sources[0].document)
        self._documents += seed.documents
        self._others["lines"] += seed.funding_lines
        self._others["indicators"] += seed.indicators
        self._others["events"] += seed.events
        self._relations += seed.relations
        self._seed = None
        self.names.add(seed, self._at)

    def another_form_of(self, document_id: str, unit: str | None, amounts: set[Decimal]) -> bool:
        """Whether a new draft under the held ``document_id``'s title and year is another form
        of it: not where another named unit issued it (``issued_by_another``); where one unit
        is named on both sides, yes; where either side's unit is unnamed, the title tells
        little (2017年度项目绩效自评报告 heads many units' reports: thirty-second trial), so
        only if the two state a nonzero amount in common, or either states none."""
        if self.issued_by_another(document_id, unit):
            return False
        if unit and self._issuer_name(document_id):
            return True
        held = self.amounts.get(document_id, set())
        return not held or not amounts or bool(held & amounts)

    def issued_by_another(self, document_id: str, unit: str | None) -> bool:
        """Whether the held ``document_id`` was issued by a named unit other than ``unit``
        (a new draft's named unit; None where it names none). A title shared by two units'
        reports (a part heading read as the title, 第二部分2022年度部门决算情况说明: sixteenth
        trial) makes them two reports, not two forms of one; an unnamed issuer on either side
        tells nothing."""
        if not unit:
            return False
        issuer = self._issuer_name(document_id)
        if issuer is None:
            return False
        entry = self._at[issuer]
        return unit != entry.entity.name and unit not in entry.entity.aliases

    def _issuer_name(self, document_id: str) -> str | None:
        """The id of the held document's issuer where it is a named unit, else None."""
        issuer = next((d.issuer for d in self._documents if d.id == document_id), None)
        entry = self._at.get(issuer) if issuer else None
        return None if entry is None or entry.entity.unnamed else issuer

    def seed(self) -> Seed | None:
        """The held records as one seed, entities in the order loading the directory gives
        them (what ``resolve.NameIndex`` is built from: ``names`` decides the same, kept
        up to date instead of built again for each draft); None if empty."""
        if not self._documents:
            return None
        if self._seed is None:
            self._seed = Seed(
                documents=tuple(self._documents),
                entities=tuple(entry.entity for entry in self._entries),
                funding_lines=tuple(self._others["lines"]),
                indicators=tuple(self._others["indicators"]),
                events=tuple(self._others["events"]),
                relations=tuple(self._relations),
            )
        return self._seed


def _file(shown: str) -> str:
    """``seed/units.yaml`` -> ``units.yaml``: files are loaded in the order of their names."""
    return Path(shown).name
