"""Execute GraphQL against a KnowledgeGraph: the one code path for CLI, Python and HTTP.

Parsing and validation are cached (they are most of a small query's cost) and validation
errors never suggest field names ("Did you mean …") to a client probing the schema.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache
from typing import TYPE_CHECKING, Any

import strawberry
from graphql import GraphQLError, GraphQLSchema, validate
from graphql.language import DocumentNode
from graphql.validation import ASTValidationRule
from strawberry.extensions import ParserCache, SchemaExtension
from strawberry.schema.schema import StrawberryGraphQLCoreExecutionContext
from strawberry.schema.validation_rules.maybe_null import MaybeNullValidationRule
from strawberry.schema.validation_rules.one_of import OneOfInputValidationRule

from govkg.schema import TYPES, Query

if TYPE_CHECKING:
    from govkg.kg import KnowledgeGraph

__all__ = ["CACHE_SIZE", "context_for", "execute", "schema"]

CACHE_SIZE = 512


@lru_cache(maxsize=CACHE_SIZE)
def _validate(
    graphql_schema: GraphQLSchema,
    document: DocumentNode,
    rules: tuple[type[ASTValidationRule], ...],
) -> list[GraphQLError]:
    rules = (*rules, MaybeNullValidationRule, OneOfInputValidationRule)
    return validate(graphql_schema, document, rules, hide_suggestions=True)


class QuietValidationCache(SchemaExtension):
    """Strawberry's validation, cached per parsed document, without field suggestions.

    The parser cache returns the same ``DocumentNode`` for the same text, so the document
    itself is the cache key, as in strawberry's own ``ValidationCache``.
    """

    def on_validate(self) -> Iterator[None]:
        context = self.execution_context
        context.pre_execution_errors = _validate(
            context.schema._schema, context.graphql_document, tuple(context.validation_rules)
        )
        yield


class QuietExecutionContext(StrawberryGraphQLCoreExecutionContext):
    """Coercing variables, too, answers without "Did you mean …"."""

    @classmethod
    def build(cls, *args: Any, **kwargs: Any) -> Any:
        kwargs["hide_suggestions"] = True
        return super().build(*args, **kwargs)


schema = strawberry.Schema(
    query=Query,
    types=TYPES,
    extensions=[lambda: ParserCache(maxsize=CACHE_SIZE), QuietValidationCache],
    execution_context_class=QuietExecutionContext,
)


def context_for(kg: KnowledgeGraph) -> dict[str, Any]:
    return {"service": kg.service, "kg": kg}


def execute(kg: KnowledgeGraph, query: str, variables: dict[str, Any] | None = None) -> dict:
    """Run ``query`` synchronously and return the GraphQL response as plain JSON-ready data."""
    result = schema.execute_sync(query, variable_values=variables, context_value=context_for(kg))
    response: dict[str, Any] = {"data": result.data}
    if result.errors:
        response["errors"] = [error.formatted for error in result.errors]
    return response
