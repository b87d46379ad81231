"""/export, /embed, /embed-data and /oembed through a real Starlette app and TestClient."""

from __future__ import annotations

import hashlib
import html.parser
import io
import json
import re
import shutil
import zipfile
from pathlib import Path
from types import SimpleNamespace
from urllib.parse import quote

import pytest
from rdflib import Graph
from starlette.applications import Starlette
from starlette.testclient import TestClient

from export_fixtures import FOCUS, NASTY, nasty_graph
from govkg.app import create_app
from govkg.core.errors import GovKGError
from govkg.exports import FORMATS
from govkg.http.exports import STATIC, export_routes, frame_ancestors

needs_dot = pytest.mark.skipif(shutil.which("dot") is None, reason="Graphviz is not installed (apt-get install -y graphviz)")


def client_for(kg, settings=None) -> TestClient:
    app = Starlette(routes=export_routes(kg, settings))
    app.state.kg = kg  # as create_app does: routes read the graph of the moment
    return TestClient(app)


@pytest.fixture(scope="module")
def client(kg) -> TestClient:
    return client_for(kg)


@pytest.mark.parametrize("fmt", list(FORMATS))
def test_every_format_downloads_with_its_type_and_filename(client, fmt):
    if fmt in ("svg", "png") and shutil.which("dot") is None:
        pytest.skip("Graphviz is not installed (apt-get install -y graphviz)")
    response = client.get(f"/export/{fmt}", params={"focus": FOCUS, "depth": 1})
    assert response.status_code == 200, response.text
    assert response.headers["content-type"] == FORMATS[fmt].media_type
    extension = FORMATS[fmt].extension
    assert response.headers["content-disposition"] == (
        f'attachment; filename="govkg-platform-yiwangtongguan-d1.{extension}"'
    )
    assert response.headers["x-content-type-options"] == "nosniff"
    assert "sandbox" in response.headers["content-security-policy"]
    assert response.content


def test_export_without_selection_is_the_whole_graph(client, kg):
    response = client.get("/export/nt")
    assert response.headers["content-disposition"] == 'attachment; filename="govkg.nt"'
    assert len(Graph().parse(data=response.content, format="nt")) == len(kg.graph)


def test_kind_filters_repeat_or_take_commas(client):
    one = client.get(
        "/export/csv", params=[("focus", FOCUS), ("kind", "unit"), ("kind", "project")]
    )
    two = client.get("/export/csv", params={"focus": FOCUS, "kind": "unit,project"})
    assert one.status_code == two.status_code == 200
    assert one.content == two.content
    assert one.headers["content-disposition"].endswith('-d1-project-unit.csv.zip"')
    nodes = zipfile.ZipFile(io.BytesIO(one.content)).read("nodes.csv").decode("utf-8-sig")
    assert {line.split(",")[1] for line in nodes.splitlines()[1:]} == {
        "unit",
        "project",
        "platform",
    }


@pytest.mark.parametrize(
    ("depth", "filename"),
    [("9", "d3"), ("-2", "d0"), ("2", "d2"), ("", "d1")],
    ids=["above", "below", "inside", "empty"],
)
def test_depth_is_clamped_to_0_to_3(client, depth, filename):
    response = client.get("/export/turtle", params={"focus": FOCUS, "depth": depth})
    assert response.status_code == 200
    assert f"-{filename}.ttl" in response.headers["content-disposition"]


@pytest.mark.parametrize(
    ("url", "status", "message"),
    [
        ("/export/xlsx", 404, "unknown export format 'xlsx'"),
        ("/export/csv?kind=planet", 400, "unknown kind 'planet'"),
        ("/export/csv?focus=platform/nowhere", 404, "no node with id or name 'platform/nowhere'"),
        ("/export/csv?focus=一网统管&depth=two", 400, "depth 'two' is not a whole number"),
    ],
    ids=["format", "kind", "focus", "depth"],
)
def test_bad_export_requests_are_4xx_with_a_reason(client, url, status, message):
    response = client.get(url)
    assert response.status_code == status
    assert message in response.text


def test_focus_may_be_a_name(client):
    response = client.get("/export/cytoscape", params={"focus": "一网统管"})
    assert response.status_code == 200
    assert json.loads(response.content)["data"]["focus"] == FOCUS


# embed page -----------------------------------------------------------------------------
class _Page(html.parser.HTMLParser):
    """Collects what a CSP reviewer looks for: scripts, inline handlers and styles, links."""

    def __init__(self) -> None:
        super().__init__()
        self.scripts: list[dict] = []
        self.inline: list[str] = []
        self.handlers: list[str] = []
        self.links: list[dict] = []
        self._in_script = False

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        if tag == "script":
            self.scripts.append(attributes)
            self._in_script = True
        if tag in ("style",) or "style" in attributes:
            self.inline.append(tag)
        self.handlers += [name for name in attributes if name.startswith("on")]
        if tag in ("link", "a"):
            self.links.append(attributes)

    def handle_endtag(self, tag):
        self._in_script = False if tag == "script" else self._in_script

    def handle_data(self, data):
        if self._in_script and data.strip():
            self.inline.append("script body")


