"""Pages speak Chinese by default and English one click away, marked with matching ``lang``."""

from __future__ import annotations

import html
import re
import string
from html.parser import HTMLParser

import pytest
from starlette.testclient import TestClient

from govkg.app import create_app
from govkg.http.i18n import MESSAGES, READING, money

PLATFORM = "platform/yiwangtongguan"
CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef]")
BROWSER = {"accept": "text/html,application/xhtml+xml,*/*;q=0.8"}


@pytest.fixture(scope="module")
def client(kg):
    with TestClient(create_app(kg)) as client:
        yield client


def _relation(kg) -> str:
    return kg.service.feeds(platform="一网统管")[0].id


# each page, and a text only its Chinese and only its English version shows
PAGES = [
    ("/", "图谱内容", "What the graph holds"),
    (f"/id/{PLATFORM}", "<h2>关系</h2>", "<h2>Relations</h2>"),
    ("RELATION", "<strong>供数给</strong>", "<strong>feeds</strong>"),
    ("/id/platform/no-such-thing", "未找到", "Not found"),
    (f"/embed/{PLATFORM}", ">适应</button>", ">Fit</button>"),
    ("/graphql", "正在加载 GraphiQL", "Loading GraphiQL"),
    ("/browse/funding-lines", "<h1>经费行</h1>", "<h1>Funding lines</h1>"),
    ("/search?q=yiwangtongguan", "按类别分组", "by kind"),
]
IDS = ["landing", "entity", "relation", "not-found", "embed", "graphiql", "browse", "search"]


def _path(kg, path: str) -> str:
    return f"/id/{_relation(kg)}" if path == "RELATION" else path


def _html_lang(text: str) -> str:
    return re.search(r'<html lang="([^"]+)"', text).group(1)


@pytest.mark.parametrize(("path", "zh", "en"), PAGES, ids=IDS)
def test_every_page_is_chinese_by_default(client, kg, path, zh, en):
    page = client.get(_path(kg, path), headers=BROWSER)
    assert _html_lang(page.text) == "zh"
    assert zh in page.text
    assert en not in page.text
    # negotiated: a cache must keep the languages apart
    assert "accept-language" in page.headers["vary"].lower()


@pytest.mark.parametrize(("path", "zh", "en"), PAGES, ids=IDS)
def test_english_is_one_click_away(client, kg, path, zh, en):
    page = client.get(_path(kg, path), headers=BROWSER)
    switch = re.search(r'<a [^>]*href="([^"]+)"[^>]*hreflang="en"', page.text)
    assert switch, "no link to the English page"
    english = client.get(html.unescape(switch.group(1)), headers=BROWSER)
    assert _html_lang(english.text) == "en"
    assert en in english.text
    assert zh not in english.text


@pytest.mark.parametrize(("path", "zh", "en"), PAGES, ids=IDS)
@pytest.mark.parametrize(
    "accept_language", ["en", "en-GB,en;q=0.9,zh-CN;q=0.5", "fr, en;q=0.3, zh;q=0.2"]
)
def test_a_browser_preferring_english_gets_english(client, kg, path, zh, en, accept_language):
    page = client.get(_path(kg, path), headers={**BROWSER, "accept-language": accept_language})
    assert _html_lang(page.text) == "en"
    assert en in page.text
    assert "accept-language" in page.headers["vary"].lower()


@pytest.mark.parametrize("accept_language", ["zh-CN,zh;q=0.9,en;q=0.8", "fr", "en;q=0, *"])
def test_chinese_wins_unless_english_is_preferred(client, accept_language):
    page = client.get("/", headers={"accept-language": accept_language})
    assert _html_lang(page.text) == "zh"


def test_an_explicit_choice_beats_the_header_and_stays_on_the_pages_links(client):
    page = client.get(f"/id/{PLATFORM}?lang=en", headers={"accept-language": "zh-CN"})
    assert _html_lang(page.text) == "en"
    assert "accept-language" not in page.headers.get("vary", "").lower()
    entity_links = re.findall(r'href="(/id/[^"]+)"(?![^>]*hreflang)', page.text)
    assert entity_links
    assert all(link.endswith("?lang=en") for link in entity_links), entity_links[:5]
    chinese = client.get(f"/id/{PLATFORM}?lang=zh", headers={"accept-language": "en"})
    assert _html_lang(chinese.text) == "zh"
    links = re.findall(r'href="(/id/[^"]+)"(?![^>]*hreflang)', chinese.text)
    assert links
    assert all(link.endswith("?lang=zh") for link in links), links[:5]


def test_negotiated_pages_have_one_etag_per_language(client):
    english = client.get("/", headers={"accept-language": "en"})
    chinese = client.get("/", headers={"accept-language": "zh"})
    assert english.headers["etag"] != chinese.headers["etag"]
    stale = client.get(
        "/", headers={"accept-language": "zh", "if-none-match": english.headers["etag"]}
    )
    assert stale.status_code == 200
    assert _html_lang(stale.text) == "zh"
    fresh = client.get(
        "/", headers={"accept-language": "en", "if-none-match": english.headers["etag"]}
    )
    assert fresh.status_code == 304
    assert "accept-language" in fresh.headers["vary"].lower()


