"""Execute GraphQL against a graph version: the one code path for CLI, Python and HTTP.

Parsing and validation are cached (they are most of a small query's cost): per text, and
also per shape (``api/shapes.py``): a new text of a shape every rule accepted before skips
the rules, and, when made of plain tokens, graphql-core's parser too (its document is
rebuilt from the shape's, ``api/rebuild.py``). Validation errors never suggest field names ("Did you
mean …") to a client probing the schema.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from typing import Any

import strawberry
from graphql import GraphQLError, specified_rules, validate
from graphql import execute as graphql_execute
from strawberry.extensions import MaskErrors, SchemaExtension
from strawberry.schema.config import StrawberryConfig
from strawberry.schema.schema import StrawberryGraphQLCoreExecutionContext
from strawberry.schema.validation_rules.maybe_null import MaybeNullValidationRule
from strawberry.schema.validation_rules.one_of import OneOfInputValidationRule

from govkg.answers.querying import GraphVersion
from govkg.api.acyclic import Acyclic
from govkg.api.awaitables import is_awaitable
from govkg.api.base import Budget
from govkg.api.cost import LIMITS, MAX_TOKENS, measured
from govkg.api.documentcache import DocumentCache, Prepared, unlink_tokens
from govkg.api.leaves import LeafExecution
from govkg.api.names import KeptNames
from govkg.api.nodes import TYPES
from govkg.api.objectfields import ObjectFieldExecution
from govkg.api.root import Query
from govkg.api.shapeanswers import ShapeAnswers
from govkg.api.shapes import ShapeVerdicts, shape_from
from govkg.api.tokens import lex, tokens_of
from govkg.core.errors import GovKGError

__all__ = ["CACHE_SIZE", "LIMITS", "context_for", "execute", "schema"]

CACHE_SIZE = 512
CACHE_CHARACTERS = 16 * 1024
"""Everyday queries are 50–500 characters; 64 KiB of text is at most ~100k objects."""
SHAPES, SHAPE_CHARACTERS = 1024, 256 * 1024
"""A kept shape is its key (one string) and a check per literal: no document is kept."""
TEMPLATE_NODES = 8 * 1024
"""Templates of kept shapes, by nodes together: about a hundred everyday queries' worth,
as many objects as the document cache holds."""


RULES = (*specified_rules, MaybeNullValidationRule, OneOfInputValidationRule)


def _prepare(query: str, verdicts: ShapeVerdicts | None = None) -> Prepared:
    """A query's document and its request errors. A text of a shape every rule accepted
    before, made of plain tokens (``api/tokens.py``), has its document rebuilt from that
    shape's (``api/rebuild.py``): no parse, no rules. Any other text is parsed, measured
    once expanded (one linear pass), and checked by graphql-core's rules only when within
    the limits (some rules walk the expanded selection) and of a shape not known valid."""
    verdicts = shapes if verdicts is None else verdicts
    lexed = lex(query)
    shape = None
    if lexed is not None:
        shape = shape_from(query, lexed.tokens)
        # the same token count as the text that taught the shape, but for comments
        if shape is not None and len(lexed.tokens) + lexed.comments < MAX_TOKENS:
            document = verdicts.rebuilt(shape, query, lexed.tokens)
            if document is not None:
                return Prepared(document, (), rebuilt=True, shape=shape)
    document, errors = measured(query)
    if document is None:
        return Prepared(None, tuple(errors))
    if not errors:
        tokens = lexed.tokens if lexed is not None else tokens_of(document)
        if lexed is None:
            shape = shape_from(query, tokens)
        if shape is None or not verdicts.valid(shape):
            errors = validate(schema._schema, document, RULES, hide_suggestions=True)
            if shape is not None and not errors:
                verdicts.learn(shape, document, tokens)
        else:
            verdicts.keep_template(shape, document, tokens)
    return Prepared(unlink_tokens(document), tuple(errors), shape=None if errors else shape)


class PreparedDocuments(SchemaExtension):
    """Strawberry's parse and validate steps answered from the one document cache, so GET
    requests and ``execute_sync`` share what JSON POSTs have prepared, within its budget."""

    def on_parse(self) -> Iterator[None]:
        context = self.execution_context
        self.prepared = prepared(context.query or "")
        if self.prepared.document is None:
            raise self.prepared.errors[0]  # a syntax error: strawberry answers it
        context.graphql_document = self.prepared.document
        yield

    def on_validate(self) -> Iterator[None]:
        self.execution_context.pre_execution_errors = list(self.prepared.errors)
        yield


class QuietExecutionContext(StrawberryGraphQLCoreExecutionContext, Acyclic):
    """Coercing variables, too, answers without "Did you mean …"; strawberry's path (GET,
    ``execute_sync``) leaves no reference cycle behind either (``api/acyclic.py``)."""

    @classmethod
    def build(cls, *args: Any, **kwargs: Any) -> Any:
        kwargs["hide_suggestions"] = True
        return super().build(*args, **kwargs)


LOG = logging.getLogger("govkg.api.execute")


class Execution(LeafExecution, ObjectFieldExecution, Acyclic):
    """graphql-core's executor with basic leaves and objects read in place (``api/leaves.py``,
    ``api/objectfields.py``), leaving no reference cycle behind (``api/acyclic.py``)."""


def _unexpected(error: GraphQLError) -> bool:
    """A bug, not a bad request: an exception govkg did not raise on purpose (graphql-core
    wraps a client's mistake, such as a variable's missing or wrong value, in a GraphQLError)."""
    return error.original_error is not None and not isinstance(
        error.original_error, GovKGError | GraphQLError
    )


class _Schema(strawberry.Schema):
    """Logs only unexpected errors (with their traceback, server side); a client's mistake
    is answered, not logged."""

    def process_errors(self, errors: list[GraphQLError], execution_context: Any = None) -> None:
        for error in errors:
            if _unexpected(error):
                LOG.error("resolver failed: %s", error.message, exc_info=error.original_error)


schema = _Schema(
    query=Query,
    types=TYPES,
    extensions=[
        PreparedDocuments,  # tokens, expanded size (LIMITS), then the rules; kept by text
        # resolver exceptions become a generic message; validation errors stay readable
        lambda: MaskErrors(should_mask_error=_unexpected, error_message="Internal error."),
    ],
    execution_context_class=QuietExecutionContext,
    config=StrawberryConfig(name_converter=KeptNames()),
)


def context_for(kg: GraphVersion, budget: Budget | None = None) -> dict[str, Any]:
    """What every resolver sees: the graph version's service, and a budget (a fresh full
    one unless the caller brings a smaller one to try the request with first)."""
    return {"service": kg.service, "kg": kg, "budget": budget or Budget()}


shapes = ShapeVerdicts(
    schema._schema, entries=SHAPES, characters=SHAPE_CHARACTERS, nodes=TEMPLATE_NODES
)
"""The shapes every rule accepted, and their templates: a new text of one is checked and
built in tens of microseconds."""
prepared = DocumentCache(_prepare, characters=CACHE_CHARACTERS, entries=CACHE_SIZE)
"""Every path's parse and validation, once per distinct text within the budget."""