def parse_page(text: str) -> _Page:
    page = _Page()
    page.feed(text)
    return page


def test_embed_page_has_no_inline_script_or_style(client):
    response = client.get(f"/embed/{FOCUS}")
    assert response.status_code == 200
    page = parse_page(response.text)
    assert page.inline == []
    assert page.handlers == []
    sources = [s["src"] for s in page.scripts]
    assert sources == [
        "/static/vendor/cytoscape/cytoscape.min.js",
        "/static/vendor/cytoscape/layout-base.js",
        "/static/vendor/cytoscape/cose-base.js",
        "/static/vendor/cytoscape/cytoscape-fcose.js",
        "/static/embed/embed.js",
    ]
    for source in sources:
        served = client.get(source)
        assert served.status_code == 200
        assert served.headers["content-type"].startswith("text/javascript")
        assert served.headers["x-content-type-options"] == "nosniff"


def test_embed_page_headers_restrict_scripts_and_framing(client):
    response = client.get(f"/embed/{FOCUS}")
    policy = dict(
        part.strip().split(" ", 1)
        for part in response.headers["content-security-policy"].split(";")
    )
    assert policy["default-src"] == "'none'"
    assert policy["script-src"] == "'self'"
    assert policy["style-src"] == "'self'"
    assert policy["connect-src"] == "'self'"
    assert policy["frame-ancestors"] == "*"  # any portal may embed it, by default
    assert response.headers["x-content-type-options"] == "nosniff"


def test_frame_ancestors_come_from_the_settings_allow_list(kg):
    settings = SimpleNamespace(frame_ancestors=("'self'", "https://portal.yiyang.gov.cn"))
    response = client_for(kg, settings).get(f"/embed/{FOCUS}")
    assert (
        "frame-ancestors 'self' https://portal.yiyang.gov.cn"
        in (response.headers["content-security-policy"])
    )


@pytest.mark.parametrize(
    "source", ["**", "https://a.example; script-src *", "javascript:", "'unsafe-inline'"]
)
def test_frame_ancestors_refuse_anything_but_origins(source):
    with pytest.raises(GovKGError, match="frame ancestor"):
        frame_ancestors(SimpleNamespace(frame_ancestors=(source,)))


def test_embed_page_shows_the_focus_with_its_citations_and_a_link_back(client, kg):
    text = client.get(f"/embed/{FOCUS}").text
    assert '<h1 id="p-name">一网统管</h1>' in text
    for citation in kg.catalog.nodes[FOCUS].sources:
        assert f"<blockquote>{citation.quote}</blockquote>" in text
    assert f'href="/id/{FOCUS}"' in text
    page = parse_page(text)
    oembed = next(link for link in page.links if link.get("type") == "application/json+oembed")
    # absolute: a portal's server reads it from another origin
    assert oembed["href"] == "http://testserver/oembed?url=" + quote(
        f"http://testserver/embed/{FOCUS}", safe=""
    )


def test_embed_page_escapes_hostile_labels(kg):
    text = client_for(nasty_graph(kg)).get(f"/embed/{FOCUS}").text
    assert "<script>alert" not in text
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in text
    assert "\x07" not in text
    assert len(parse_page(text).scripts) == 5


def test_unknown_embed_is_404(client):
    assert client.get("/embed/platform/nowhere").status_code == 404
    assert client.get("/embed-data/platform/nowhere").status_code == 404


def test_embed_data_gives_nodes_facts_citations_and_styles(client, kg):
    answer = client.get(f"/embed-data/{FOCUS}", params={"depth": 1}).json()
    assert answer["focus"] == FOCUS
    nodes = {n["id"]: n for n in answer["nodes"]}
    assert {n.id for n in kg.service.neighbours(FOCUS, 1)} <= set(nodes)
    focus = nodes[FOCUS]
    assert focus["name"] == "一网统管"
    assert focus["href"] == f"/id/{FOCUS}"
    assert [c["quote"] for c in focus["citations"]] == [
        c.quote for c in kg.catalog.nodes[FOCUS].sources
    ]
    facts = dict(focus["facts"])
    assert facts["分摊"] == "220.356666 万元（2,203,566.66 元） · 按规则分摊"
    feed = next(e for e in answer["edges"] if e["source"] == "unit/shiwei-zhengfawei")
    assert feed["costly"]
    assert feed["label"] == "供数给\n¥550,891.66"
    with TestClient(create_app(kg)) as app:  # the app's middleware picks the language
        english = app.get(f"/embed-data/{FOCUS}", params={"depth": 1, "lang": "en"}).json()
    focus_en = next(n for n in english["nodes"] if n["id"] == FOCUS)
    assert dict(focus_en["facts"])["Allocated cost"] == (
        "CNY 2,203,566.66 (220.356666 万元) · allocated"
    )
    feed_en = next(e for e in english["edges"] if e["source"] == "unit/shiwei-zhengfawei")
    assert feed_en["label"] == "feeds\n¥550,891.66"
    assert set(answer["styles"]) >= {"unit", "platform", "project", "funding-line"}


