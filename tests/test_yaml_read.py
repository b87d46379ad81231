"""The two ways a seed file is read (straight from the parser's events, or composed and
constructed by the checked loader) give the same content, lines and problems; libyaml and
PyYAML's own parser give the same problem lines, and PyYAML alone still reads a seed."""

from __future__ import annotations

import importlib.util
import string
import sys
from functools import partial
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from govkg.answers.kg import bundled_seed
from govkg.seed import yamlfile
from govkg.seed.yamlfile import read_yaml

FIXTURES = Path(__file__).parent / "fixtures"
FILES = sorted(bundled_seed().glob("*.yaml")) + sorted(FIXTURES.rglob("*.yaml"))
LOADERS = {"libyaml": yamlfile._Loader, "python": yamlfile._PythonLoader}
if yamlfile._CParser is None:  # pragma: no cover - PyYAML built without libyaml
    del LOADERS["libyaml"]

VALID = {
    "keys of every kind": "1: a\n'1': b\ntrue: c\n~: d\n2001-01-01: e\n[a, b]: f\n{q: 1}: g\n",
    "values of every kind": "a: [1, 1.5, .inf, 0x1f, 1_000, yes, No, null, ~, '', 2023-05-28]\n",
    "nested duplicates": "a:\n  b: 1\n  b:\n    c: 1\n    c: 2\na: 3\n",
    "block scalars": "a: |\n  one\n  two\nb: >-\n  folded\n  text\n",
    "flow styles": "a: {b: [1, {c: d}], e: 'f'}\n",
    "a merge key": "a: {x: 1}\nb:\n  <<: {y: 2}\n  z: 3\n",
    "an anchor never used": "a: &q 1\nb: 2\n",
    "tags": "a: !!str 1\nb: !!binary aGk=\nc: !!int '7'\n",
    "a value key": "=: 1\n",
    "a scalar only": "hello\n",
    "nothing": "",
    "comments only": "# nothing here\n",
    "an explicit document": "%YAML 1.1\n---\na: 1\n...\n",
    "64 levels": "x: " + "[" * 63 + "]" * 63 + "\n",
}

BROKEN = {
    # (text, line, field, the message from both parsers or None where libyaml words it its own way)
    "a duplicate key": ("a: 1\nb:\n  c: 1\n  c: 2\n", 4, "c", "duplicate key"),
    "an alias": (
        "a: &x 1\nb: *x\n",
        2,
        "(syntax)",
        "YAML syntax: alias *x is not accepted in a seed; write the value out",
    ),
    "an undefined alias": (
        "a: *zz\n",
        1,
        "(syntax)",
        "YAML syntax: alias *zz is not accepted in a seed; write the value out",
    ),
    "a tab": ("a:\n\tb: 1\n", 2, "(syntax)", None),
    "65 levels": (
        "x: " + "[" * 64 + "]" * 64 + "\n",
        1,
        "(syntax)",
        "YAML syntax: nested more than 64 levels deep",
    ),
    "5000 levels of mappings": (
        "x: " + "{a: " * 5000 + "1" + "}" * 5000 + "\n",
        1,
        "(syntax)",
        "YAML syntax: nested more than 64 levels deep",
    ),
    "3000 levels of lists": ("x: " + "[" * 3000 + "]" * 3000 + "\n", 1, "(syntax)", None),
    "an unterminated quote": ("a: 'open\nb: 2\n", 3, "(syntax)", None),
    "an unclosed list": ("a: [1, 2\nb: 3\n", 2, "(syntax)", None),
    "a key indented too far": ("a: 1\n b: 2\n", 2, "(syntax)", None),
    "an unknown tag": (
        "a: 1\nb: !colour red\n",
        2,
        "(syntax)",
        "YAML syntax: could not determine a constructor for the tag '!colour'",
    ),
    "a second document": (
        "a: 1\n---\nb: 2\n",
        2,
        "(syntax)",
        "YAML syntax: but found another document",
    ),
    "a tag and a later syntax error": (
        "a: !colour red\nb: [1\n",
        3,
        "(syntax)",
        None,
    ),
}


def shape(value):
    """A value with every mapping's line and key lines spelled out, for comparing."""
    if isinstance(value, dict):  # a LineDict (of this module or of a copy of it)
        return ("map", value.line, [(k, value.key_lines[k], shape(v)) for k, v in value.items()])
    if isinstance(value, list):
        return [shape(v) for v in value]
    return (type(value).__name__, value)


def both_ways(text: str, loader) -> tuple:
    fast = yamlfile._parsed(text, "f.yaml", partial(yamlfile._read, loader=loader))
    full = yamlfile._parsed(text, "f.yaml", partial(yamlfile._checked, loader=loader))
    return (shape(fast[0]), fast[1]), (shape(full[0]), full[1])


