"""Read YAML keeping the line of every mapping and key, so errors can point at the line.

A seed file is data written by people and by ``govkg ingest``, never a program: aliases
(``*name``, which let a few lines stand for a billion items) are refused, nesting is
limited, and only regular files are opened (a FIFO named ``x.yaml`` would block forever).

A file is built straight from the parser's events (libyaml's C parser where PyYAML has it,
PyYAML's own otherwise): no nodes, no constructor pass. A 611 KB draft reads in 0.08 s
against 0.44 s composed by PyYAML over the same events and 1.4 s in pure Python (medians,
benchmarks/yaml_read.py). Anything beyond untagged mappings, lists and scalars (an alias,
an anchor, a tag, a merge key, deep nesting, a second document, a syntax error) is read
again by PyYAML's composer and constructor with the checks below, so what a file means and
every message about it come from that one loader.

Parsing is most of the time a seed of hundreds of drafts takes to load (86% of 4 s for
300 drafts), so what a file parses to is remembered in the user's cache directory, keyed
by the checksum of the file's bytes, of this module and of PyYAML's version: a file that
changed in any way is parsed again, and every check of the records runs on what is read,
cached or not. An entry names the checksum of the bytes it was parsed from and is used
only if it matches; one that cannot be read is ignored and written again.
"""

from __future__ import annotations

import functools
import hashlib
import json
import os
import stat
from importlib.metadata import version
from pathlib import Path
from typing import Any

import yaml

from govkg.core.cachedir import cache_home
from govkg.core.errors import Problem
from govkg.core.files import write_atomically

__all__ = ["MAX_NESTING", "LineDict", "read_yaml"]

MAX_NESTING = 64
"""Deepest nesting of lists and mappings (the seed's records are 4 deep)."""


class LineDict(dict):
    """A YAML mapping that remembers where it and each of its keys were written."""

    line: int = 0
    key_lines: dict[str, int]

    def line_of(self, key: str) -> int:
        return self.key_lines.get(key, self.line)


_CParser = getattr(getattr(yaml, "cyaml", None), "CParser", None)  # libyaml, where installed


class _PythonParser(yaml.reader.Reader, yaml.scanner.Scanner, yaml.parser.Parser):
    def __init__(self, stream: str) -> None:
        yaml.reader.Reader.__init__(self, stream)
        yaml.scanner.Scanner.__init__(self)
        yaml.parser.Parser.__init__(self)


class _Checked(yaml.composer.Composer, yaml.constructor.SafeConstructor, yaml.resolver.Resolver):
    """Safe loading whose mappings are LineDicts and which reports duplicate keys, composed
    here from a parser's events (so aliases and nesting are checked); see _loader_with."""

    def __init__(self) -> None:
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


def _construct_mapping(loader: _Checked, node: yaml.MappingNode) -> LineDict:
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


def _construct_str(loader: _Checked, node: yaml.ScalarNode) -> str:
    # Dates, times and sexagesimals stay text; the seed reader decides what a field means.
    return loader.construct_scalar(node)


_Checked.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)
_Checked.add_constructor("tag:yaml.org,2002:timestamp", _construct_str)


def _loader_with(parser: type) -> type:
    """The checked loader reading ``parser``'s events (libyaml's or PyYAML's own)."""

    def __init__(self: Any, stream: str) -> None:
        parser.__init__(self, stream)
        _Checked.__init__(self)

    return type(f"_Checked{parser.__name__}", (_Checked, parser), {"__init__": __init__})


_PythonLoader = _loader_with(_PythonParser)
_Loader = _loader_with(_CParser) if _CParser is not None else _PythonLoader

_Duplicates = list[tuple[int, str]]
"""Each key written twice in one mapping: (line of the second, key)."""


class _Unusual(Exception):
    """Something the reading from events leaves to the checked loader."""


