"""What a strawberry basic field is, asked once for the executors that read such fields in
place (``leaves``: scalars and enums; ``objectfields``: objects): no arguments, strawberry's
default resolver, a basic field by strawberry's own definition (no resolver, permission or
extension of its own)."""

from __future__ import annotations

from graphql import GraphQLNamedType, GraphQLNonNull, GraphQLObjectType, GraphQLOutputType

__all__ = ["basic_field"]


def basic_field(
    parent_type: GraphQLObjectType, name: str
) -> tuple[str, GraphQLNamedType, bool, GraphQLOutputType] | None:
    """(attribute, named type, nullable, the field's type) of the basic field ``name`` of
    ``parent_type``; None for any other field."""
    field = parent_type.fields.get(name)
    if field is None or field.args or not getattr(field.resolve, "_is_default", False):
        return None
    definition = field.extensions.get("strawberry-definition")
    if definition is None or not definition.is_basic_field:
        return None
    kind, nullable = field.type, True
    if isinstance(kind, GraphQLNonNull):
        kind, nullable = kind.of_type, False
    return definition.python_name, kind, nullable, field.type
