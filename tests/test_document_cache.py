"""The GraphQL document cache stays small for the cyclic collector: bounded by characters,
its documents acyclic, its refusals without the frames they were raised through.

A full collection walks every cached object, and every request waits through it; these are
the properties that keep that walk short whatever texts clients send."""

from __future__ import annotations

import gc

from graphql import parse

from govkg.api.documentcache import DocumentCache
from govkg.api.execute import CACHE_CHARACTERS, prepared
from govkg.measure.loadtest import fragment_fan_out


def test_the_cache_holds_at_most_its_characters_of_text():
    for i in range(200):
        prepared(f"# {i}\n" + "{ " + " ".join(["units { totalCount }"] * 90) + " }")
    assert 0 < prepared.weight <= CACHE_CHARACTERS
    assert len(prepared) <= prepared.entries


def test_least_recently_used_texts_leave_first():
    cache = DocumentCache(lambda text: prepared._prepare(text), characters=40, entries=10)
    for text in ("{ a }", "{ b }", "{ c }"):
        cache(text)
    cache("{ a }")  # used again: now the most recent
    for i in range(5):
        cache(f"{{ x{i} }}")
    assert "{ a }" in cache._kept
    assert "{ b }" not in cache._kept
    assert cache.weight <= 40


def test_a_document_dropped_from_the_cache_is_freed_by_reference_counts():
    """No cycle is left in a prepared document, so dropping it frees it at once rather
    than leaving it, in the oldest generation, for the next full collection."""
    query = "{ " + " ".join(f"u{i}: units {{ totalCount }}" for i in range(20)) + " }"
    ready = {text: prepared._prepare(text) for text in (query, "{ __typename }")}
    cache = DocumentCache(ready.__getitem__, characters=10_000, entries=1)
    document = cache(query).document
    assert document is not None
    del ready[query]
    enabled = gc.isenabled()
    while gc.collect():  # what earlier tests left (one collection's finalizers may free more)
        pass
    gc.disable()
    try:
        for _ in range(2):  # seen twice, so kept even if rebuilt: pushes the first text out
            cache("{ __typename }")
        assert query not in cache._kept
        del document
        assert gc.collect() == 0
    finally:
        if enabled:
            gc.enable()


def test_without_the_cut_the_same_document_would_be_cyclic():
    """The check above can fail: a document as graphql-core parses it is a cycle."""
    document = parse("{ units { totalCount } }")
    enabled = gc.isenabled()
    gc.collect()
    gc.disable()
    try:
        del document
        assert gc.collect() > 0
    finally:
        if enabled:
            gc.enable()


def test_a_kept_refusal_keeps_no_traceback():
    answer = prepared("{ unit(name: 12) { name } } # " + "x" * 10)
    assert answer.errors
    for error in answer.errors:
        cause = error
        while cause is not None:
            assert cause.__traceback__ is None
            cause = getattr(cause, "original_error", None)


def test_a_refused_fan_out_is_kept_small():
    answer = prepared(fragment_fan_out(30))
    assert answer.errors
    assert "expands to more than" in answer.errors[0].message


def test_a_rebuilt_text_is_kept_when_it_comes_again_a_parsed_one_at_once():
    """A text of a known shape is rebuilt in tens of microseconds, so a client sending a
    new alias per request fills the cache with nothing; the second sight keeps it."""
    from govkg.api.execute import _prepare

    cache = DocumentCache(_prepare, characters=10_000, entries=100)
    parsed = cache("{ n0: units { totalCount } }")  # teaches the shape
    assert not parsed.rebuilt
    assert len(cache) == 1
    first = cache("{ n1: units { totalCount } }")
    assert first.rebuilt
    assert first.document is not None
    assert len(cache) == 1
    assert cache("{ n2: units { totalCount } }").rebuilt
    assert len(cache) == 1
    again = cache("{ n1: units { totalCount } }")
    assert again.rebuilt
    assert len(cache) == 2
    assert cache("{ n1: units { totalCount } }") is again  # now answered from the cache
