"""One node per unit or system, whatever report names it: the documented matching rules.

A name is compared within its **scope**, so that what reads alike but is not the same is
never merged:

- a section (综合科, 办公室) is scoped to the unit it belongs to;
- a relative name (市委政法委, 县行政审批服务局: 市/县/区 with no place) and a system's
  generic name (政务云平台, 电子政务外网) are scoped to the reporting unit's home place
  (益阳市), read from the report's title: 益阳市's 政务云平台 is not 青岚市's;
- anything else (中国信息协会, 省委网信办, the brands 湘易办 and 一网通办) is global.

Within a scope, a name found in a new report is compared with every entity of the seed:

1. ``name-exact``: it is an entity's name or alias -> that entity (a ``mentions`` record
   adds this report's citation).
2. ``name-normalised``: equal after normalising both -> that entity, the new name added
   as an alias. Normalising drops quotes, spaces and a leading 中共; writes a relative
   name with its home place (市委政法委 in an 益阳市 report = 益阳市委政法委); 委员会 -> 委;
   and, for systems, drops a trailing 平台/系统/APP/小程序: 中共益阳市委政法委员会 =
   市委政法委, 政务云平台 = 政务云.
3. doubtful: same kind and scope, and one normalised name contains the other (and is at
   least 60% of it: 市委 is not taken for 市委政法委), or is an
   abbreviation of it (its characters in order, same first and last: 市城管执法局 /
   市城市管理和综合执法局), at least 3 characters -> a new entity with
   ``possibly_same_as``: reported as a finding, never merged.

``NameIndex`` states these rules plainly, for one report, from a whole seed; ``govkg
ingest`` takes the same decisions from ``heldnames.HeldNames``, an index kept over a run.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from pypinyin import lazy_pinyin

from govkg.core.records import Seed

__all__ = [
    "BRANDS",
    "Match",
    "NameIndex",
    "doubtful",
    "home_places",
    "normalise",
    "scope_of",
    "slug",
]

_SYSTEM_TAIL = re.compile(r"(?:平台|系统|APP|App|app|微信小程序|小程序)$")


def normalise(name: str, kind: str, home: tuple[str, ...] = ()) -> str:
    """The comparable form of a name under rule 2.

    >>> normalise("中共益阳市委政法委员会", "unit", ("益阳市",))
    '益阳市委政法委'
    >>> normalise("市委政法委", "unit", ("益阳市",))
    '益阳市委政法委'
    >>> normalise("“政务云”平台", "platform")
    '政务云'
    """
    text = re.sub(r"[\s“”\"'‘’「」]", "", name).removeprefix("中共")
    text = re.sub(r"^(?:全市|全省|全县|全区)", "", text)
    for place in home:
        if not text.startswith(place) and text.startswith(place[-1]):
            text = place + text[1:]  # 县行政审批服务局 in a 梧川县 report: 梧川县行政审批服务局
    text = text.replace("委员会", "委")
    if kind == "platform" and len(text) > 3:
        text = _SYSTEM_TAIL.sub("", text)
    return text


def scope_of(
    kind: str, name: str, home: tuple[str, ...], part_of: str | None = None, places=()
) -> str:
    """Where a name means one thing: its unit (sections), a place, or everywhere.

    ``home`` and ``places`` are places ``home_places`` found: three or four characters,
    and none the start of another (it takes the shortest), so a name starts with one of
    them at most, and its first three or four characters say which."""
    if part_of:
        return f"unit:{part_of}"
    bare = re.sub(r"[\s“”\"'‘’「」]", "", name).removeprefix("中共")
    for place in (*home, bare[:3], bare[:4]):
        if bare.startswith(place) and (place in home or place in places):
            return f"place:{place}"  # 青岚市数据资源局
    relative = bare[:1] in ("市", "县", "区") and not bare.startswith(("市场", "区域"))
    one_of_a_kind = bare in BRANDS and not bare.startswith("一网")  # 湘易办: the province's app
    if kind == "platform" and not _QUALIFIED.match(bare) and not one_of_a_kind:
        relative = True  # 政务云平台, 一网通办: the home city's own
    return f"place:{home[0]}" if relative and home else ""


_QUALIFIED = re.compile(r"^(?:中国|国家|全国|[\u4e00-\u9fff]{1,3}省)")


# Platforms every report of the genre names without a system word: the provinces'
# government-service apps and the "一网" platforms every city builds. Rule ``known-platform``.
BRANDS = frozenset(
    [
        "一网通办",
        "一网统管",
        "一网协同",
        "湘易办",
        "粤省事",
        "粤商通",
        "浙里办",
        "随申办",
        "渝快办",
        "闽政通",
        "赣服通",
        "苏服办",
        "皖事通",
        "鄂汇办",
        "豫事办",
        "爱山东",
        "蒙速办",
        "冀时办",
        "三晋通",
        "辽事通",
        "吉事办",
        "黑龙江全省事",
        "桂通办",
        "新湘事成",
        "国家政务服务平台",
        "全国一体化政务服务平台",
        "信用中国",
    ]
)


def home_places(reporter: str) -> tuple[str, ...]:
    """益阳市智慧城市和大数据中心 -> ('益阳市',): where the reporting unit is."""
    found = re.match(r"^(?:中共)?(?:湖南省)?([\u4e00-\u9fff]{2,3}?[市县区州])", reporter)
    return (found.group(1),) if found else ()


def doubtful(normal: str, other: str) -> bool:
    """Rule 3 between two normalised names (of the same kind and scope, not equal).

    >>> doubtful("益阳市委", "益阳市委政法委"), doubtful("市城管执法局", "市城市管理和综合执法局")
    (False, True)
    """
    if len(other) < 3:
        return False
    short, long = (normal, other) if len(normal) <= len(other) else (other, normal)
    return (short in long and len(short) >= 0.6 * len(long)) or _abbreviates(short, long)


def _abbreviates(short: str, long: str) -> bool:
    """市城管执法局 abbreviates 市城市管理和综合执法局: its characters in order."""
    if len(short) < 4 or short in long or short[0] != long[0] or short[-1] != long[-1]:
        return False
    rest = iter(long)
    return all(char in rest for char in short)


@functools.lru_cache(maxsize=4096)  # pinyin costs ~7 µs a character; a report repeats names
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
    """Names and normalised names of the entities in a seed, by kind and scope."""

    def __init__(self, seed: Seed | None, home: tuple[str, ...]) -> None:
        self.home = home
        self.exact: dict[tuple[str, str, str], str] = {}
        self.normal: dict[tuple[str, str, str], str] = {}
        # (kind, scope) -> [(normalised name, entity)], in the order ``normal`` has them: a
        # doubtful match is looked for among its own kind and scope only
        self.similar: dict[tuple[str, str], list[tuple[str, str]]] = {}
        self.next_n: dict[str, int] = {}  # the last n ``new_id`` gave each base
        self.ids: set[str] = set()
        self.relations: set[tuple[str, str, str]] = set()
        self.names: dict[str, str] = {}  # entity id -> its name
        self.places: tuple[str, ...] = ()
        if seed is None:
            return
        self.relations = {(r.type, r.source, r.target) for r in seed.relations}
        part_of = {r.source: r.target for r in seed.relations if r.type == "part-of"}
        homes = _document_homes(seed)
        self.places = tuple({p for found in homes.values() for p in found})
        for entity in seed.entities:
            where = homes.get(entity.sources[0].document, ()) if entity.sources else ()
            parent = part_of.get(entity.id) if entity.category == "section" else None
            self.add(entity.record_type, entity.id, (entity.name, *entity.aliases), where, parent)
        for record in (*seed.documents, *seed.funding_lines, *seed.indicators, *seed.events):
            self.ids.add(record.id)

    def add(self, kind, entity, names, home=None, part_of=None) -> None:
        home = self.home if home is None else home
        self.ids.add(entity)
        self.names.setdefault(entity, names[0])
        for name in names:
            scope = scope_of(kind, name, home, part_of, self.places)
            self.exact.setdefault((kind, scope, name), entity)
            normal = normalise(name, kind, home)
            if (kind, scope, normal) not in self.normal:
                self.normal[(kind, scope, normal)] = entity
                self.similar.setdefault((kind, scope), []).append((normal, entity))

    def match(self, kind: str, name: str, part_of: str | None = None) -> Match | None:
        scope = scope_of(kind, name, self.home, part_of, self.places)
        if (kind, scope, name) in self.exact:
            return Match(self.exact[(kind, scope, name)], "name-exact")
        normal = normalise(name, kind, self.home)
        if (kind, scope, normal) in self.normal:
            return Match(self.normal[(kind, scope, normal)], "name-normalised")
        if len(normal) >= 3 and not part_of:
            for other, entity in self.similar.get((kind, scope), ()):
                if doubtful(normal, other):
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
        """``base``, or ``base-2``, … : unique across the whole seed.

        Counting resumes where the last id of ``base`` stopped: ids are never given back,
        and counting from 1 each time is quadratic in a name a report repeats."""
        n = self.next_n.get(base, 1)
        candidate = base if n == 1 else f"{base}-{n}"
        while candidate in self.ids:
            n += 1
            candidate = f"{base}-{n}"
        self.next_n[base] = n
        self.ids.add(candidate)
        return candidate


def _document_homes(seed: Seed) -> dict[str, tuple[str, ...]]:
    """Each document's home place, from its issuing unit's name (益阳市智慧城市… -> 益阳市)."""
    names = {entity.id: entity.name for entity in seed.entities}
    homes = {}
    for document in seed.documents:
        homes[document.id] = home_places(names.get(document.issuer, ""))
    return homes