@pytest.mark.parametrize("loader", LOADERS.values(), ids=LOADERS.keys())
@pytest.mark.parametrize("path", FILES, ids=[p.name for p in FILES])
def test_every_seed_and_fixture_file_is_read_from_events_as_the_loader_reads_it(path, loader):
    text = path.read_text(encoding="utf-8")
    content, duplicates = yamlfile._from_events(text, loader)  # raises if it is left to the loader
    expected, expected_duplicates = yamlfile._checked(text, loader)
    assert (shape(content), duplicates) == (shape(expected), expected_duplicates)


@pytest.mark.parametrize("loader", LOADERS.values(), ids=LOADERS.keys())
@pytest.mark.parametrize("text", VALID.values(), ids=VALID.keys())
def test_unusual_yaml_reads_the_same_either_way(text, loader):
    fast, full = both_ways(text, loader)
    assert fast == full


@pytest.mark.parametrize("loader", LOADERS.values(), ids=LOADERS.keys())
@pytest.mark.parametrize(("text", "line", "field", "message"), BROKEN.values(), ids=BROKEN.keys())
def test_broken_yaml_gets_the_same_problem_either_way(text, line, field, message, loader):
    fast, full = both_ways(text, loader)
    assert fast == full
    [problem] = fast[1]
    assert (problem.line, problem.field) == (line, field)
    if message is not None:
        assert problem.message == message


@pytest.mark.parametrize(("text", "line", "field", "message"), BROKEN.values(), ids=BROKEN.keys())
def test_libyaml_and_pyyaml_point_at_the_same_line(text, line, field, message):
    problems = {
        name: [
            (p.file, p.line, p.field)
            for p in yamlfile._parsed(text, "f.yaml", partial(yamlfile._read, loader=loader))[1]
        ]
        for name, loader in LOADERS.items()
    }
    assert set(map(tuple, problems.values())) == {(("f.yaml", line, field),)}


documents = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=False)
    | st.text(string.printable + "综合科")
    | st.sampled_from(["yes", "~", "2023-05-28", "0x1f", "1_000", "<<", "=", "12:30"]),
    lambda inner: (
        st.lists(inner, max_size=4)
        | st.dictionaries(st.text(string.ascii_letters + "01:", max_size=6), inner, max_size=4)
    ),
    max_leaves=30,
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(documents, st.booleans())
def test_whatever_pyyaml_writes_reads_the_same_either_way(document, flow):
    text = yaml.safe_dump(document, default_flow_style=flow, allow_unicode=True)
    for loader in LOADERS.values():
        fast, full = both_ways(text, loader)
        assert fast == full


UNITS = (bundled_seed() / "units.yaml").read_text(encoding="utf-8")
UNITS = UNITS[: UNITS.index("\n", 2000) + 1]  # a few records: the same shapes, soon read


@settings(max_examples=300, deadline=None)
@given(st.data())
def test_a_seed_file_broken_anywhere_reads_the_same_either_way(data):
    text = UNITS
    at = data.draw(st.integers(0, len(text) - 1))
    cut = data.draw(st.integers(0, 3))
    insert = data.draw(st.sampled_from(["", "\t", ":", "&a ", "*a", "- ", "[", "{", "'", "!x "]))
    broken = text[:at] + insert + text[at + cut :]
    for loader in LOADERS.values():
        fast, full = both_ways(broken, loader)
        assert fast == full


def test_pyyaml_alone_reads_a_seed_as_libyaml_does(monkeypatch, tmp_path):
    """Without libyaml the module falls back to PyYAML's own parser, same content."""
    monkeypatch.delattr(yaml.cyaml, "CParser", raising=False)
    spec = importlib.util.spec_from_file_location("yamlfile_without_libyaml", yamlfile.__file__)
    alone = importlib.util.module_from_spec(spec)
    monkeypatch.setitem(sys.modules, spec.name, alone)
    spec.loader.exec_module(alone)
    assert alone._CParser is None
    assert alone._Loader is alone._PythonLoader
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    path = bundled_seed() / "units.yaml"
    content, problems = alone.read_yaml(path, "units.yaml")
    expected = yamlfile._read(path.read_text(encoding="utf-8"))[0]
    assert problems == []
    assert isinstance(content, alone.LineDict)
    assert shape(content) == shape(expected)


def test_a_file_read_again_comes_from_the_cache_with_its_lines(monkeypatch, tmp_path):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    path = bundled_seed() / "indicators.yaml"
    first, _ = read_yaml(path, "indicators.yaml")
    assert list(tmp_path.rglob("*.json"))
    monkeypatch.setattr(yamlfile, "_parsed", None)  # a parse now would fail loudly
    again, problems = read_yaml(path, "indicators.yaml")
    assert problems == []
    assert shape(again) == shape(first)