_STR, _TIMESTAMP = "tag:yaml.org,2002:str", "tag:yaml.org,2002:timestamp"
_CONSTRUCTED = frozenset(f"tag:yaml.org,2002:{kind}" for kind in ("bool", "float", "int", "null"))
_NO_KEY = object()


def _read(text: str, loader: type = _Loader) -> tuple[Any, _Duplicates]:
    """What ``text`` holds, read from the parser's events where that is plain (nearly
    always, and 2-5x faster than composing nodes and constructing them), else by the
    checked loader, which decides what anything unusual means and raises yaml.YAMLError
    for what it refuses: its messages are the only ones."""
    try:
        return _from_events(text, loader)
    except (_Unusual, yaml.YAMLError):
        return _checked(text, loader)


def _checked(text: str, loader: type) -> tuple[Any, _Duplicates]:
    reading = loader(text)
    try:
        return reading.get_single_data(), reading.duplicates
    finally:
        reading.dispose()


def _from_events(text: str, loader: type) -> tuple[Any, _Duplicates]:
    """One document of untagged mappings, lists and scalars, built as _checked builds it;
    _Unusual for anything else (an anchor, an alias, a tag, a merge key, deep nesting, no
    document or a second one)."""
    reading = loader(text)
    try:
        _expect(reading, yaml.StreamStartEvent, yaml.DocumentStartEvent)
        content = _tree(reading)
        _expect(reading, yaml.DocumentEndEvent, yaml.StreamEndEvent)
        return content
    finally:
        reading.dispose()


def _expect(reading: Any, *kinds: type) -> None:
    for kind in kinds:
        if not isinstance(reading.get_event(), kind):
            raise _Unusual


def _tree(reading: Any) -> tuple[Any, _Duplicates]:
    """The document's root node, from its events in a loop (no recursion to exhaust)."""
    known: dict[str, Any] = {}  # plain scalars resolved so far: most values repeat
    duplicates: _Duplicates = []
    open_: list[list] = []  # [collection, its line, a key awaiting its value, the key's line]
    while True:
        event = reading.get_event()
        if isinstance(event, yaml.CollectionEndEvent):
            value, line = open_.pop()[:2]
        else:
            line = _node_line(event, len(open_))
            if not isinstance(event, yaml.ScalarEvent):
                open_.append([_collection(event, line), line, _NO_KEY, 0])
                continue
            value = _scalar(reading, event, known)
        if not open_:
            return value, duplicates
        _place(open_[-1], value, line, duplicates)


def _node_line(event: Any, depth: int) -> int:
    """The line of a node read here: not an alias, not anchored, not too deep."""
    if isinstance(event, yaml.AliasEvent) or not isinstance(event, yaml.NodeEvent):
        raise _Unusual
    if event.anchor is not None or depth >= MAX_NESTING:
        raise _Unusual
    return event.start_mark.line + 1


def _collection(event: Any, line: int) -> LineDict | list:
    if event.tag is not None:
        raise _Unusual
    if isinstance(event, yaml.SequenceStartEvent):
        return []
    mapping = LineDict()
    mapping.line, mapping.key_lines = line, {}
    return mapping


def _scalar(reading: Any, event: Any, known: dict[str, Any]) -> Any:
    """An untagged scalar as _checked constructs it: quoted, always text; plain, what the
    resolver makes of it."""
    if event.tag is not None:
        raise _Unusual
    if not event.implicit[0]:
        return event.value
    if event.value not in known:
        known[event.value] = _resolved(reading, event)
    return known[event.value]


def _resolved(reading: Any, event: Any) -> Any:
    tag = reading.resolve(yaml.ScalarNode, event.value, event.implicit)
    if tag in (_STR, _TIMESTAMP):  # dates stay text, as in _construct_str
        return event.value
    if tag not in _CONSTRUCTED:  # a merge key `<<`, a value key `=`
        raise _Unusual
    node = yaml.ScalarNode(tag, event.value, event.start_mark, event.end_mark, event.style)
    return reading.yaml_constructors[tag](reading, node)