def test_embed_data_depth_is_clamped_to_0_to_2(client):
    assert client.get(f"/embed-data/{FOCUS}", params={"depth": 7}).json()["depth"] == 2
    assert len(client.get(f"/embed-data/{FOCUS}", params={"depth": -1}).json()["nodes"]) == 1


# oEmbed ---------------------------------------------------------------------------------
@pytest.mark.parametrize("path", [f"/embed/{FOCUS}", f"/id/{FOCUS}"], ids=["embed", "id"])
def test_oembed_gives_a_rich_iframe_for_embed_and_id_urls(client, path):
    response = client.get("/oembed", params={"url": f"http://testserver{path}"})
    assert response.status_code == 200
    answer = response.json()
    assert answer["version"] == "1.0"
    assert answer["type"] == "rich"
    assert answer["title"] == "一网统管"
    assert (answer["width"], answer["height"]) == (800, 500)
    assert answer["html"].startswith(f'<iframe src="http://testserver/embed/{FOCUS}" ')
    assert 'width="800" height="500"' in answer["html"]


def test_oembed_accepts_the_graphs_own_iri(client, kg):
    response = client.get("/oembed", params={"url": kg.catalog.nodes[FOCUS].iri})
    assert response.status_code == 200
    assert f"http://testserver/embed/{FOCUS}" in response.json()["html"]


def test_oembed_respects_maxwidth_and_maxheight(client):
    answer = client.get(
        "/oembed",
        params={"url": f"http://testserver/embed/{FOCUS}", "maxwidth": 640, "maxheight": 2000},
    ).json()
    assert (answer["width"], answer["height"]) == (640, 500)


@pytest.mark.parametrize(
    ("params", "status"),
    [
        ({}, 400),
        ({"url": f"https://elsewhere.example/embed/{FOCUS}"}, 404),
        ({"url": "http://testserver/embed/platform/nowhere"}, 404),
        ({"url": "http://testserver/export/svg"}, 404),
        ({"url": f"http://testserver/embed/{FOCUS}", "format": "xml"}, 501),
        ({"url": f"http://testserver/embed/{FOCUS}", "maxwidth": "wide"}, 400),
    ],
    ids=["no-url", "foreign-host", "unknown-node", "not-embeddable", "xml", "bad-width"],
)
def test_oembed_refuses_what_it_cannot_embed(client, params, status):
    assert client.get("/oembed", params=params).status_code == status


def test_oembed_html_escapes_the_title(kg):
    answer = (
        client_for(nasty_graph(kg))
        .get("/oembed", params={"url": f"http://testserver/embed/{FOCUS}"})
        .json()
    )
    assert answer["title"] == NASTY
    assert "<script>" not in answer["html"]
    assert re.fullmatch(r"<iframe [^<>]*></iframe>", answer["html"])


# vendored library -------------------------------------------------------------------------
def test_vendored_scripts_match_their_recorded_checksums():
    folder = STATIC / "vendor" / "cytoscape"
    recorded = dict(
        reversed(line.split())
        for line in (folder / "README.md").read_text(encoding="utf-8").splitlines()
        if re.fullmatch(r"\s+[0-9a-f]{64}\s+\S+\.js", line)
    )
    assert set(recorded) == {p.name for p in folder.glob("*.js")}
    for name, digest in recorded.items():
        assert hashlib.sha256((folder / name).read_bytes()).hexdigest() == digest, name
    licences = {p.name for p in folder.glob("LICENSE*")}
    assert licences == {
        "LICENSE", "LICENSE.layout-base", "LICENSE.cose-base", "LICENSE.cytoscape-fcose",
    }  # fmt: skip


def test_static_files_do_not_escape_their_folder(client):
    assert client.get("/static/embed/%2e%2e/%2e%2e/http/exports.py").status_code == 404
    assert client.get("/static/embed/%2e%2e/govkg.css").status_code == 404
    assert Path(STATIC / "embed" / "embed.js").is_file()


@needs_dot
def test_pictures_are_cached_per_graph_version(client):
    first = client.get("/export/svg", params={"focus": FOCUS})
    second = client.get("/export/svg", params={"focus": FOCUS})
    assert first.content == second.content


def test_embed_origins_restrict_framing_from_flags_and_environment():
    from govkg.http.settings import Settings

    flagged = Settings.from_env({}, frame_ancestors=["'self',https://portal.example.gov.cn/"])
    assert frame_ancestors(flagged) == "'self' https://portal.example.gov.cn"
    named = Settings.from_env({"GOVKG_EMBED_ORIGINS": "https://a.example, https://b.example"})
    assert frame_ancestors(named) == "https://a.example https://b.example"
    assert frame_ancestors(Settings.from_env({})) == "*"
