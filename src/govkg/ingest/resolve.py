"""One node per unit or system, whatever report names it: the documented matching rules.

A name found in a new report is compared with every entity of the seed it joins:

1. ``name-exact``: it is an entity's name or alias -> that entity (a ``mentions`` record
   adds this report's citation).
2. ``name-normalised``: equal after normalising both -> that entity, the new name added
   as an alias. Normalising drops quotes, spaces and a leading 中共; writes the report's
   home place (益阳市) as 市; 委员会 -> 委; and, for systems, a trailing 平台/系统/APP/
   小程序: 中共益阳市委政法委员会 = 市委政法委, 政务云平台 = 政务云.
3. doubtful: same kind and one normalised name contains the other (at least 3
   characters) -> a new entity with ``possibly_same_as``: reported as a finding, never
   merged.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pypinyin import lazy_pinyin

from govkg.records import Seed

__all__ = ["Match", "NameIndex", "normalise", "slug"]

_SYSTEM_TAIL = re.compile(r"(?:平台|系统|APP|App|app|微信小程序|小程序)$")


def normalise(name: str, kind: str, home: tuple[str, ...] = ()) -> str:
    """The comparable form of a name under rule 2.

    >>> normalise("中共益阳市委政法委员会", "unit", ("益阳市",))
    '市委政法委'
    >>> normalise("“政务云”平台", "platform")
    '政务云'
    """
    text = re.sub(r"[\s“”\"'‘’「」]", "", name).removeprefix("中共")
    text = re.sub(r"^(?:全市|全省|全县|全区)", "", text)
    for place in home:
        if text.startswith(place):
            text = "市" + text[len(place) :] if place.endswith("市") else text[len(place) :]
    text = text.replace("委员会", "委")
    if kind == "platform" and len(text) > 3:
        text = _SYSTEM_TAIL.sub("", text)
    return text


def slug(name: str, longest: int = 24) -> str:
    """A pinyin slug for an id; initials when the whole would be longer than ``longest``.

    >>> slug("政务云平台")
    'zhengwuyunpingtai'
    >>> slug("益阳市智慧城市和大数据中心")
    'yyszhcshdsjzx'
    """
    syllables = []
    for part in lazy_pinyin(name):
        syllables += re.findall(r"[a-z0-9]+", part.lower())
    whole = "".join(syllables)
    if len(whole) > longest:
        whole = "".join(s if s.isdigit() else s[0] for s in syllables)[:longest]
    return whole or "x"


@dataclass(frozen=True)
class Match:
    """How a name met the seed: ``rule`` is name-exact, name-normalised or doubtful."""

    entity: str
    rule: str


class NameIndex:
    """Names and normalised names of the entities in a seed, by kind."""

    def __init__(self, seed: Seed | None, home: tuple[str, ...]) -> None:
        self.home = home
        self.exact: dict[tuple[str, str], str] = {}
        self.normal: dict[tuple[str, str], str] = {}
        self.ids: set[str] = set()
        self.relations: set[tuple[str, str, str]] = set()
        if seed is None:
            return
        self.relations = {(r.type, r.source, r.target) for r in seed.relations}
        for entity in seed.entities:
            self.add(entity.record_type, entity.id, (entity.name, *entity.aliases))
        for record in (*seed.documents, *seed.funding_lines, *seed.indicators, *seed.events):
            self.ids.add(record.id)

    def add(self, kind: str, entity: str, names: tuple[str, ...]) -> None:
        self.ids.add(entity)
        for name in names:
            self.exact.setdefault((kind, name), entity)
            self.normal.setdefault((kind, normalise(name, kind, self.home)), entity)

    def match(self, kind: str, name: str) -> Match | None:
        if (kind, name) in self.exact:
            return Match(self.exact[(kind, name)], "name-exact")
        normal = normalise(name, kind, self.home)
        if (kind, normal) in self.normal:
            return Match(self.normal[(kind, normal)], "name-normalised")
        if len(normal) >= 3:
            for (other_kind, other), entity in self.normal.items():
                if other_kind == kind and len(other) >= 3 and (normal in other or other in normal):
                    return Match(entity, "doubtful")
        return None

    def new_relation(self, kind: str, source: str, target: str) -> bool:
        """True the first time: a relation the seed already states is not restated."""
        key = (kind, source, target)
        if key in self.relations or source == target:
            return False
        self.relations.add(key)
        return True

    def new_id(self, base: str) -> str:
        """``base``, or ``base-2``, … : unique across the whole seed."""
        candidate, n = base, 1
        while candidate in self.ids:
            n += 1
            candidate = f"{base}-{n}"
        self.ids.add(candidate)
        return candidate
