"""Each argument's GraphQL name, kept once worked out (``api/names.py``), is strawberry's."""

from __future__ import annotations

from strawberry.schema.name_converter import NameConverter

from govkg.api.execute import schema
from govkg.api.names import KeptNames


def _arguments():
    for definition in schema.schema_converter.type_map.values():
        for field in getattr(definition.definition, "fields", ()):
            yield from getattr(field, "arguments", ())


def test_every_argument_is_named_as_strawberry_names_it_every_time():
    kept, plain = KeptNames(), NameConverter()
    arguments = list(_arguments())
    assert len(arguments) > 20
    for _ in range(2):
        for argument in arguments:
            assert kept.from_argument(argument) == plain.from_argument(argument)
    assert any(kept.from_argument(a) != a.python_name for a in arguments)  # orderBy, …


def test_the_schema_names_its_arguments_with_kept_names():
    assert isinstance(schema.config.name_converter, KeptNames)
