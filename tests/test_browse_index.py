"""The indexed tables (bitsets, presorted orders, a joined search text) give exactly the rows,
pages, cursor offsets and facet counts of a plain scan: over the real seed, a corpus of real
reports (money figures) and a synthetic graph, for many filter combinations, with every
strategy the index chooses between forced on in turn."""

from __future__ import annotations

import random
import shutil
import tempfile
from collections import Counter
from decimal import Decimal
from pathlib import Path

import pytest

from conftest import ask
from govkg.answers import browseindex
from govkg.answers.browse import FACETS, ORDERS, TABLES, Chosen, Row, Where, tables_of
from govkg.answers.browseindex import TableIndex
from govkg.answers.kg import open_graph
from govkg.graph.synth import write_synthetic

SINGLE = ("category", "year", "unit", "document", "provenance", "basis", "spend_type")


def scan(rows, where: Where | None, order: str | None, descending: bool) -> list[Row]:
    """The plain answer: keep what ``Where.keeps``; stable sort by id then by the value,
    rows lacking it last in table order."""
    kept = [r for r in rows if where is None or where.keeps(r)]
    if order is None:
        return kept
    present = sorted((r for r in kept if getattr(r, order) is not None), key=lambda r: r.id)
    present.sort(key=lambda r: getattr(r, order), reverse=descending)
    return present + [r for r in kept if getattr(r, order) is None]


def scan_facets(rows, names) -> dict:
    found = {}
    for name in names:
        counts: Counter = Counter()
        for row in rows:
            value = row.value(name)
            if isinstance(value, tuple):
                counts.update(value)
            elif value is not None:
                counts[value] += 1
        found[name] = sorted(counts.items(), key=lambda item: (-item[1], str(item[0])))
    return found


def _needles(rows, pick: random.Random) -> list[str]:
    found = ["", "zzzz-not-a-name", "数据", "shuju", "\x00"]
    for row in pick.sample(rows, min(6, len(rows))):
        folded = row.folded
        if folded:
            start = pick.randrange(len(folded))
            found.append(folded[start : start + pick.randint(1, 6)])
        found.append(row.name.upper()[:4])
    return found


