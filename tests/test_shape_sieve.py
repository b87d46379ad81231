"""The sieve before pyshacl (govkg.graph.shapecheck) keeps every subject pyshacl finds a
violation on, so a seed is refused with exactly the whole graph's problem lines; a valid
seed keeps none, so pyshacl does not run. Seeds broken by hand, at random, and in the
literal forms where the sieve must say "cannot tell" (ill-typed, escaped, odd tags)."""

from __future__ import annotations

import random

import pytest
from rdflib import RDF, XSD, Literal

from govkg.graph import shapepieces
from govkg.graph.ntriples import term_text
from govkg.graph.ontology import GOVKG, OA, SCHEMA
from govkg.graph.rdf import DEFAULT_BASE, seed_terms
from govkg.graph.shapecheck import plan_of, suspects
from govkg.graph.shapepieces import texts
from govkg.graph.validity import shape_check
from govkg.seed.load import load_seed
from test_shape_pieces import BROKEN, whole
from two_reports import combine

XSD_NS = str(XSD)


@pytest.fixture(scope="module")
def bundled(tmp_path_factory):
    seed = load_seed(combine(tmp_path_factory.mktemp("two") / "seed"))
    return seed_terms(seed, DEFAULT_BASE).terms, seed.origins


@pytest.fixture(autouse=True)
def own_cache(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.setattr(shapepieces, "_KNOWN", set())


def _violating(triples, origins) -> set[str]:
    """The focus nodes pyshacl reports, read off its problem lines."""
    lines = whole(list(_rdflib(triples)), origins)
    return {line.rsplit("(", 1)[-1].rstrip(")") for line in lines}, lines


def _rdflib(triples):
    from govkg.graph.ntriples import to_rdflib

    return to_rdflib(triples)


def test_a_valid_seed_keeps_no_suspect(bundled):
    triples, _ = bundled
    plan = plan_of()
    assert plan is not None
    assert suspects(plan, triples) == set()


def _retyped_literals(triples, seed: int):
    """Literals rewritten into forms the sieve cannot judge by their text alone, and plain
    breakage around them."""
    rng = random.Random(seed)
    edited = list(triples)
    forms = [
        f'"05"^^<{XSD_NS}integer>',
        f'"1e3"^^<{XSD_NS}decimal>',
        f'"1"^^<{XSD_NS}boolean>',
        f'"23"^^<{XSD_NS}gYear>',
        f'"2023-02-30"^^<{XSD_NS}date>',
        f'"-4"^^<{XSD_NS}integer>',
        f'"x"^^<{XSD_NS}string>',
        '"curated"^^<http://www.w3.org/2001/XMLSchema#string>',
        '"名字"@ZH',
        '"名字"@zh-Hans',
        '""@zh',
        '"a\\"b\\\\c\\nd"',
        '"extracted"',
        '"change"',
        f'"true"^^<{XSD_NS}boolean>',
        f'"false"^^<{XSD_NS}boolean>',
        f'"12.50"^^<{XSD_NS}decimal>',
        "<https://govkg.org/ontology#Derived>",
    ]
    literal_at = [i for i, (_, _, o) in enumerate(edited) if o.startswith('"')]
    for at in rng.sample(literal_at, 12):
        s, p, _ = edited[at]
        edited[at] = (s, p, rng.choice(forms))
    return edited


def _replaced(triples, predicate: str, value: str):
    """The first object of ``predicate`` replaced by ``value``."""
    at = next(i for i, (_, p, _) in enumerate(triples) if p == predicate)
    return [*triples[:at], (triples[at][0], predicate, value), *triples[at + 1 :]]


CASES = {
    **{
        name: (lambda ts, edit=edit: texts(edit(list(_rdflib(ts)))))
        for name, edit in BROKEN.items()
    },
    **{f"literal forms ({n})": (lambda ts, n=n: _retyped_literals(ts, n)) for n in range(6)},
    "a second Chinese name": lambda ts: [
        *ts,
        (
            next(s for s, p, o in ts if o == term_text(GOVKG.Unit)),
            term_text(RDF.type),
            term_text(GOVKG.Unit),
        ),
        (
            next(s for s, p, o in ts if o == term_text(GOVKG.Unit)),
            "<http://www.w3.org/2000/01/rdf-schema#label>",
            '"另一个"@zh',
        ),
    ],
    "a quote selector twice": lambda ts: [
        *ts,
        (
            next(s for s, p, o in ts if o == term_text(GOVKG.Citation)),
            term_text(OA.hasSelector),
            [s for s, p, o in ts if o == term_text(OA.TextQuoteSelector)][-1],
        ),
    ],
    "ill-typed numbers": lambda ts: _replaced(
        _replaced(ts, term_text(OA.start), f'"7x"^^<{XSD_NS}integer>'),
        term_text(SCHEMA.value),
        f'"1,000.0"^^<{XSD_NS}decimal>',
    ),
    "an amount of two values": lambda ts: [
        *ts,
        (
            next(s for s, p, o in ts if o == term_text(SCHEMA.MonetaryAmount)),
            term_text(SCHEMA.value),
            term_text(Literal("3.0", datatype=XSD.decimal)),
        ),
    ],
}


@pytest.mark.parametrize("edit", CASES.values(), ids=CASES.keys())
def test_the_sieve_keeps_every_subject_pyshacl_refuses(bundled, edit):
    triples, origins = bundled
    broken = edit(triples)
    focus, lines = _violating(broken, origins)
    assert lines  # each case is broken
    kept = suspects(plan_of(), broken)
    assert focus <= {s[1:-1] for s in kept}
    assert [str(p) for p in shape_check(broken, origins)] == lines
