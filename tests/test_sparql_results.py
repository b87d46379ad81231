"""SPARQL answers are pyoxigraph's own, cut after the last row that fits the caps: the cut
answer is what pyoxigraph writes for that many rows, whatever the values hold and wherever
its writes break, and XML stays XML 1.0 whatever the literals hold."""

from __future__ import annotations

import csv
import io
import xml.parsers.expat
from contextlib import suppress

import pytest
from pyoxigraph import BlankNode, Literal, NamedNode, Quad, Store, parse_query_results

from govkg.http import sparql_results
from govkg.http.sparql_results import RESULT_FORMATS, write_rows

XSD_INTEGER = NamedNode("http://www.w3.org/2001/XMLSchema#integer")
# values that look like a row's end in some format, a character cut by a write, and what
# XML 1.0 forbids
VALUES = [
    'x\x01y<&>"\'\t\n\r}},{"a', "</result>", "<result>", "a\r\nb", '"\r\n"', "x,{", 'y,{"',
    "]", "\\", '\\"', "end\\", "\ufffe\uffff\x0b", "一网统管" * 40, "", " lead",
]  # fmt: skip
PAIRS = "SELECT ?s ?o ?u WHERE { ?s ?p ?o OPTIONAL { ?s <http://nope> ?u } }"
UNBOUND = "SELECT ?u WHERE { ?s ?p ?o OPTIONAL { ?s <http://nope> ?u } }"  # every row empty
NONE = 10**9


def _caps(total: int, size: int) -> list[tuple[int, int]]:
    """Row caps about 1 and the number of rows; byte caps from 1 KB to past the answer."""
    rows = [(limit, NONE) for limit in (1, 7, total - 1, total, total + 1)]
    return [*rows, (25, 3000), *((NONE, cap) for cap in range(1024, size + 700, 677))]


@pytest.fixture(scope="module", params=[(), ("{}",)], ids=["plain", "braces"])
def store(request) -> Store:
    """The values; with "{}" too, which JSON's quick row count leaves to the pattern."""
    store = Store()
    for i, value in enumerate((VALUES + list(request.param)) * 4):
        subject = NamedNode(f"http://e/a{i}")
        store.add(Quad(subject, NamedNode("http://e/p"), Literal(value)))
        store.add(Quad(BlankNode(f"b{i}"), NamedNode("http://e/q"), Literal(value, language="zh")))
        store.add(Quad(subject, NamedNode("http://e/r"), Literal(str(i), datatype=XSD_INTEGER)))
    return store


def _xml_safe(body: bytes) -> bytes:
    return sparql_results._XML_ILLEGAL.sub("\ufffd".encode(), body)


def _pyoxigraph(store: Store, query: str, media: str) -> bytes:
    body = store.query(query).serialize(format=RESULT_FORMATS[media])
    return _xml_safe(body) if media.endswith("xml") else body


def _rows(body: bytes, media: str) -> int:
    if media == "text/csv":
        return len(list(csv.reader(io.StringIO(body.decode(), newline="")))) - 1
    return sum(1 for _ in parse_query_results(body, RESULT_FORMATS[media]))


@pytest.mark.parametrize("media", list(RESULT_FORMATS))
@pytest.mark.parametrize("query", [PAIRS, UNBOUND], ids=["pairs", "unbound"])
@pytest.mark.parametrize("every", [1, 64 * 1024], ids=["scan-each-write", "scan-64k"])
def test_a_cut_answer_is_pyoxigraphs_answer_to_as_many_rows_as_fit(
    store, monkeypatch, media, query, every
):
    monkeypatch.setattr(sparql_results, "_SCAN_EVERY", every)
    total = sum(1 for _ in store.query(query))
    for limit, max_bytes in _caps(total, len(_pyoxigraph(store, query, media))):
        body, cut = write_rows(media, store.query(query), limit=limit, max_bytes=max_bytes)
        kept = _rows(body, media)
        assert body == _pyoxigraph(store, f"{query} LIMIT {kept}", media)
        assert len(body) <= max_bytes
        assert kept <= limit
        assert cut == (kept < total)
        more = _pyoxigraph(store, f"{query} LIMIT {kept + 1}", media)
        assert kept in (limit, total) or len(more) > max_bytes  # the next row did not fit


def test_jsons_quick_row_count_agrees_with_its_pattern_wherever_it_stops():
    store = Store()  # strings that end in ",{", so that a quote follows
    for i, value in enumerate(["x,{", 'y,{"', "z"] * 8):
        store.add(Quad(NamedNode(f"http://e/{i}"), NamedNode("http://e/p"), Literal(value)))
        store.add(
            Quad(NamedNode(f"http://e/{i}"), NamedNode("http://e/q"), Literal(value, language="zh"))
        )
    raw = bytearray(
        store.query(PAIRS).serialize(format=RESULT_FORMATS["application/sparql-results+json"])
    )
    start = raw.find(b"[", raw.find(b'"bindings"')) + 1
    quick, pattern = sparql_results._json_ends, sparql_results._pattern_ends
    for stop in range(start, len(raw) - 3):  # the last row ends at "]", which the count leaves
        exact = pattern(sparql_results._JSON_ROW, raw, start, stop)
        assert quick(raw, start, stop) == exact, stop  # cut by the byte cap
        written = pattern(sparql_results._JSON_ROW, raw, start, stop - 4)
        assert quick(raw[:stop], start, stop) == written, stop  # the rest not written yet


@pytest.mark.parametrize("media", list(RESULT_FORMATS))
def test_rows_are_found_wherever_the_writes_break(store, monkeypatch, media):
    monkeypatch.setattr(sparql_results, "_SCAN_EVERY", 1)
    raw = store.query(PAIRS).serialize(format=RESULT_FORMATS[media])
    for limit, max_bytes in [(25, NONE), (NONE, 3000), (NONE, 9000)]:
        expected = write_rows(media, store.query(PAIRS), limit=limit, max_bytes=max_bytes)
        for size in (1, 2, 3, 5, 13):
            out = sparql_results._Capped(sparql_results._LAYOUTS[media], limit, max_bytes)
            with suppress(sparql_results._Full):
                for start in range(0, len(raw), size):
                    out.write(raw[start : start + size])
            assert out.document() == expected, size


def test_xml_holds_no_character_xml_1_0_forbids(store):
    media = "application/sparql-results+xml"
    assert b"\x01" in store.query(PAIRS).serialize(format=RESULT_FORMATS[media])  # Oxigraph's
    body, cut = write_rows(media, store.query(PAIRS), limit=10**9, max_bytes=10**9)
    assert not cut
    xml.parsers.expat.ParserCreate().Parse(body, True)
    values = {str(row["o"].value) for row in parse_query_results(body, RESULT_FORMATS[media])}
    assert any(value.startswith("x\ufffdy<&>\"'\t") for value in values)
    assert "\ufffd\ufffd\ufffd" in values


def test_a_write_far_over_the_cap_is_not_kept():
    out = sparql_results._Capped(sparql_results._LAYOUTS["text/csv"], 10, 2048)
    out.write(b"v\r\n")
    with pytest.raises(sparql_results._Full):
        out.write(b"x" * 10**7)
    assert len(out.buffer) <= 2048 + sparql_results._SLACK
    assert out.document() == (b"v\r\n", True)


@pytest.mark.parametrize("media", list(RESULT_FORMATS))
def test_ask_answers_are_pyoxigraphs(store, media):
    body = sparql_results.write_boolean(media, store.query("ASK { ?s ?p ?o }"))
    assert body == store.query("ASK { ?s ?p ?o }").serialize(format=RESULT_FORMATS[media])
    assert b"true" in body
