"""Read YAML keeping the line of every mapping and key, so errors can point at the line.

A seed file is data written by people and by ``govkg ingest``, never a program: aliases
(``*name``, which let a few lines stand for a billion items) are refused, nesting is
limited, and only regular files are opened (a FIFO named ``x.yaml`` would block forever).
"""

from __future__ import annotations

import os
import stat
from pathlib import Path
from typing import Any

import yaml

from govkg.errors import Problem

__all__ = ["MAX_NESTING", "LineDict", "read_yaml"]

MAX_NESTING = 64
"""Deepest nesting of lists and mappings (the seed's records are 4 deep)."""


class LineDict(dict):
    """A YAML mapping that remembers where it and each of its keys were written."""

    line: int = 0
    key_lines: dict[str, int]

    def line_of(self, key: str) -> int:
        return self.key_lines.get(key, self.line)


_Parser = getattr(getattr(yaml, "cyaml", None), "CParser", None)  # libyaml: ~10x faster


class _PythonParser(yaml.reader.Reader, yaml.scanner.Scanner, yaml.parser.Parser):
    def __init__(self, stream: str) -> None:
        yaml.reader.Reader.__init__(self, stream)
        yaml.scanner.Scanner.__init__(self)
        yaml.parser.Parser.__init__(self)


class _Loader(
    yaml.composer.Composer,
    _Parser or _PythonParser,
    yaml.constructor.SafeConstructor,
    yaml.resolver.Resolver,
):
    """Safe loading whose mappings are LineDicts and which reports duplicate keys: events
    from libyaml where installed, composed here (so aliases and nesting are checked)."""

    def __init__(self, stream: str) -> None:
        (_Parser or _PythonParser).__init__(self, stream)
        yaml.composer.Composer.__init__(self)
        yaml.constructor.SafeConstructor.__init__(self)
        yaml.resolver.Resolver.__init__(self)
        self.duplicates: list[tuple[int, str]] = []
        self.nesting = 0

    def compose_node(self, parent: Any, index: Any) -> Any:
        if self.check_event(yaml.AliasEvent):
            event = self.get_event()
            raise yaml.composer.ComposerError(
                None,
                None,
                f"alias *{event.anchor} is not accepted in a seed; write the value out",
                event.start_mark,
            )
        self.nesting += 1
        try:
            if self.nesting > MAX_NESTING:
                raise yaml.composer.ComposerError(
                    None,
                    None,
                    f"nested more than {MAX_NESTING} levels deep",
                    self.peek_event().start_mark,
                )
            return super().compose_node(parent, index)
        finally:
            self.nesting -= 1


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


def _file_problem(shown_as: str, line: int, message: str) -> tuple[None, list[Problem]]:
    return None, [Problem(file=shown_as, line=line, field="(file)", message=message)]


def _decoded(data: bytes, shown_as: str) -> str | tuple[None, list[Problem]]:
    """The file's text, or the one problem that names why it has none."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return _file_problem(shown_as, 1, "not UTF-8: it is UTF-16 (save it as UTF-8)")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        return _file_problem(shown_as, line, f"not UTF-8 (byte {data[error.start]:#04x})")
    text = text.removeprefix("\ufeff")  # a byte-order mark at the start is harmless
    if "\ufeff" in text:
        line = text[: text.index("\ufeff")].count("\n") + 1
        return _file_problem(shown_as, line, "a byte-order mark (U+FEFF) inside the file")
    return text


def read_yaml(path: Path, shown_as: str) -> tuple[Any, list[Problem]]:
    """Parse one YAML file; return its content and the problems found (syntax, duplicates).

    The content is None when the file cannot be read at all; its problem then names it."""
    try:  # opened without blocking and checked on the open file: no race with a swap
        with open(os.open(path, os.O_RDONLY | os.O_NONBLOCK), "rb") as file:
            if not stat.S_ISREG(os.fstat(file.fileno()).st_mode):
                return _file_problem(shown_as, 1, "not a regular file")
            data = file.read()
    except OSError as error:
        return _file_problem(shown_as, 1, f"cannot be read: {error.strerror}")
    text = _decoded(data, shown_as)
    if not isinstance(text, str):
        return text
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