def _public(error: GraphQLError) -> dict[str, Any]:
    """An error as the client sees it: a bug is logged here and answered generically."""
    if not _unexpected(error):
        return error.formatted
    LOG.error("resolver failed: %s", error.message, exc_info=error.original_error)
    masked: dict[str, Any] = {"message": "Internal error."}
    for key in ("locations", "path"):
        if error.formatted.get(key) is not None:
            masked[key] = error.formatted[key]
    return masked


def execute(
    kg: GraphVersion,
    query: str,
    variables: dict[str, Any] | None = None,
    operation_name: str | None = None,
    budget: Budget | None = None,
    answers: ShapeAnswers | None = None,
) -> dict:
    """Run ``query`` and return the GraphQL response as JSON-ready data: the one code path
    of ``govkg query``, ``KnowledgeGraph.query`` and JSON POSTs to /graphql.

    Parsing and validation are kept per query text; execution runs on graphql-core directly
    (strawberry's per-request extension machinery cost more than a small query itself,
    measured: 319 µs against 235 µs for the feeds of a platform). A caller that passes a
    smaller ``budget`` reads ``budget.exhausted`` to know the answer is not the real one.
    With ``answers``, an answer to a text of the same shape but for its aliases is reused
    (``api/shapeanswers.py``), and a whole answer without errors is kept there."""
    ready = prepared(query)
    if ready.document is None or ready.errors:
        return {"data": None, "errors": [error.formatted for error in ready.errors]}
    version = getattr(kg, "version", None)
    key = None
    if answers is not None and version is not None:
        key = answers.key(version, ready, variables, operation_name)
        kept = answers.get(key, ready) if key is not None else None
        if kept is not None:
            return kept
    result = graphql_execute(
        schema._schema,
        ready.document,
        context_value=context_for(kg, budget),
        variable_values=variables,
        operation_name=operation_name,
        hide_suggestions=True,
        executor_class=Execution,
        is_awaitable=is_awaitable,
    )
    response: dict[str, Any] = {"data": result.data}
    if result.errors:
        response["errors"] = [_public(error) for error in result.errors]
    elif key is not None and not (budget and budget.exhausted):
        answers.put(key, ready, response)
    return response
