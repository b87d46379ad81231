"""A new text of a known valid shape skips graphql-core's rules: it must be refused exactly
when full validation refuses it, with the same errors.

Generated documents (hypothesis-graphql, valid and invalid) and, for each, variants that
keep its shape but change what a shape leaves free (aliases, argument literals, whitespace
and comments) or not (a literal's kind), go through both paths with one shared record of
shapes, so a wrong reuse of any earlier verdict shows here. The long run:

    GOVKG_FUZZ_VALID=3000 GOVKG_FUZZ_INVALID=1500 .venv/bin/pytest tests/test_shape_validation.py
"""

from __future__ import annotations

import os
import random

import pytest
from graphql import (
    FieldNode,
    FloatValueNode,
    GraphQLError,
    IntValueNode,
    StringValueNode,
    Visitor,
    parse,
    validate,
    visit,
)
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from hypothesis_graphql import Mode, from_schema

from govkg.api.cost import measured
from govkg.api.execute import RULES, _prepare, schema
from govkg.api.shapes import ShapeVerdicts, shape_of

SDL = str(schema)
VALID = int(os.environ.get("GOVKG_FUZZ_VALID", "150"))
INVALID = int(os.environ.get("GOVKG_FUZZ_INVALID", "100"))
FUZZ = settings(
    deadline=None, derandomize=True, database=None, suppress_health_check=list(HealthCheck)
)
DECIMALS = st.sampled_from(["1000000", "0.5", "-3", "abc", "", "1e3", "NaN", " 7 ", "一"]).map(
    lambda text: StringValueNode(value=text)
)
LITERALS = {
    IntValueNode: ["0", "7", "-1", "2147483647", "2147483648", "-2147483649", "99999999999"],
    FloatValueNode: ["0.5", "-1.5", "1e308", "1e400", "3.0"],
    StringValueNode: [
        '""',
        '"abc"',
        '"1000000"',
        '"-1.5"',
        '"NaN"',
        '"一网统管"',
        '"2024-01-01"',
        '"\\u0000"',
        '"""block"""',
        "7",
        "true",
        "null",
        "SPEND",
    ],
}
"""What a literal may become; the last few change its kind (then the shape differs)."""


def full(query: str) -> list[str]:
    """Today's refusal, as graphql-core decides it: syntax and size, then every rule."""
    document, errors = measured(query)
    if document is not None and not errors:
        errors = validate(schema._schema, document, RULES, hide_suggestions=True)
    return [error.message for error in errors]


class _Spots(Visitor):
    """Where a text's aliases, unaliased field names and literals are, by offset."""

    def __init__(self) -> None:
        super().__init__()
        self.aliases: list[tuple[int, int]] = []
        self.fields: list[str] = []
        self.literals: list[tuple[int, int, type]] = []

    def enter_field(self, node: FieldNode, *_: object) -> None:
        self.fields.append(node.name.value)
        if node.alias is not None and node.alias.loc is not None:
            self.aliases.append((node.alias.loc.start, node.alias.loc.end))

    def _literal(self, node, *_: object) -> None:
        if node.loc is not None:
            self.literals.append((node.loc.start, node.loc.end, type(node)))

    enter_int_value = enter_float_value = enter_string_value = _literal


def variants(query: str, rng: random.Random, count: int = 6) -> list[str]:
    """Texts like ``query`` with some aliases renamed (to fresh names, to one another, to a
    field's name), some literals replaced, a comment and a line break added."""
    try:
        document = parse(query)
    except GraphQLError:  # a text that does not parse has no variants
        return []
    spots = _Spots()
    visit(document, spots)
    aliases = [query[a:b] for a, b in spots.aliases]
    names = ["zz", "zz2", *aliases, *spots.fields[:3]]
    out = []
    for _ in range(count):
        edits = [(a, b, rng.choice(names)) for a, b in spots.aliases if rng.random() < 0.6]
        edits += [
            (a, b, rng.choice(LITERALS[kind]))
            for a, b, kind in spots.literals
            if rng.random() < 0.7
        ]
        text = query
        for a, b, new in sorted(edits, reverse=True):
            text = text[:a] + new + text[b:]
        out.append(text.replace("{", "{ # a comment\n", 1) if rng.random() < 0.5 else text)
    return out


