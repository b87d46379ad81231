"""The HTTP app: every route listed in one place, all answers from one KnowledgeGraph."""

from __future__ import annotations

from typing import Any

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route
from strawberry.asgi import GraphQL

from govkg.graphql import context_for, schema
from govkg.kg import KnowledgeGraph

__all__ = ["create_app"]


class _GraphQL(GraphQL):
    """Strawberry's ASGI app with the graph's service in every request's context."""

    def __init__(self, kg: KnowledgeGraph) -> None:
        super().__init__(schema)
        self.kg = kg

    async def get_context(self, request: Any, response: Any) -> dict[str, Any]:
        return context_for(self.kg)


def create_app(kg: KnowledgeGraph) -> Starlette:
    """The Starlette app serving ``kg``."""

    async def health(request: Request) -> JSONResponse:
        return JSONResponse({"status": "ok", "version": kg.version, "triples": len(kg.graph)})

    graphql = _GraphQL(kg)
    return Starlette(
        routes=[
            Route("/health", health),
            Route("/graphql", graphql, methods=["GET", "POST"]),
        ]
    )