class _Texts(HTMLParser):
    """Each text of <body> with the ``lang`` of its nearest element that has one."""

    VOID = frozenset({"br", "img", "meta", "link", "input", "hr", "wbr", "source"})

    def __init__(self) -> None:
        super().__init__()
        self.stack: list[tuple[str, str | None]] = []
        self.found: list[tuple[str, str]] = []
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in self.VOID:
            return
        self.stack.append((tag, dict(attrs).get("lang")))
        if tag in ("head", "script", "style"):
            self.skip += 1

    def handle_endtag(self, tag):
        if tag in self.VOID:
            return
        while self.stack:
            open_tag, _ = self.stack.pop()
            if open_tag in ("head", "script", "style"):
                self.skip -= 1
            if open_tag == tag:
                break

    def handle_data(self, data):
        if self.skip or not data.strip():
            return
        lang = next((lang for _, lang in reversed(self.stack) if lang), "")
        self.found.append((data.strip(), lang))


def _texts(page: str) -> list[tuple[str, str]]:
    parser = _Texts()
    parser.feed(page)
    return parser.found


ENTITY_PAGES = [
    "/",
    f"/id/{PLATFORM}",
    "/id/unit/yiyang-bdc",
    "/id/document/yiyang-bdc-2023",
    "FUNDING",
    "RELATION",
    f"/embed/{PLATFORM}",
    "/browse",
    "/browse/funding-lines",
    "/browse/units",
    "/browse/feeds",
    "/search",
]


@pytest.mark.parametrize("path", ENTITY_PAGES)
def test_chinese_text_on_an_english_page_is_marked_chinese(client, kg, path):
    if path == "FUNDING":
        path = f"/id/{kg.catalog.ids_of_kind('funding-line')[0]}"
    page = client.get(f"{_path(kg, path)}?lang=en", headers=BROWSER)
    assert page.status_code == 200
    unmarked = [text for text, lang in _texts(page.text) if CJK.search(text) and lang != "zh"]
    assert unmarked == [], unmarked[:10]


@pytest.mark.parametrize("path", [f"/id/{PLATFORM}", "/id/unit/yiyang-bdc"])
def test_english_names_on_a_chinese_page_are_marked_english(client, kg, path):
    node = kg.catalog.nodes[path.removeprefix("/id/")]
    texts = _texts(client.get(path).text)
    assert (node.name_en, "en") in texts
    assert (node.name, "zh") in texts


def test_money_shows_both_wan_yuan_and_yuan(client, kg):
    line_id = kg.catalog.ids_of_kind("funding-line")[0]
    line = kg.catalog.lines[line_id]
    chinese = html.unescape(client.get(f"/id/{line_id}").text)
    assert money(line.amount, "zh") in chinese
    assert f"{line.amount / 10000:,}".rstrip("0").rstrip(".") in chinese
    english = html.unescape(re.sub(r"<[^>]+>", "", client.get(f"/id/{line_id}?lang=en").text))
    assert money(line.amount, "en") in english
    assert f"CNY {line.amount:,.2f}" in english


def test_embed_data_follows_the_page_language(client):
    chinese = client.get(f"/embed-data/{PLATFORM}?depth=1&lang=zh").json()
    english = client.get(f"/embed-data/{PLATFORM}?depth=1&lang=en").json()
    focus = {n["id"]: n for n in chinese["nodes"]}[PLATFORM]
    focus_en = {n["id"]: n for n in english["nodes"]}[PLATFORM]
    assert focus["kindLabel"] == "平台/系统"
    assert focus_en["kindLabel"] == "Platform"
    assert [label for label, _ in focus["facts"]][-1] == "编号"
    assert [label for label, _ in focus_en["facts"]][-1] == "ID"
    assert {e["label"].split("\n")[0] for e in english["edges"]} & {"feeds"}
    assert {e["label"].split("\n")[0] for e in chinese["edges"]} & {"供数给"}


def _fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def test_both_catalogues_have_the_same_texts_and_placeholders():
    assert MESSAGES["zh"].keys() == MESSAGES["en"].keys()
    for key, text in MESSAGES["zh"].items():
        assert _fields(text) == _fields(MESSAGES["en"][key]), key
        assert CJK.search(text) or key in {"nav.switch", "nav.switch.title"}, (
            f"zh {key} has no Chinese: {text!r}"
        )
    assert READING["zh"].keys() == READING["en"].keys()


def test_the_sparql_page_speaks_the_readers_language(client):
    """Translated now (tests/test_sparql_people.py holds its words); it offers the switch."""
    page = client.get("/sparql", headers={**BROWSER, "accept-language": "zh-CN"})
    assert _html_lang(page.text) == "zh"
    assert 'hreflang="en"' in page.text


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_the_landing_downloads_speak_the_page_language(client, lang):
    """Picture links name the page's language (a saved link draws the same words), and each
    format is described in the page's language."""
    page = client.get("/", headers={**BROWSER, "accept-language": lang})
    downloads = page.text.split("/export/", 1)[1].split("</ul>", 1)[0]
    pictures = dict(re.findall(r'(dot|svg|png)\?lang=(zh|en)"', downloads))
    assert pictures == {"dot": lang, "svg": lang, "png": lang}
    assert not re.search(r'/export/(?:turtle|csv|sankey)\?', page.text)
    descriptions = re.findall(r"<span class='muted'>([^<]+)</span>", downloads)
    assert len(descriptions) >= 16
    for description in descriptions:
        assert bool(CJK.search(html.unescape(description))) == (lang == "zh"), description
    drawn = client.get(f"/export/dot?lang={lang}").text
    assert ('"legend:unit" [label="单位"' in drawn) == (lang == "zh")
    assert ('"legend:unit" [label="Unit"' in drawn) == (lang == "en")