@pytest.fixture(scope="module")
def verdicts() -> ShapeVerdicts:
    """One record for the whole module: every verdict kept may be wrongly reused later."""
    return ShapeVerdicts(schema._schema, entries=100_000, characters=10**8)


def same_decision(query: str, verdicts: ShapeVerdicts) -> bool:
    """Both paths agree on ``query``; True when the shape path reused a verdict."""
    reused = False
    document, _ = measured(query)
    shape = shape_of(document) if document is not None else None
    if shape is not None and verdicts.valid(shape):
        reused = True
    got = [error.message for error in _prepare(query, verdicts).errors]
    assert got == full(query), query
    return reused


def check(query: str, verdicts: ShapeVerdicts, seed: int) -> None:
    same_decision(query, verdicts)
    for variant in variants(query, random.Random(seed)):
        same_decision(variant, verdicts)


@settings(FUZZ, max_examples=VALID)
@given(query=from_schema(SDL, mode=Mode.POSITIVE, custom_scalars={"Decimal": DECIMALS}))
def test_generated_valid_documents_and_their_variants(verdicts, query):
    check(query, verdicts, len(query))


@settings(FUZZ, max_examples=INVALID)
@given(query=from_schema(SDL, mode=Mode.NEGATIVE, custom_scalars={"Decimal": DECIMALS}))
def test_generated_invalid_documents_and_their_variants(verdicts, query):
    check(query, verdicts, len(query))


FEEDS = '{ %s: feeds(platform: "一网统管", first: %s) { totalCount } }'


@pytest.mark.parametrize(
    ("learned", "asked", "refused"),
    [
        # a new alias, a new value, a comment: the same shape, valid
        (FEEDS % ("a", "5"), FEEDS % ("b", "7") + " # hello", False),
        # a value its type refuses
        (FEEDS % ("a", "5"), FEEDS % ("a", "99999999999"), True),
        (
            '{ fundingLines(where: {amountMin: "1000000"}) { totalCount } }',
            '{ fundingLines(where: {amountMin: "abc"}) { totalCount } }',
            True,
        ),
        # two fields under one response key must keep equal arguments
        (
            "{ a: feeds(first: 1) { totalCount } a: feeds(first: 1) { totalCount } }",
            "{ a: feeds(first: 1) { totalCount } a: feeds(first: 2) { totalCount } }",
            True,
        ),
        # renamed aliases that now collide, or take a field's name
        (
            "{ a: feeds(first: 1) { totalCount } b: feeds(first: 2) { totalCount } }",
            "{ c: feeds(first: 1) { totalCount } c: feeds(first: 2) { totalCount } }",
            True,
        ),
        (
            "{ feeds { totalCount } b: feeds(first: 2) { totalCount } }",
            "{ feeds { totalCount } feeds: feeds(first: 2) { totalCount } }",
            True,
        ),
    ],
    ids=[
        "new-alias-value-comment",
        "int-out-of-range",
        "bad-decimal",
        "overlap-args",
        "aliases-collide",
        "alias-is-a-field",
    ],
)
def test_a_learned_shape_refuses_exactly_what_the_rules_refuse(learned, asked, refused):
    verdicts = ShapeVerdicts(schema._schema, entries=16, characters=10_000)
    assert full(learned) == []
    assert _prepare(learned, verdicts).errors == ()
    assert len(verdicts) == 1
    assert same_decision(asked, verdicts) is not refused  # reused exactly when valid
    assert bool(full(asked)) is refused


def test_the_shape_leaves_free_only_aliases_literals_and_layout():
    def key(text: str) -> str:
        return shape_of(parse(text)).key

    base = '{ a: feeds(platform: "x", first: 1) { totalCount } }'
    assert key(base) == key('{b:feeds(platform:"y" first:2){totalCount}} # c')
    for other in (
        '{ a: feeds(platform: "x", first: 1) { nodes { id } } }',  # another field
        '{ a: feeds(platform: "x", first: 1.5) { totalCount } }',  # another kind
        '{ a: feeds(unit: "x", first: 1) { totalCount } }',  # another argument
        'query Q { a: feeds(platform: "x", first: 1) { totalCount } }',  # a name
    ):
        assert key(other) != key(base), other
