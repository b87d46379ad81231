"""A new text of a known shape is answered from a rebuilt document, without graphql-core's
parser: its answer (data, errors, their locations and paths) must be the full path's.

Generated documents (hypothesis-graphql, valid and invalid) teach one shared record their
shapes; then texts like them, with new aliases, new literals (mostly of the same kind, so
of the same shape; sometimes not), other separators and comments, are answered both ways on
the real seed. The quick lexer must read exactly what graphql-core's lexer reads, or give
up. The long run:

    GOVKG_FUZZ_VALID=1500 GOVKG_FUZZ_INVALID=500 .venv/bin/pytest tests/test_quick_documents.py
"""

from __future__ import annotations

import gc
import os
import random

import pytest
from graphql import GraphQLError, Source, StringValueNode, parse, validate
from graphql.language import Lexer, Location, Node, TokenKind
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from hypothesis_graphql import Mode, from_schema

import govkg
from govkg.api import execute as executing
from govkg.api.cost import MAX_TOKENS, measured
from govkg.api.documentcache import DocumentCache, Prepared, unlink_tokens
from govkg.api.shapes import ShapeVerdicts, shape_from
from govkg.api.tokens import lex

SDL = str(executing.schema)
VALID = int(os.environ.get("GOVKG_FUZZ_VALID", "100"))
INVALID = int(os.environ.get("GOVKG_FUZZ_INVALID", "60"))
FUZZ = settings(
    deadline=None, derandomize=True, database=None, suppress_health_check=list(HealthCheck)
)
DECIMALS = st.sampled_from(["1000000", "0.5", "-3", "abc", "1e3", "一"]).map(
    lambda text: StringValueNode(value=text)
)
SAME_KIND = {
    TokenKind.INT: ["0", "1", "3", "-1", "25", "2147483647", "2147483648"],
    TokenKind.FLOAT: ["0.5", "-1.5", "2e3", "1E-2", "1e400"],
    TokenKind.STRING: [
        '""',
        '"一网统管"',
        '"市大数据中心"',
        '"unit/shdsjzx"',
        '"2023"',
        '"1000000"',
        '"abc"',
        '"a\\"b"',  # an escape: the quick lexer gives up, the full path answers
        '"\t tab"',
        '"😀"',
    ],
    TokenKind.BLOCK_STRING: ['"""block"""', '""""""'],
}
OTHER_KIND = ["7", "1.5", '"s"', "true", "null", "SPEND", "[1]"]
SEPARATORS = [" ", "  ", "\n", ",", "\t", "\r\n", ", ", "\ufeff", " # a comment ☃\n", "#\r"]


@pytest.fixture(scope="module")
def kg():
    return govkg.open()


@pytest.fixture(scope="module")
def verdicts() -> ShapeVerdicts:
    """One record for the whole module: every shape kept may be wrongly reused later."""
    return ShapeVerdicts(executing.schema._schema, entries=100_000, characters=10**8, nodes=10**7)


def full_prepare(query: str) -> Prepared:
    """The path without shapes: graphql-core's parse, the size measure, every rule."""
    document, errors = measured(query)
    if document is None:
        return Prepared(None, tuple(errors))
    if not errors:
        errors = validate(
            executing.schema._schema, document, executing.RULES, hide_suggestions=True
        )
    return Prepared(unlink_tokens(document), tuple(errors))


def answer(kg, monkeypatch, prepare, query: str, variables=None) -> dict:
    """``execute``'s answer with ``prepare`` as its document cache's one way to prepare."""
    monkeypatch.setattr(executing, "prepared", DocumentCache(prepare, characters=0, entries=0))
    return executing.execute(kg, query, variables)


def quick_document(verdicts: ShapeVerdicts, query: str):
    """The document the quick path builds for ``query``, or None when it would not."""
    lexed = lex(query)
    shape = shape_from(query, lexed.tokens) if lexed is not None else None
    if shape is None or len(lexed.tokens) + lexed.comments >= MAX_TOKENS:
        return None
    return verdicts.rebuilt(shape, query, lexed.tokens)


def same_answer(kg, monkeypatch, verdicts: ShapeVerdicts, query: str, variables=None) -> bool:
    """Both paths answer ``query`` alike; True when the quick path built its document."""
    quick = quick_document(verdicts, query)
    if quick is not None:
        assert quick == parse(query), query  # every node and every location's offsets
    fast = answer(kg, monkeypatch, lambda t: executing._prepare(t, verdicts), query, variables)
    full = answer(kg, monkeypatch, full_prepare, query, variables)
    assert fast == full, query
    return quick is not None


