"""Answers kept by shape (``api/shapeanswers``): a text that only renames the aliases of one
answered before gets exactly the answer executing it gives, on the real seed, over generated
documents and their re-aliased variants, and over HTTP on the real app; errors are never
reused, and a reload's new graph version never sees the old version's answers."""

from __future__ import annotations

import random

import pytest
from graphql import FieldNode, Visitor, parse, visit
from hypothesis import given, settings
from hypothesis_graphql import Mode, from_schema

from govkg.api.execute import execute, prepared
from govkg.api.shapeanswers import ShapeAnswers
from test_reload import reload
from test_shape_validation import DECIMALS, FUZZ, SDL, _Spots

FEEDS = """query Feeds($platform: String!) {
  %s: feeds(platform: $platform) {
    totalCount
    nodes { unit { name } %s: via { name } cost { amount { amount currency } basis } }
  }
}"""
PLATFORM = {"platform": "一网统管"}


def realiased(query: str, rng: random.Random, count: int = 4) -> list[str]:
    """``query`` with its aliases renamed: to fresh names, to one another, to "data", or
    to a field's name (then the shape keeps them, and only the same aliases share it)."""
    spots = _Spots()
    visit(parse(query), spots)
    aliases = [query[a:b] for a, b in spots.aliases]
    names = ["zz", "zz2", "data", "errors", *aliases, *spots.fields[:3]]
    out = []
    for _ in range(count):
        text = query
        for a, b in sorted(spots.aliases, reverse=True):
            if rng.random() < 0.7:
                text = text[:a] + rng.choice(names) + text[b:]
        out.append(text)
    return out


@pytest.fixture(scope="module")
def kept() -> ShapeAnswers:
    """One store for the whole module: an answer wrongly reused anywhere shows."""
    return ShapeAnswers(entries=100_000, total=10**9)


class _Fields(Visitor):
    def __init__(self) -> None:
        super().__init__()
        self.starts: list[tuple[int, str]] = []

    def enter_field(self, node: FieldNode, *_: object) -> None:
        if node.alias is None and node.loc is not None:
            self.starts.append((node.loc.start, node.name.value))


def aliased(query: str, rng: random.Random) -> str:
    """``query`` with aliases given to some of its fields: each its own (a1, a2, …), or
    now and then the field's own name."""
    fields = _Fields()
    visit(parse(query), fields)
    for n, (start, name) in enumerate(sorted(fields.starts, reverse=True)):
        if rng.random() < 0.6:
            alias = name if rng.random() < 0.1 else f"a{n}"
            query = f"{query[:start]}{alias}: {query[start:]}"
    return query


def renamed_afresh(query: str) -> str:
    """``query`` with each distinct alias renamed to a name no text here uses."""
    spots = _Spots()
    visit(parse(query), spots)
    fresh: dict[str, str] = {}
    for a, b in spots.aliases:
        fresh.setdefault(query[a:b], f"zq{len(fresh)}")
    for a, b in sorted(spots.aliases, reverse=True):
        query = query[:a] + fresh[query[a:b]] + query[b:]
    return query


@settings(FUZZ, max_examples=120)
@given(query=from_schema(SDL, mode=Mode.POSITIVE, custom_scalars={"Decimal": DECIMALS}))
def test_generated_documents_and_their_realiased_variants_answer_as_executed(kg, kept, query):
    query = aliased(query, random.Random(len(query)))
    for text in [query, *realiased(query, random.Random(len(query)))]:
        assert execute(kg, text, answers=kept) == execute(kg, text), text
    fresh = renamed_afresh(query)
    answer = execute(kg, query)
    if answer.get("errors") or prepared(fresh).shape.key != prepared(query).shape.key:
        return  # an alias that is also a name keeps itself in the shape: not the same one
    before = len(kept._kept)
    assert execute(kg, fresh, answers=kept) == execute(kg, fresh), fresh
    assert len(kept._kept) == before, "a text of a kept shape was executed again"


def test_a_new_alias_per_request_is_answered_under_its_own_alias(kg):
    kept = ShapeAnswers(entries=8)
    first = execute(kg, FEEDS % ("f1", "v1"), PLATFORM, answers=kept)
    assert first["data"]["f1"]["nodes"][0]["v1"]["name"]
    for n in range(2, 6):
        text = FEEDS % (f"f{n}", f"through{n}")
        answer = execute(kg, text, PLATFORM, answers=kept)
        assert answer == execute(kg, text, PLATFORM)
        assert list(answer["data"]) == [f"f{n}"]
    assert len(kept._kept) == 1  # one shape, one set of variables: one answer kept


def test_other_variables_literals_or_operations_are_not_reused(kg):
    kept = ShapeAnswers(entries=8)
    execute(kg, FEEDS % ("a", "b"), PLATFORM, answers=kept)
    other = {"platform": "no-such-platform"}
    assert execute(kg, FEEDS % ("c", "d"), other, answers=kept) == execute(
        kg, FEEDS % ("c", "d"), other
    )
    literal = '{ x: feeds(platform: "%s") { totalCount } }'
    execute(kg, literal % "一网统管", answers=kept)
    assert execute(kg, literal % "nothing", answers=kept) == execute(kg, literal % "nothing")


def test_a_returned_answer_may_be_changed_by_its_caller(kg):
    kept = ShapeAnswers(entries=8)
    execute(kg, FEEDS % ("a", "b"), PLATFORM, answers=kept)["data"]["a"]["totalCount"] = -1
    assert execute(kg, FEEDS % ("a", "b"), PLATFORM, answers=kept)["data"]["a"]["totalCount"] > 0


def test_answers_with_errors_are_never_kept(kg):
    kept = ShapeAnswers(entries=8)
    query = '{ %s: rankUnits(year: 2023, category: "no-such-category") { rank } }'
    assert execute(kg, query % "a", answers=kept)["errors"]
    again = execute(kg, query % "b", answers=kept)
    assert again["errors"][0]["path"] == ["b"]
    assert len(kept._kept) == 0


def post(client, alias: str) -> dict:
    body = {"query": FEEDS % (alias, "via"), "variables": PLATFORM}
    response = client.post("/graphql", json=body)
    assert response.status_code == 200
    return response.json()


def test_over_http_a_new_alias_per_request_and_a_reload(served):
    client, seed = served
    first = post(client, "before1")
    assert post(client, "before2")["data"]["before2"] == first["data"]["before1"]
    relations = seed / "relations.yaml"
    text = relations.read_text(encoding="utf-8")
    one_feed = text[text.index("  - type: feeds\n    from: shiwei-zuzhibu") :]
    one_feed = one_feed[: one_feed.index("  - type:", 10)]
    relations.write_text(text.replace(one_feed, "", 1), encoding="utf-8")
    assert reload(client).status_code == 200
    after = post(client, "after1")["data"]["after1"]
    assert after["totalCount"] == first["data"]["before1"]["totalCount"] - 1, (
        "an answer of the old graph version was reused"
    )
