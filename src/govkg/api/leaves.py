"""graphql-core's execution with its commonest field made cheap: a scalar or enum read
straight off its object (strawberry's basic field: no resolver, no arguments, ``getattr``).

Such leaves are about two thirds of the fields an answer completes (the feeds of a platform:
80 of 124), and graphql-core spends on each what any field costs: resolve info, argument
values, two awaitable checks, the completion's type dispatch. Here a leaf is read and
coerced in place; anything unusual about it (a null where the type allows none, a value
its type will not coerce, an exception) goes back to graphql-core's own path, which
reads it again and answers or fails exactly as it always did.
"""

from __future__ import annotations

from typing import Any, ClassVar

from graphql import GraphQLEnumType, GraphQLObjectType, GraphQLScalarType
from graphql.execution.incremental import IncrementalExecutor
from graphql.pyutils import Undefined

from govkg.api.basicfields import basic_field

__all__ = ["LeafExecution"]

_Plan = tuple[str, Any, bool] | None
"""(attribute, coerce, nullable) of a basic leaf field; None for every other field."""


class LeafExecution(IncrementalExecutor):
    """Executes basic leaf fields in place; every other field as graphql-core does."""

    _plans: ClassVar[dict[tuple[GraphQLObjectType, str], _Plan]] = {}  # types are fixed

    def execute_field(
        self,
        parent_type: GraphQLObjectType,
        source: Any,
        field_details_list: Any,
        path: Any,
        position_context: Any,
    ) -> Any:
        node = field_details_list[0].node
        key = (parent_type, node.name.value)
        plan = self._plans.get(key, Undefined)
        if plan is Undefined:
            plan = self._plans[key] = _plan(parent_type, node.name.value)
        if plan is not None and not node.arguments and not self.middleware_manager:
            attribute, coerce, nullable = plan
            try:
                value = getattr(source, attribute)
                if value is None:
                    if nullable:
                        return None
                else:
                    coerced = coerce(value)
                    if coerced is not None and coerced is not Undefined:
                        return coerced
            except Exception:  # graphql-core's own path below reports it
                pass
        return super().execute_field(
            parent_type, source, field_details_list, path, position_context
        )


def _plan(parent_type: GraphQLObjectType, name: str) -> _Plan:
    basic = basic_field(parent_type, name)
    if basic is None or not isinstance(basic[1], GraphQLScalarType | GraphQLEnumType):
        return None
    attribute, kind, nullable, _ = basic
    return attribute, kind.coerce_output_value, nullable  # as completion does