def graphql_tokens(query: str):
    """graphql-core's tokens of ``query`` (comments left out) and its comments, or None
    when its lexer refuses the text."""
    lexer = Lexer(Source(query))
    tokens, comments = [], 0
    try:
        token = lexer.advance()
        while token.kind is not TokenKind.EOF:
            tokens.append((token.kind, token.start, token.end, token.value))
            token = lexer.advance()
    except GraphQLError:
        return None
    token = lexer.token
    while token.prev is not None:  # the lexer skips comments but chains them
        comments += token.kind is TokenKind.COMMENT
        token = token.prev
    return tuple(tokens), comments


def variants(query: str, rng: random.Random, count: int = 4) -> list[str]:
    """Texts like ``query``, rewritten token by token from graphql-core's own lexer: aliases
    renamed (fresh, to another alias, to a field's name), literals replaced (mostly by one
    of their kind), other separators and comments between tokens."""
    read = graphql_tokens(query)
    if read is None:
        return []
    tokens = read[0]
    names = [value for kind, _, _, value in tokens if kind is TokenKind.NAME]
    out = []
    for _ in range(count):
        parts, depth = [], 0
        for i, (kind, start, end, _) in enumerate(tokens):
            text = query[start:end]
            depth += (kind is TokenKind.PAREN_L) - (kind is TokenKind.PAREN_R)
            following = tokens[i + 1][0] if i + 1 < len(tokens) else None
            if kind is TokenKind.NAME and not depth and following is TokenKind.COLON:
                if rng.random() < 0.7:
                    text = rng.choice([f"x{rng.randrange(10**6)}", "zz", *names[:4]])
            elif depth and kind in SAME_KIND and rng.random() < 0.8:
                text = rng.choice(SAME_KIND[kind] if rng.random() < 0.9 else OTHER_KIND)
            parts.append(text)
            parts.append(rng.choice(SEPARATORS) if rng.random() < 0.3 else " ")
        out.append("".join(parts))
    return out


def check(kg, monkeypatch, verdicts, query: str, seed: int) -> int:
    """``query`` and its variants answered both ways; how many were built quickly."""
    same_answer(kg, monkeypatch, verdicts, query)
    return sum(
        same_answer(kg, monkeypatch, verdicts, variant)
        for variant in variants(query, random.Random(seed))
    )


QUICK: list[int] = []


@settings(FUZZ, max_examples=VALID)
@given(query=from_schema(SDL, mode=Mode.POSITIVE, custom_scalars={"Decimal": DECIMALS}))
def test_generated_valid_documents_and_their_variants(kg, monkeypatch, verdicts, query):
    QUICK.append(check(kg, monkeypatch, verdicts, query, len(query)))


@settings(FUZZ, max_examples=INVALID)
@given(query=from_schema(SDL, mode=Mode.NEGATIVE, custom_scalars={"Decimal": DECIMALS}))
def test_generated_invalid_documents_and_their_variants(kg, monkeypatch, verdicts, query):
    check(kg, monkeypatch, verdicts, query, len(query))


def test_the_quick_path_was_taken_for_most_variants_of_valid_documents(kg, monkeypatch, verdicts):
    """The comparisons above would pass vacuously if nothing were ever rebuilt."""
    if not QUICK:  # this test alone: generate the documents here
        test_generated_valid_documents_and_their_variants(kg, monkeypatch, verdicts)
    assert len(QUICK) == VALID
    assert sum(QUICK) >= VALID  # 235 of the 400 variants at the default 100 documents


FEEDS = '{ %s: feeds(platform: "%s", first: %s) { totalCount nodes { unit { name } } } }'


@pytest.mark.parametrize(
    ("learned", "asked", "variables"),
    [
        # a new alias, a new platform, a new count: answered anew, not from the old text
        (FEEDS % ("a", "一网统管", "5"), FEEDS % ("b", "随申办", "2"), None),
        (FEEDS % ("a", "一网统管", "5"), FEEDS % ("longerAlias", "nope", "0") + " # c", None),
        # a resolver's error names the new literal and sits where the new text has it
        (
            '{ c: compareUnits(names: ["a", "b"]) { __typename } }',
            '\n\n  {\r\n c2: compareUnits(names: ["市大数据中心",\n "not a unit at all"]) '
            "{ __typename } }",
            None,
        ),
        # a variable's coercion error points at its definition, wherever it now is
        (
            "query Q($n: Int!) { a: feeds(first: $n) { totalCount } }",
            "query Q(\n\n   $n: Int!) { longer: feeds(first: $n) { totalCount } }",
            {},
        ),
    ],
    ids=["new-values", "alias-comment", "resolver-error", "variable-error"],
)
def test_errors_and_locations_follow_the_new_text(kg, monkeypatch, learned, asked, variables):
    verdicts = ShapeVerdicts(executing.schema._schema, entries=16, characters=10_000)
    assert executing._prepare(learned, verdicts).errors == ()
    assert quick_document(verdicts, asked) is not None
    assert same_answer(kg, monkeypatch, verdicts, asked, variables)
    fast = answer(kg, monkeypatch, lambda t: executing._prepare(t, verdicts), asked, variables)
    learned_answer = answer(kg, monkeypatch, full_prepare, learned, variables)
    assert fast != learned_answer  # the new text's own answer, not the learned one's


