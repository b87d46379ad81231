"""Read YAML keeping the line of every mapping and key, so errors can point at the line."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from govkg.errors import Problem

__all__ = ["LineDict", "read_yaml"]


class LineDict(dict):
    """A YAML mapping that remembers where it and each of its keys were written."""

    line: int = 0
    key_lines: dict[str, int]

    def line_of(self, key: str) -> int:
        return self.key_lines.get(key, self.line)


class _Loader(yaml.SafeLoader):
    """SafeLoader whose mappings are LineDicts and which reports duplicate keys."""

    def __init__(self, stream: str) -> None:
        super().__init__(stream)
        self.duplicates: list[tuple[int, str]] = []


def _construct_mapping(loader: _Loader, node: yaml.MappingNode) -> LineDict:
    loader.flatten_mapping(node)
    mapping = LineDict()
    mapping.line = node.start_mark.line + 1
    mapping.key_lines = {}
    for key_node, value_node in node.value:
        key = loader.construct_object(key_node, deep=True)
        line = key_node.start_mark.line + 1
        if not isinstance(key, str):
            key = str(key)
        if key in mapping:
            loader.duplicates.append((line, key))
        mapping[key] = loader.construct_object(value_node, deep=True)
        mapping.key_lines[key] = line
    return mapping


def _construct_str(loader: _Loader, node: yaml.ScalarNode) -> str:
    # Dates, times and sexagesimals stay text; the seed reader decides what a field means.
    return loader.construct_scalar(node)


_Loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)
_Loader.add_constructor("tag:yaml.org,2002:timestamp", _construct_str)


def read_yaml(path: Path, shown_as: str) -> tuple[Any, list[Problem]]:
    """Parse one YAML file; return its content and the problems found (syntax, duplicates)."""
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as error:
        line = path.read_bytes()[: error.start].count(b"\n") + 1
        return None, [Problem(file=shown_as, line=line, field="(file)", message="not UTF-8")]
    loader = _Loader(text)
    try:
        data = loader.get_single_data()
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line = mark.line + 1 if mark else 1
        message = f"YAML syntax: {error.problem or error.context}"
        return None, [Problem(file=shown_as, line=line, field="(syntax)", message=message)]
    except yaml.YAMLError as error:
        return None, [Problem(file=shown_as, line=1, field="(syntax)", message=str(error))]
    finally:
        loader.dispose()
    problems = [
        Problem(file=shown_as, line=line, field=key, message="duplicate key")
        for line, key in loader.duplicates
    ]
    return data, problems
