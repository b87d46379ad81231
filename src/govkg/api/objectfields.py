"""graphql-core's execution with a basic object field made cheap: the object read straight
off its parent (strawberry's basic field: no resolver, no arguments, ``getattr``) and its
selections executed at once.

Such fields are most of what is not a leaf in an everyday answer (the feeds of a platform:
16 of 18, ``unit``, ``cost``, ``amount`` per feed), and graphql-core spends on each a
resolve info, strawberry's resolver wrapper, two awaitable checks and the completion's
dispatch through the non-null and object cases before it reaches the selections. Here the
object is read and its selections executed as graphql-core's completion would (with a
resolve info only where the type has an ``is_type_of`` to ask), an error in them reported
as graphql-core's ``execute_field`` reports it. A null where the type allows none, an
exception while reading, or an exception as the value goes back to graphql-core's own path,
which reads it again and answers or fails exactly as it always did. Abstract types
(interfaces, unions) and lists always take graphql-core's path.
"""

from __future__ import annotations

from collections.abc import Awaitable
from typing import Any, ClassVar

from graphql import GraphQLObjectType, GraphQLOutputType
from graphql.execution.executor import to_nodes
from graphql.execution.incremental import IncrementalExecutor
from graphql.pyutils import Undefined

from govkg.api.basicfields import basic_field

__all__ = ["ObjectFieldExecution"]

_Plan = tuple[str, GraphQLObjectType, bool, GraphQLOutputType] | None
"""(attribute, object type, nullable, the field's type) of a basic object field; None for
every other field."""


class ObjectFieldExecution(IncrementalExecutor):
    """Executes basic object fields in place; every other field as graphql-core does."""

    _object_plans: ClassVar[dict[tuple[GraphQLObjectType, str], _Plan]] = {}  # types are fixed

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
        plan = self._object_plans.get(key, Undefined)
        if plan is Undefined:
            plan = self._object_plans[key] = _plan(parent_type, node.name.value)
        if plan is not None and not node.arguments and not self.middleware_manager:
            attribute, object_type, nullable, field_type = plan
            try:
                value = getattr(source, attribute)
            except Exception:  # graphql-core's own path below reports it
                value = Undefined
            if value is None:
                if nullable:
                    return None
            elif value is not Undefined and not isinstance(value, Exception):
                return self._complete_in_place(
                    object_type, field_type, parent_type, field_details_list, path, value,
                    position_context,
                )  # fmt: skip
        return super().execute_field(
            parent_type, source, field_details_list, path, position_context
        )

    def _complete_in_place(
        self,
        object_type: GraphQLObjectType,
        field_type: GraphQLOutputType,
        parent_type: GraphQLObjectType,
        field_details_list: Any,
        path: Any,
        value: Any,
        position_context: Any,
    ) -> Any:
        """What graphql-core's ``execute_field`` does once the resolver gave ``value``."""
        try:
            if object_type.is_type_of is None:
                completed = self.collect_and_execute_subfields(
                    object_type, field_details_list, path, value, position_context
                )
            else:
                name = field_details_list[0].node.name.value
                info = self.build_resolve_info(
                    parent_type.fields[name], to_nodes(field_details_list), parent_type, path
                )
                completed = self.complete_object_value(
                    object_type, field_details_list, info, path, value, position_context
                )
        except Exception as raw_error:
            self.handle_field_error(raw_error, field_type, field_details_list, path)
            return None
        if self.is_awaitable(completed):
            return self._awaited(completed, field_type, field_details_list, path)
        return completed

    async def _awaited(
        self, completed: Awaitable[Any], field_type: Any, field_details_list: Any, path: Any
    ) -> Any:
        try:
            return await completed
        except Exception as raw_error:
            self.handle_field_error(raw_error, field_type, field_details_list, path)
            return None


def _plan(parent_type: GraphQLObjectType, name: str) -> _Plan:
    basic = basic_field(parent_type, name)
    if basic is None or not isinstance(basic[1], GraphQLObjectType):
        return None
    return basic  # type: ignore[return-value]  # its named type is an object type