def _place(parent: list, value: Any, line: int, duplicates: _Duplicates) -> None:
    """Put a finished node where it belongs: a list's next item, a mapping's next key, or
    the value of the key before it."""
    collection = parent[0]
    if isinstance(collection, list):
        collection.append(value)
    elif parent[2] is _NO_KEY:
        key = value if isinstance(value, str) else str(value)
        if key in collection:
            duplicates.append((line, key))
        parent[2], parent[3] = key, line
    else:
        collection[parent[2]] = value
        collection.key_lines[parent[2]] = parent[3]
        parent[2] = _NO_KEY


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
    digest = hashlib.sha256(data).hexdigest()
    cached = _cached(digest)
    if cached is not None:
        return cached, []
    text = _decoded(data, shown_as)
    if not isinstance(text, str):
        return text
    content, problems = _parsed(text, shown_as)
    if not problems:
        _remember(digest, content)
    return content, problems


def _parsed(text: str, shown_as: str, read: Any = _read) -> tuple[Any, list[Problem]]:
    """What ``text`` holds and its problems: the one that stops the reading, or each
    duplicate key."""
    try:
        content, duplicates = read(text)
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line = mark.line + 1 if mark else 1
        message = f"YAML syntax: {error.problem or error.context}"
        return None, [Problem(file=shown_as, line=line, field="(syntax)", message=message)]
    except yaml.YAMLError as error:
        return None, [Problem(file=shown_as, line=1, field="(syntax)", message=str(error))]
    problems = [
        Problem(file=shown_as, line=line, field=key, message="duplicate key")
        for line, key in duplicates
    ]
    return content, problems


@functools.cache
def _reader_version() -> str:
    reader = hashlib.sha256(Path(__file__).read_bytes())
    reader.update(version("PyYAML").encode())
    return reader.hexdigest()[:16]


def _cache_folder() -> Path:
    """Where parsed files are kept: one folder per version of this module and of PyYAML."""
    return cache_home("parsed-yaml", _reader_version())


def _cached(digest: str) -> Any:
    """What the file of this checksum parsed to, or None (not there, unreadable, stale)."""
    try:
        entry = json.loads((_cache_folder() / f"{digest[:2]}/{digest}.json").read_bytes())
        if entry.get("sha256") == digest:
            return _decoded_value(entry["data"])
    except (OSError, ValueError, KeyError, TypeError, AttributeError, RecursionError):
        pass
    return None


def _remember(digest: str, data: Any) -> None:
    """Keep what a file parsed to; a value JSON cannot hold, or a cache that cannot be
    written, is no error (the file is parsed again next time)."""
    try:
        entry = {"sha256": digest, "data": _encoded_value(data)}
        text = json.dumps(entry, ensure_ascii=False, separators=(",", ":"))
        write_atomically(_cache_folder() / f"{digest[:2]}/{digest}.json", text.encode("utf-8"))
    except (OSError, TypeError, ValueError, RecursionError):
        return


def _encoded_value(value: Any) -> Any:
    """A parsed file as JSON: a mapping as ``{"l": line, "i": [[key, line, value], …]}``,
    lists as lists, scalars as themselves; TypeError for anything else."""
    if isinstance(value, LineDict):
        lines = value.key_lines
        items = [[k, lines.get(k, value.line), _encoded_value(v)] for k, v in value.items()]
        return {"l": value.line, "i": items}
    if isinstance(value, list):
        return [_encoded_value(v) for v in value]
    if value is None or isinstance(value, str | int | float):
        return value
    raise TypeError(f"not kept: {type(value).__name__}")


def _decoded_value(value: Any) -> Any:
    if isinstance(value, dict):
        mapping = LineDict()
        mapping.line = value["l"]
        mapping.key_lines = {}
        for key, line, item in value["i"]:
            mapping[key] = _decoded_value(item)
            mapping.key_lines[key] = line
        return mapping
    if isinstance(value, list):
        return [_decoded_value(v) for v in value]
    return value
