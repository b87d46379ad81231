"""RDF/XML: offered by /export and /id/, valid XML even where a literal holds control
characters (Oxigraph and rdflib write them raw), and every /id/ answer links its alternates."""

from __future__ import annotations

import io
import xml.dom.minidom

import pytest
from rdflib import Graph
from starlette.testclient import TestClient

from export_fixtures import FOCUS, nasty_graph
from govkg.app import create_app
from govkg.exports import FORMATS, Selection, export
from govkg.exports.xmlsafe import XmlSafeWriter, xml_safe_bytes


@pytest.fixture(scope="module")
def nasty(kg):
    return nasty_graph(kg)


def test_the_rdfxml_export_is_xml_with_the_hostile_label_shown(nasty):
    data = export(nasty, "rdfxml", Selection(focus=FOCUS, depth=1))
    xml.dom.minidom.parseString(data)  # raises on a raw control character
    text = data.decode()
    assert "␇bell␛" in text
    assert "\x07" not in text


def test_rdfxml_holds_the_triples_turtle_holds(kg):
    selection = Selection(focus=FOCUS, depth=1)
    from_xml = Graph().parse(data=export(kg, "rdfxml", selection), format="xml")
    from_turtle = Graph().parse(data=export(kg, "turtle", selection), format="turtle")
    assert len(from_xml) == len(from_turtle) > 50
    assert FORMATS["rdfxml"].media_type.startswith("application/rdf+xml")


@pytest.mark.parametrize("size", [1, 2, 3, 7])
def test_a_character_split_between_writes_is_made_safe_all_the_same(size):
    data = "a\x07ü\uffff一\ufffe\x1f".encode() * 3
    out = io.BytesIO()
    writer = XmlSafeWriter(out)
    for i in range(0, len(data), size):
        writer.write(data[i : i + size])
    writer.flush()
    assert out.getvalue() == xml_safe_bytes(data)
    assert out.getvalue().decode() == "a␇ü\ufffd一\ufffd␟" * 3


def test_id_answers_rdfxml_and_links_every_alternate(nasty):
    client = TestClient(create_app(nasty))
    answer = client.get(f"/id/{FOCUS}", headers={"accept": "application/rdf+xml"})
    assert answer.status_code == 200
    assert answer.headers["content-type"] == "application/rdf+xml; charset=utf-8"
    assert "Accept" in answer.headers["vary"]
    xml.dom.minidom.parseString(answer.content)
    link = answer.headers["link"]
    for media in ("text/html", "text/turtle", "application/n-triples", "application/ld+json"):
        assert f'type="{media}"' in link
    assert 'type="application/rdf+xml"' not in link  # not itself
    page = client.get(f"/id/{FOCUS}?format=html")
    assert (
        f'</id/{FOCUS}?format=rdf>; rel="alternate"; type="application/rdf+xml"'
        in (page.headers["link"])
    )
    same = client.get(f"/id/{FOCUS}?format=rdf")
    assert same.content == answer.content
