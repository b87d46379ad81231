"""The Node interface: what every thing in the graph answers, whatever its kind."""

from __future__ import annotations

import strawberry
from strawberry.types import Info

from govkg.api.base import (
    Attribute,
    Citation,
    EntityKind,
    _charged,
    _svc,
    to_node,
)
from govkg.graph import catalog as cat


@strawberry.interface(description="Anything in the graph with a name and its citations.")
class Node:
    id: strawberry.ID
    iri: str
    kind: EntityKind
    name: str
    name_en: str | None
    aliases: list[str]
    pinyin: str | None
    category: str | None
    description: str | None
    unnamed: bool = strawberry.field(
        description="True when the source mentions it without naming it."
    )
    provenance: str = strawberry.field(description="'curated' (reviewed) or 'extracted'.")
    extraction_rule: str | None = strawberry.field(
        description="The govkg ingest rule that extracted it; null when curated."
    )
    sources: list[Citation]
    attributes: list[Attribute]
    _record: strawberry.Private[cat.Node]

    @strawberry.field(description="Nodes one step away, in either direction.")
    @_charged
    def neighbours(self, info: Info) -> list[Node]:
        return [
            to_node(n) for n in _svc(info).neighbours(self._record.id, 1) if n.id != self._record.id
        ]

    @strawberry.field(
        description="Nodes an ingest rule found doubtfully the same as this one and did not "
        "merge (either direction); see the POSSIBLY_SAME_AS finding."
    )
    @_charged
    def possibly_same_as(self, info: Info) -> list[Node]:
        return [to_node(n) for n in _svc(info).possibly_same_as(self._record.id)]