def filters(rows, pick: random.Random, count: int) -> list[Where | None]:
    """Filters made of the rows' own values (common, rare, absent), amount bounds at and
    between the amounts held, and name fragments, alone and two or three at a time."""
    values: dict[str, list] = {}
    for field in SINGLE:
        seen: Counter = Counter()
        for row in rows:
            value = row.value(field)
            seen.update(value if isinstance(value, tuple) else () if value is None else (value,))
        common = [v for v, _ in seen.most_common(3)]
        rare = [v for v, _ in seen.most_common()[-3:]]
        values[field] = [*common, *rare, "no-such-value" if field != "year" else 1900]
    amounts = sorted({r.amount for r in rows if r.amount is not None})
    bounds = [None, Decimal(0), Decimal("1000000"), Decimal("0.01")]
    if amounts:
        bounds += [amounts[0], amounts[-1], amounts[len(amounts) // 2], amounts[-1] + 1]
        bounds.append((amounts[0] + amounts[-1]) / 2)
    needles = _needles(list(rows), pick)
    found: list[Where | None] = [None, Where()]
    for field in SINGLE:
        found += [Where(**{field: v}) for v in values[field]]
    found += [Where(name=n) for n in needles]
    found += [Where(amount_min=b) for b in bounds if b is not None]
    found += [Where(amount_max=b) for b in bounds if b is not None]
    while len(found) < count:
        given: dict = {}
        for field in pick.sample(SINGLE, pick.randint(1, 3)):
            given[field] = pick.choice(values[field])
        if pick.random() < 0.5:
            low, high = pick.choice(bounds), pick.choice(bounds)
            given.update(amount_min=low, amount_max=high)
        if pick.random() < 0.3:
            given["name"] = pick.choice(needles)
        found.append(Where(**given))
    return found


def _check_table(index: TableIndex, table: str, rows, pick: random.Random, count: int) -> int:
    """Every filter, every order both ways: rows, slices, offsets, membership, facets."""
    checked = 0
    for where in filters(rows, pick, count):
        bits = index.chosen(where if where is not None and not where.empty else None)
        kept = scan(rows, where, None, False)
        assert bits.bit_count() == len(kept)
        assert index.counts(bits, "year") == scan_facets(kept, ("year",))["year"]
        run = index.run(where if where is not None and not where.empty else None)
        for name in FACETS:
            expected = scan_facets(kept, (name,))[name]
            assert index.counts(bits, name) == expected, (where, name)
            if run is not None:  # no filter, or amount bounds only: counted by bisection
                assert index.counts(bits, name, run) == expected, (where, name)
        for order in (None, *ORDERS):
            for descending in (False, True):
                expected = [r.id for r in scan(rows, where, order, descending)]
                chosen = Chosen(index, table, where, bits, index.order(order, descending))
                assert len(chosen) == len(expected)
                for start, stop in ((0, 1), (0, 20), (3, 10), (len(expected) - 2, 99)):
                    assert chosen[start:stop] == expected[max(start, 0) : stop], (where, order)
                for at in pick.sample(range(len(expected)), min(3, len(expected))):
                    assert chosen.index(expected[at]) == at
                    assert expected[at] in chosen
                if expected:
                    assert chosen[-1] == expected[-1]
                assert list(chosen) == expected
                checked += 1
        outside = next((r.id for r in rows if where is not None and not where.keeps(r)), None)
        assert outside is None or outside not in chosen
    return checked


STRATEGIES = {
    "as built": {},
    "rare values as positions": {"POSTINGS_BUDGET": 0},
    "always list and sort": {"WALK": -(10**9)},
    "always walk": {"WALK": 10**9},
}


def _every_table(kg, monkeypatch, strategy: str, count: int) -> None:
    for name, value in STRATEGIES[strategy].items():
        monkeypatch.setattr(browseindex, name, value)
    tables = tables_of(kg.service)
    pick = random.Random(f"{strategy}-{count}")
    checked = 0
    for table in TABLES:
        rows = tables.rows(table)
        if rows:
            checked += _check_table(TableIndex(rows), table, rows, pick, count)
    assert checked > 100


@pytest.mark.parametrize("strategy", STRATEGIES)
def test_the_real_seed_indexed_equals_a_scan(kg, monkeypatch, strategy):
    _every_table(kg, monkeypatch, strategy, 60)


@pytest.fixture(scope="module")
def synthetic():
    folder = Path(tempfile.mkdtemp(prefix="govkg-index-"))
    write_synthetic(folder / "synth.nt", 30_000, seed_value=11)
    yield open_graph(folder / "synth.nt")
    shutil.rmtree(folder, ignore_errors=True)


@pytest.mark.parametrize("strategy", STRATEGIES)
def test_a_synthetic_graph_indexed_equals_a_scan(synthetic, monkeypatch, strategy):
    _every_table(synthetic, monkeypatch, strategy, 40)


@pytest.fixture(scope="module")
def corpus(ingested_corpus_graph):
    return ingested_corpus_graph


def test_money_figures_of_real_reports_indexed_equal_a_scan(corpus, monkeypatch):
    tables = tables_of(corpus.service)
    rows = tables.rows("money-figures")
    assert len(rows) > 50
    for strategy in STRATEGIES:
        for name, value in STRATEGIES[strategy].items():
            monkeypatch.setattr(browseindex, name, value)
        pick = random.Random(strategy)
        assert _check_table(TableIndex(rows), "money-figures", rows, pick, 40) > 100
        monkeypatch.undo()


def test_graphql_pages_and_facets_over_a_synthetic_graph_equal_a_scan(synthetic):
    """Through GraphQL: every page by cursor, then the facets, against the plain scan."""
    rows = tables_of(synthetic.service).rows("funding-lines")
    amounts = sorted(r.amount for r in rows if r.amount is not None)
    threshold = amounts[len(amounts) // 3]
    year = Counter(r.year for r in rows).most_common(1)[0][0]
    where = Where(amount_min=threshold, year=year)
    expected = scan(rows, where, "amount", True)
    assert 7 < len(expected) < len(rows)
    query = """query($after: String, $min: Decimal!, $year: Int!) { fundingLines(first: 7,
      after: $after, where: {amountMin: $min, year: $year}, orderBy: AMOUNT_DESC) { totalCount
      nodes { id amount { amount } } pageInfo { endCursor hasNextPage }
      facets(fields: [UNIT, DOCUMENT, BASIS]) { field values { value count } } } }"""
    seen, after = [], None
    while True:
        page = ask(synthetic, query, after=after, min=str(threshold), year=year)["fundingLines"]
        assert page["totalCount"] == len(expected)
        seen += page["nodes"]
        if not page["pageInfo"]["hasNextPage"]:
            break
        after = page["pageInfo"]["endCursor"]
    assert [n["id"] for n in seen] == [r.id for r in expected]
    assert [Decimal(n["amount"]["amount"]) for n in seen] == [r.amount for r in expected]
    counted = scan_facets(expected, ("unit", "document", "basis"))
    for facet in page["facets"]:
        shown = [(v["value"], v["count"]) for v in facet["values"]]
        assert shown == [(str(v), c) for v, c in counted[facet["field"].lower()]]


def test_a_cursor_from_another_filter_is_refused(synthetic):
    years = sorted({r.year for r in tables_of(synthetic.service).rows("funding-lines")})
    query = """query($after: String) { fundingLines(first: 1, after: $after,
      where: {year: %d}, orderBy: AMOUNT) { nodes { id } pageInfo { endCursor } } }"""
    first = ask(synthetic, query % years[0])["fundingLines"]["pageInfo"]["endCursor"]
    answer = synthetic.query(query % years[1], {"after": first})
    assert "does not point into this list" in answer["errors"][0]["message"]
