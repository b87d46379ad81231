"""The Graphviz pictures speak the reader's language: Chinese by default and on Chinese pages,
English when asked, with the relation and basis words the pages use (one table)."""

from __future__ import annotations

import html
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from urllib.parse import parse_qs, urlsplit

import pytest
from starlette.testclient import TestClient

from govkg.app import create_app
from govkg.core.words import BASIS, READING
from govkg.exports import Selection, export
from govkg.http import i18n

FOCUS = "platform/yiwangtongguan"
SVG = "{http://www.w3.org/2000/svg}"
BROWSER = {"accept": "text/html,application/xhtml+xml,*/*;q=0.8"}

needs_dot = pytest.mark.skipif(
    shutil.which("dot") is None, reason="Graphviz is not installed (apt-get install -y graphviz)"
)


@pytest.fixture(scope="module")
def client(kg):
    with TestClient(create_app(kg)) as client:
        yield client


def _texts(svg: bytes) -> str:
    return "\n".join(t.text or "" for t in ET.fromstring(svg).iter(f"{SVG}text"))


def _dot_labels(source: str) -> str:
    return "\n".join(re.findall(r'label="((?:[^"\\]|\\.)*)"', source))


def _english_words(lang: str) -> set[str]:
    """The other language's relation and basis words."""
    return {both[0] for both in READING[lang].values()} | set(BASIS[lang].values())


def test_the_pages_and_the_pictures_read_one_table():
    assert i18n.READING is READING
    for lang in ("zh", "en"):
        for basis, word in BASIS[lang].items():
            assert i18n.t(lang, f"basis.{basis}") == word
    assert READING["zh"].keys() == READING["en"].keys()
    assert READING["zh"]["feeds"][0] == "供数给"


def test_every_edge_a_picture_draws_has_words_in_both_languages(kg):
    from govkg.exports.selection import edges_among

    drawn = {data["type"] for *_, data in edges_among(kg, set(kg.catalog.nodes)).values()}
    assert drawn <= set(READING["zh"]), drawn - set(READING["zh"])


@needs_dot
def test_a_chinese_picture_has_chinese_relations_and_no_english_ones(kg):
    texts = _texts(export(kg, "svg", Selection(focus=FOCUS, depth=1)))  # zh by default
    assert "供数给" in texts
    assert "交付" in texts
    assert "按规则分摊" in texts
    assert "图例" in texts
    for word in _english_words("en"):
        assert not re.search(rf"\b{re.escape(word)}\b", texts), word
    assert "Legend" not in texts


@needs_dot
def test_an_english_picture_has_english_relations_and_no_chinese_ones(kg):
    texts = _texts(export(kg, "svg", Selection(focus=FOCUS, depth=1, lang="en")))
    assert "feeds" in texts
    assert "delivers" in texts
    assert "allocated" in texts
    assert "Legend" in texts
    for word in _english_words("zh"):
        assert word not in texts, word
    assert "图例" not in texts
    assert "一网统管" in texts  # names stay as the reports write them


def test_dot_source_speaks_the_selections_language(kg):
    zh = _dot_labels(export(kg, "dot", Selection(focus=FOCUS, depth=1)).decode())
    en = _dot_labels(export(kg, "dot", Selection(focus=FOCUS, depth=1, lang="en")).decode())
    assert "供数给" in zh
    assert "feeds" not in zh
    assert "feeds" in en
    assert "供数给" not in en


def test_an_unknown_language_is_refused(kg):
    from govkg.core.errors import QueryError

    with pytest.raises(QueryError, match="unknown language 'fr'"):
        Selection(focus=FOCUS, lang="fr")


# over HTTP ------------------------------------------------------------------------------
@needs_dot
@pytest.mark.parametrize(
    ("params", "headers", "word", "absent"),
    [
        ({}, {}, "供数给", "feeds"),
        ({"lang": "en"}, {}, "feeds", "供数给"),
        ({"lang": "zh"}, {"accept-language": "en"}, "供数给", "feeds"),
        ({}, {"accept-language": "en-GB,en;q=0.9"}, "feeds", "供数给"),
        ({}, {"accept-language": "zh-CN,zh;q=0.9"}, "供数给", "feeds"),
    ],
    ids=["default-zh", "lang-en", "lang-beats-header", "header-en", "header-zh"],
)
def test_the_svg_route_draws_in_the_requests_language(client, params, headers, word, absent):
    response = client.get("/export/svg", params={"focus": FOCUS, **params}, headers=headers)
    assert response.status_code == 200, response.text
    texts = _texts(response.content)
    assert word in texts
    assert absent not in texts
    if "lang" not in params:  # negotiated: a cache must keep the languages apart
        assert "accept-language" in response.headers["vary"].lower()