def test_a_shape_padded_with_comments_past_the_token_limit_is_refused():
    """graphql-core counts comments towards ``max_tokens``: so does the quick path."""
    verdicts = ShapeVerdicts(executing.schema._schema, entries=16, characters=10_000)
    query = "{ a: feeds { totalCount } }"
    assert executing._prepare(query, verdicts).errors == ()
    padded = "#\n" * MAX_TOKENS + query.replace("a:", "b:")
    errors = [error.message for error in executing._prepare(padded, verdicts).errors]
    assert errors == [error.message for error in full_prepare(padded).errors]
    assert any("tokens" in message for message in errors)


@pytest.mark.parametrize(
    "text",
    [
        "{ a(x: 0) b(x: -0) c(x: 1.5e3) d(x: -1E+2) e(x: 0.0) }",
        "{ a(x: 01) }",
        "{ a(x: 1.) }",
        "{ a(x: 1e) }",
        "{ a(x: 1a) }",
        "{ a(x: .5) }",
        "{ a(x: -) }",
        "{ a(x: 1..2) }",
        "{ ..a }",
        '{ a(x: "") b(x: """b""") c(x: "\\u00e9") d(x: "\\n") }',
        '{ a(x: "unterminated) }',
        '{ a(x: "line\nbreak") }',
        '{ a(x: "\x00 nul and \x7f") }',
        '{ a(x: "\ud83d\ude00 a pair") }',
        '{ a(x: "\ud83d lone") }',
        "{ a } # \ud83d lone in a comment",
        "\ufeff{ a\ufeff }",
        "{ é }",
        "{ a\u2028 }",
        "{ a } '",
        "{\r\na\r}\n",
        "query Q($a: [Int!] = [1, 2]) @d(x: {y: 1}) { ...F } fragment F on T { a }",
    ],
)
def test_the_quick_lexer_reads_what_graphql_core_reads_or_gives_up(text):
    quick, full = lex(text), graphql_tokens(text)
    if quick is not None:
        assert full is not None, text
        assert (quick.tokens, quick.comments) == full, text


@settings(FUZZ, max_examples=VALID)
@given(
    query=from_schema(SDL, mode=Mode.POSITIVE, custom_scalars={"Decimal": DECIMALS}),
    seed=st.integers(0, 10**6),
)
def test_the_quick_lexer_over_generated_texts(query, seed):
    for text in (query, *variants(query, random.Random(seed), 3)):
        quick, full = lex(text), graphql_tokens(text)
        if quick is not None:
            assert (quick.tokens, quick.comments) == full, text


def _nodes(node: Node):
    yield node
    for key in node.keys:
        value = getattr(node, key)
        for item in value if isinstance(value, tuple) else (value,):
            if isinstance(item, Node):
                yield from _nodes(item)


def test_a_rebuilt_location_reads_graphql_cores_tokens_when_asked():
    verdicts = ShapeVerdicts(executing.schema._schema, entries=16, characters=10_000)
    executing._prepare(FEEDS % ("a", "一网统管", "5"), verdicts)
    asked = "# first\r\n" + (FEEDS % ("bb", "随申办", "12")).replace(" {", "\n\t{")
    quick = quick_document(verdicts, asked)
    assert quick is not None
    parsed = parse(asked)

    def tokens(document):
        return [
            (t.kind, t.start, t.end, t.line, t.column, t.value)
            for node in _nodes(document)
            for t in (node.loc.start_token, node.loc.end_token)
        ]

    assert tokens(quick) == tokens(parsed)
    assert isinstance(quick.loc, Location)


def test_a_rebuilt_document_is_freed_by_reference_counts(kg):
    """No cycle, even after its locations' tokens were read: it leaves the document cache
    as a parsed one does (tests/test_document_cache.py)."""
    verdicts = ShapeVerdicts(executing.schema._schema, entries=16, characters=10_000)
    executing._prepare(FEEDS % ("a", "一网统管", "5"), verdicts)
    enabled = gc.isenabled()
    gc.collect()
    gc.disable()
    try:
        quick = quick_document(verdicts, FEEDS % ("b", "随申办", "3"))
        assert quick is not None
        _ = [node.loc.start_token for node in _nodes(quick)]
        del quick, _
        assert gc.collect() == 0
    finally:
        if enabled:
            gc.enable()
