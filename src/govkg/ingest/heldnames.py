"""The names a seed directory holds, indexed once per run and kept up to date as drafts
are written: what each report's names are matched against (rules in ``resolve``).

``resolve.NameIndex(seed, home)`` states the rules plainly: it is built from every held
entity, for one report, and looks for a doubtful match by comparing a name with every
known name of its kind and scope. Built again for each report, that costs a report more
the more the seed holds. ``HeldNames`` takes the same decisions at a cost that does not
grow with the seed:

- it is built once and extended by each draft written (``Held.add``). An entity is
  registered again, under its new scope, when what its scope depends on changes: a new
  place becomes known (``places``: 长沙市数据资源局, global until a 长沙市 report is held,
  is then scoped to 长沙市), a ``part-of`` relation, a name a mention adds;
- a report's own new entities, ids and relations are a layer on top (``report``), taken
  off when its draft is done, written or not;
- every name registration keeps its **position**: where ``NameIndex`` would meet it (the
  entities in the order loading the directory gives them, then the report's own, each
  entity's names in order). Where ``NameIndex`` takes the first name it meets, this takes
  the one of least position: the same one;
- a doubtful match is looked for among candidates an index gives, not among every name:
  names holding every character of the new one (it may be within them or abbreviate
  them), names within it (its substrings), names with its first and last character (they
  may abbreviate it). Each candidate is judged by the same ``resolve.doubtful``; the
  one of least position wins, as the first of ``NameIndex``'s scan does.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from typing import Any

from govkg.core.records import Seed
from govkg.ingest.resolve import Match, doubtful, home_places, normalise, scope_of

__all__ = ["HeldNames", "ReportNames"]

_Key = tuple[str, str, str]  # (kind, scope, name or normalised name)
_Pos = tuple[Any, ...]  # where NameIndex would meet a name: held first, then the report's


def _bare(name: str) -> str:
    return re.sub(r"[\s“”\"'‘’「」]", "", name).removeprefix("中共")


class HeldNames:
    """Names, normalised names and doubtful-match candidates of the held entities."""

    def __init__(self) -> None:
        self.places: set[str] = set()  # every held document's home place
        self.ids: set[str] = set()  # what NameIndex holds: entities, documents, lines, …
        self.relations: set[tuple[str, str, str]] = set()
        self.first_names: dict[str, str] = {}  # entity id -> its name
        self._exact: dict[_Key, dict[str, _Pos]] = {}  # key -> {entity: its least position}
        self._normal: dict[_Key, dict[str, _Pos]] = {}
        # (kind, scope) -> a character -> the normalised names holding it; -> (first, last)
        self._chars: dict[tuple[str, str], dict[str, set[str]]] = {}
        self._ends: dict[tuple[str, str], dict[tuple[str, str], set[str]]] = {}
        self._keys: dict[str, tuple[list[_Key], list[_Key]]] = {}  # entity -> its keys
        self._homes: dict[str, tuple[str, ...]] = {}  # document -> its home place
        self._part_of: dict[str, str] = {}  # the last part-of relation of each source
        self._starts: dict[str, set[str]] = {}  # a name's first 3 or 4 characters -> entities
        self._seq: dict[str, int] = {}  # entity -> when first held: equal orders keep it

    # -- the held seed ------------------------------------------------------------------

    def add(self, seed: Seed, entries: Mapping[str, Any]) -> None:
        """Add a seed (or one draft) that ``Held`` just added: ``entries`` is its index of
        every held entity (``order``: where loading puts it; ``entity``: its record, with
        the names mentions gave it)."""
        for entity in seed.entities:
            self.first_names.setdefault(entity.id, entity.name)
            self._seq.setdefault(entity.id, len(self._seq))  # Held's order, for ties
        again: set[str] = {entity.id for entity in seed.entities}
        for document in seed.documents:
            home = home_places(self.first_names.get(document.issuer, ""))
            self._homes[document.id] = home
            for place in set(home) - self.places:
                self.places.add(place)
                again |= self._starts.get(place, set())  # scoped to it from now on
        for relation in seed.relations:
            self.relations.add((relation.type, relation.source, relation.target))
            if relation.type == "part-of":
                if self._part_of.get(relation.source) != relation.target:
                    again.add(relation.source)
                self._part_of[relation.source] = relation.target
        again |= {mention.entity for mention in seed.mentions}  # a name it may have gained
        for group in (seed.entities, seed.documents, seed.funding_lines, seed.indicators):
            self.ids.update(record.id for record in group)
        self.ids.update(event.id for event in seed.events)
        for entity_id in sorted(again):
            entry = entries.get(entity_id)
            if entry is not None:
                self._hold(entry)

    def _hold(self, entry: Any) -> None:
        """(Re-)register one held entity under its current names and scope."""
        entity = entry.entity
        self._drop(entity.id)
        where = self._homes.get(entity.sources[0].document, ()) if entity.sources else ()
        parent = self._part_of.get(entity.id) if entity.category == "section" else None
        names = (entity.name, *entity.aliases)
        for name in names:
            bare = _bare(name)
            for size in (3, 4):
                self._starts.setdefault(bare[:size], set()).add(entity.id)
        at = (0, *entry.order, self._seq[entity.id])
        self._register(entity.record_type, entity.id, names, where, parent, at)

    # -- registering --------------------------------------------------------------------

    def _register(
        self,
        kind: str,
        entity: str,
        names: tuple[str, ...],
        home: tuple[str, ...],
        part_of: str | None,
        at: _Pos,
    ) -> None:
        exact_keys: list[_Key] = []
        normal_keys: list[_Key] = []
        for n, name in enumerate(names):
            scope = scope_of(kind, name, home, part_of, self.places)
            key = (kind, scope, name)
            self._exact.setdefault(key, {}).setdefault(entity, (*at, n))
            exact_keys.append(key)
            normal = normalise(name, kind, home)
            key = (kind, scope, normal)
            holders = self._normal.setdefault(key, {})
            if not holders:
                self._index(kind, scope, normal)
            holders.setdefault(entity, (*at, n))
            normal_keys.append(key)
        self._keys[entity] = (exact_keys, normal_keys)

    def _drop(self, entity: str) -> None:
        exact_keys, normal_keys = self._keys.pop(entity, ((), ()))
        for key in exact_keys:
            holders = self._exact.get(key, {})
            holders.pop(entity, None)
            if not holders:
                self._exact.pop(key, None)
        for key in normal_keys:
            holders = self._normal.get(key, {})
            holders.pop(entity, None)
            if not holders and key in self._normal:
                del self._normal[key]
                self._unindex(*key)

    def _index(self, kind: str, scope: str, normal: str) -> None:
        chars = self._chars.setdefault((kind, scope), {})
        for char in set(normal):
            chars.setdefault(char, set()).add(normal)
        if normal:
            self._ends.setdefault((kind, scope), {}).setdefault((normal[0], normal[-1]), set()).add(
                normal
            )

    def _unindex(self, kind: str, scope: str, normal: str) -> None:
        chars = self._chars.get((kind, scope), {})
        for char in set(normal):
            chars.get(char, set()).discard(normal)
        if normal:
            self._ends.get((kind, scope), {}).get((normal[0], normal[-1]), set()).discard(normal)

    # -- looking up ---------------------------------------------------------------------

    def _first(self, table: dict[_Key, dict[str, _Pos]], key: _Key) -> str | None:
        holders = table.get(key)
        return min(holders, key=holders.__getitem__) if holders else None

    def match(
        self, kind: str, name: str, home: tuple[str, ...], part_of: str | None = None
    ) -> Match | None:
        """``NameIndex(seed, home).match(kind, name, part_of)``, from the index."""
        scope = scope_of(kind, name, home, part_of, self.places)
        found = self._first(self._exact, (kind, scope, name))
        if found is not None:
            return Match(found, "name-exact")
        normal = normalise(name, kind, home)
        found = self._first(self._normal, (kind, scope, normal))
        if found is not None:
            return Match(found, "name-normalised")
        if len(normal) >= 3 and not part_of:
            best: tuple[_Pos, str] | None = None
            for other in self._candidates(kind, scope, normal):
                if doubtful(normal, other):
                    holders = self._normal[(kind, scope, other)]
                    first = min(holders, key=holders.__getitem__)
                    if best is None or holders[first] < best[0]:
                        best = (holders[first], first)
            if best is not None:
                return Match(best[1], "doubtful")
        return None

    def _candidates(self, kind: str, scope: str, normal: str) -> set[str]:
        """Every known normalised name of this kind and scope ``doubtful`` may accept
        (and others): those holding each of its characters, those within it, those
        with its first and last character."""
        chars = self._chars.get((kind, scope))
        if not chars:
            return set()
        found = set(min((chars.get(char, set()) for char in set(normal)), key=len))
        length = len(normal)
        for size in range(3, length):
            if size >= 0.6 * length:  # a shorter one within it must be 60% of it
                for start in range(length - size + 1):
                    within = normal[start : start + size]
                    if (kind, scope, within) in self._normal:
                        found.add(within)
        found |= self._ends.get((kind, scope), {}).get((normal[0], normal[-1]), set())
        return found

    @contextmanager
    def report(self, home: tuple[str, ...]) -> Iterator[ReportNames]:
        """The index as one report's draft sees it; what the draft adds is taken off after."""
        names = ReportNames(self, home)
        try:
            yield names
        finally:
            for entity in names.added:
                self._drop(entity)
                self.first_names.pop(entity, None)


