"""The review pages read in Chinese by default and in English with ``?lang=en``.

Every review page (the login form, the list of drafts, a draft, a draft of unknown year,
the form after a wrong token) is checked both ways on drafts of real reports: ``<html
lang>`` names the language, the page's own words are in it (none of the other language's
words of the review texts shows), Chinese data on an English page is marked ``lang="zh"``,
English data on a Chinese page ``lang="en"``, and links keep the language.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from starlette.testclient import TestClient

from govkg.app import create_app
from govkg.graph.rdf import DEFAULT_BASE
from govkg.http.i18n import MESSAGES
from govkg.http.settings import Settings
from govkg.ingest.write import ingest
from govkg.stores.sources import LocalSource
from test_http_i18n import CJK, _texts

TOKEN = "review-" + "l" * 24
FIXTURES = Path(__file__).parent / "fixtures/real-reports"
DOC = "danzhoushirenminfayuan-2018"
HEADINGS = {
    "login": ("review.login.title", "review.login.token"),
    "index": ("review.index.title", "review.index.awaiting"),
    "draft": ("review.text", "review.facts", "review.accept", "review.group.funding-line"),
    "unknown": ("review.year_unknown", "fact.fiscal_year", "review.edit"),
}


@pytest.fixture(scope="module")
def pages(tmp_path_factory):
    """Each review page in each language, read by a logged-in reviewer (the login form and
    its refusal by one who is not)."""
    import shutil

    from govkg.answers.kg import bundled_seed

    seed = tmp_path_factory.mktemp("language") / "seed"
    shutil.copytree(bundled_seed(), seed)
    assert ingest(FIXTURES / "10_danzhou-renmin-fayuan-2018.txt", seed).document == DOC
    unknown = ingest(FIXTURES / "35_xizang-fao-video-conf-2023.txt", seed).document
    source = LocalSource(seed, DEFAULT_BASE)
    app = create_app(source.current(), Settings(review_token=TOKEN, sparql_workers=1), source)
    found: dict[tuple[str, str], str] = {}
    with TestClient(app, follow_redirects=False) as client:
        for lang, query in (("zh", ""), ("en", "?lang=en")):
            form = client.get(f"/review/login{query}")
            assert form.status_code == 200
            found["login", lang] = form.text
            csrf = re.search(r'name="csrf" value="([^"]+)"', form.text).group(1)
            wrong = client.post(f"/review/login{query}", data={"csrf": csrf, "token": "x" * 30})
            assert wrong.status_code == 401
            found["refused", lang] = wrong.text
        form = client.get("/review/login")
        csrf = re.search(r'name="csrf" value="([^"]+)"', form.text).group(1)
        done = client.post("/review/login", data={"csrf": csrf, "token": TOKEN})
        assert done.status_code == 303
        for lang, query in (("zh", ""), ("en", "?lang=en")):
            for name, path in (
                ("index", "/review"),
                ("draft", f"/review/{DOC}"),
                ("unknown", f"/review/{unknown}"),
            ):
                response = client.get(path + query)
                assert response.status_code == 200, (path, lang)
                found[name, lang] = response.text
    return found


NAMES = ["login", "refused", "index", "draft", "unknown"]


@pytest.mark.parametrize("name", NAMES)
def test_a_review_page_is_chinese_by_default(pages, name):
    page = pages[name, "zh"]
    assert '<html lang="zh">' in page
    for key in HEADINGS.get(name, HEADINGS["login"]):
        assert MESSAGES["zh"][key] in page, key
    if name == "refused":
        assert MESSAGES["zh"]["review.login.wrong"] in page
    # no English words of the review texts on the Chinese page
    shown = [t for t, _ in _texts(page)]
    english = {
        v for k, v in MESSAGES["en"].items()
        if k.startswith("review.") and not k.startswith("review.js.") and len(v) > 8
        and v != MESSAGES["zh"][k]
    }  # fmt: skip
    assert [v for v in english if any(v in t for t in shown)] == []
    # English data on a Chinese page (a reason, a problem) says it is English
    unmarked = [
        t
        for t, lang in _texts(page)
        if lang != "en" and re.search(r"[a-z]{3,} [a-z]{3,} [a-z]{3,}", t)
    ]
    assert unmarked == [], unmarked[:5]


@pytest.mark.parametrize("name", NAMES)
def test_a_review_page_is_english_with_lang_en(pages, name):
    page = pages[name, "en"]
    assert '<html lang="en">' in page
    for key in HEADINGS.get(name, HEADINGS["login"]):
        assert MESSAGES["en"][key] in page, key
    if name == "refused":
        assert MESSAGES["en"]["review.login.wrong"] in page
    # every Chinese text on it is data, marked as Chinese
    unmarked = [t for t, lang in _texts(page) if CJK.search(t) and lang != "zh"]
    assert unmarked == [], unmarked[:10]
    # its links and forms keep the language (but the one that switches to Chinese)
    switch = re.findall(r'<a href="([^"]+)" hreflang="zh"', page)
    assert len(switch) == 1
    assert "lang=zh" in switch[0]
    for target in re.findall(r'(?:href|action)="(/review[^"]*)"', page):
        assert "lang=en" in target or target == switch[0], target
