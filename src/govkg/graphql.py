"""Execute GraphQL against a KnowledgeGraph: the one code path for CLI, Python and HTTP."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import strawberry

from govkg.schema import TYPES, Query

if TYPE_CHECKING:
    from govkg.kg import KnowledgeGraph

__all__ = ["context_for", "execute", "schema"]

schema = strawberry.Schema(query=Query, types=TYPES)


def context_for(kg: KnowledgeGraph) -> dict[str, Any]:
    return {"service": kg.service, "kg": kg}


def execute(kg: KnowledgeGraph, query: str, variables: dict[str, Any] | None = None) -> dict:
    """Run ``query`` synchronously and return the GraphQL response as plain JSON-ready data."""
    result = schema.execute_sync(query, variable_values=variables, context_value=context_for(kg))
    response: dict[str, Any] = {"data": result.data}
    if result.errors:
        response["errors"] = [error.formatted for error in result.errors]
    return response