class ReportNames:
    """One report's view: ``NameIndex(seed, home)``'s methods, over the held index and
    what this report's draft has added so far."""

    def __init__(self, held: HeldNames, home: tuple[str, ...]) -> None:
        self.held, self.home = held, home
        self.names = held.first_names  # entity id -> its name, held or this report's
        self.added: list[str] = []
        self._ids: set[str] = set()
        self._relations: set[tuple[str, str, str]] = set()
        self._next_n: dict[str, int] = {}

    def match(self, kind: str, name: str, part_of: str | None = None) -> Match | None:
        return self.held.match(kind, name, self.home, part_of)

    def add(
        self,
        kind: str,
        entity: str,
        names: tuple[str, ...],
        home: tuple[str, ...] | None = None,
        part_of: str | None = None,
    ) -> None:
        home = self.home if home is None else home
        self._ids.add(entity)
        self.held.first_names.setdefault(entity, names[0])
        self.added.append(entity)
        self.held._register(kind, entity, names, home, part_of, (1, len(self.added)))

    def new_relation(self, kind: str, source: str, target: str) -> bool:
        key = (kind, source, target)
        if key in self.held.relations or key in self._relations or source == target:
            return False
        self._relations.add(key)
        return True

    def new_id(self, base: str) -> str:
        n = self._next_n.get(base, 1)
        candidate = base if n == 1 else f"{base}-{n}"
        while candidate in self.held.ids or candidate in self._ids:
            n += 1
            candidate = f"{base}-{n}"
        self._next_n[base] = n
        self._ids.add(candidate)
        return candidate
