"""A finding as GraphQL answers it: a check over the sources that does not add up, its
severity, its citations, and the nodes it is about."""

from __future__ import annotations

import strawberry
from strawberry.types import Info

from govkg.answers.findings import Finding as FindingRecord
from govkg.api.base import Citation, _charged, _svc, to_node
from govkg.api.nodes import Node, Severity

__all__ = ["Finding"]


@strawberry.type(description="A check over the sources that does not add up, with its citations.")
class Finding:
    id: strawberry.ID
    code: str
    severity: Severity
    message: str
    sources: list[Citation]
    _record: strawberry.Private[FindingRecord]

    @strawberry.field
    @_charged
    def subjects(self, info: Info) -> list[Node]:
        nodes = _svc(info).catalog.nodes
        return [to_node(nodes[i]) for i in self._record.subjects if i in nodes]