@pytest.mark.parametrize("fmt", ["dot", "svg", "png"])
def test_every_picture_format_takes_lang(client, fmt):
    if fmt != "dot" and shutil.which("dot") is None:
        pytest.skip("Graphviz is not installed (apt-get install -y graphviz)")
    zh = client.get(f"/export/{fmt}", params={"focus": FOCUS, "lang": "zh"})
    en = client.get(f"/export/{fmt}", params={"focus": FOCUS, "lang": "en"})
    assert zh.status_code == en.status_code == 200
    assert zh.content != en.content
    if fmt == "dot":
        assert "供数给" in zh.text
        assert "feeds" in en.text


@needs_dot
def test_kept_pictures_are_kept_per_language(client):
    """The cache of drawn pictures must not answer English with the Chinese picture."""
    params = {"focus": FOCUS, "depth": 2}
    first_zh = client.get("/export/svg", params={**params, "lang": "zh"}).content
    first_en = client.get("/export/svg", params={**params, "lang": "en"}).content
    assert first_zh != first_en
    assert client.get("/export/svg", params={**params, "lang": "zh"}).content == first_zh
    assert client.get("/export/svg", params={**params, "lang": "en"}).content == first_en


def test_an_unknown_picture_language_is_a_400(client):
    response = client.get("/export/dot", params={"focus": FOCUS, "lang": "fr"})
    assert response.status_code == 400
    assert "lang 'fr'" in response.text


def test_data_formats_ignore_the_language(client):
    zh = client.get("/export/nt", params={"focus": FOCUS, "lang": "zh"})
    en = client.get("/export/nt", params={"focus": FOCUS, "lang": "en"})
    assert zh.content == en.content
    vary = client.get("/export/nt", params={"focus": FOCUS}).headers.get("vary", "")
    assert "accept-language" not in vary.lower()  # no language was asked or used


@pytest.mark.parametrize(
    ("query", "headers", "lang"),
    [
        ("", {}, "zh"),
        ("?lang=en", {}, "en"),
        ("", {"accept-language": "en"}, "en"),
        ("?lang=zh", {"accept-language": "en"}, "zh"),
    ],
    ids=["default", "asked-en", "negotiated-en", "asked-zh"],
)
def test_the_entity_pages_picture_carries_the_pages_language(client, query, headers, lang):
    page = client.get(f"/id/{FOCUS}{query}", headers={**BROWSER, **headers}).text
    sources = [
        html.unescape(s) for s in re.findall(r' (?:src|href)="(/export/(?:svg|png)\?[^"]+)"', page)
    ]
    assert len(sources) == 3  # the picture, and its SVG and PNG downloads
    for source in sources:
        assert parse_qs(urlsplit(source).query)["lang"] == [lang]


@needs_dot
def test_the_entity_pages_picture_is_drawn_in_english_on_the_english_page(client):
    page = client.get(f"/id/{FOCUS}?lang=en", headers=BROWSER).text
    source = re.search(r'<img class="picture"[^>]* src="([^"]+)"', page).group(1)
    texts = _texts(client.get(html.unescape(source)).content)
    assert "feeds" in texts
    assert "供数给" not in texts


# the command line -----------------------------------------------------------------------
@pytest.mark.parametrize(
    ("lang", "word", "absent"), [("zh", "供数给", "feeds"), ("en", "feeds", "供数给")]
)
def test_the_cli_exports_pictures_in_the_language_asked(tmp_path, lang, word, absent):
    out = tmp_path / "picture.gv"
    argv = ["export", "--format", "dot", "--focus", FOCUS, "--lang", lang, "-o", str(out)]
    subprocess.run([sys.executable, "-m", "govkg.cli", *argv], check=True, capture_output=True)
    labels = _dot_labels(out.read_text(encoding="utf-8"))
    assert word in labels
    assert absent not in labels


def test_the_cli_draws_in_chinese_by_default(capsys):
    from govkg.cli import main

    assert main(["export", "--format", "dot", "--focus", FOCUS]) == 0
    labels = _dot_labels(capsys.readouterr().out)
    assert "供数给" in labels
    assert "feeds" not in labels
