"""The review pages and their login, through the real app on a draft of a real report.

A reviewer logs in with the review token through a form and gets a session cookie
(HttpOnly, SameSite=Strict, Secure over https, Path=/review); pages need the token or the
session; a cookie's POST needs the session's CSRF token; another site's POST is refused;
without a token configured every /review route is 404.
"""

from __future__ import annotations

import html
import json
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
import yaml
from starlette.testclient import TestClient

from govkg.app import create_app
from govkg.graph.rdf import DEFAULT_BASE
from govkg.http.reviewpages import pieces
from govkg.http.settings import Settings
from govkg.ingest.drafts.onfile import facts
from govkg.ingest.write import ingest
from govkg.stores.sources import LocalSource
from test_http_i18n import CJK, _texts

TOKEN = "review-" + "t" * 24
REPORT = Path(__file__).parent / "fixtures/real-reports/10_danzhou-renmin-fayuan-2018.txt"
DOC = "danzhoushirenminfayuan-2018"
UNREAD_REPORT = REPORT.with_name("67_youfu-fund-evaluation-template-trad.txt")
UNREAD_DOC = "weishumingdebaogaodanwei-year-unknown"  # names no unit, states no year
"""The parts of its fund (…资金包括…) say no kind of money: the rules list them unread."""
EVIL = "https://evil.example"


@pytest.fixture
def seed(seed_copy) -> Path:
    assert ingest(REPORT, seed_copy).document == DOC
    assert ingest(UNREAD_REPORT, seed_copy).document == UNREAD_DOC
    return seed_copy


def _unread(seed: Path, document: str) -> list[str]:
    """The ids of a draft's money figures the rules listed unread."""
    listed = facts(seed, document)["facts"]
    return [f["id"] for f in listed if f["kind"] == "money-figure" and f["values"].get("read") is False]


def _app(seed: Path, **settings):
    source = LocalSource(seed, DEFAULT_BASE)
    return create_app(source.current(), Settings(sparql_workers=1, **settings), source)


@pytest.fixture
def client(seed):
    with TestClient(_app(seed, review_token=TOKEN), follow_redirects=False) as client:
        yield client


def _form_csrf(page: str) -> str:
    return re.search(r'name="csrf" value="([^"]+)"', page).group(1)


def login(client, name: str = "审核员甲") -> str:
    """Log in through the form as a browser does; the session's CSRF token."""
    form = client.get("/review/login")
    assert form.status_code == 200
    done = client.post(
        "/review/login",
        data={"csrf": _form_csrf(form.text), "token": TOKEN, "name": name, "next": "/review"},
    )
    assert done.status_code == 303, done.text
    assert done.headers["location"] == "/review"
    page = client.get(f"/review/{DOC}")
    assert page.status_code == 200
    return re.search(r'data-csrf="([^"]+)"', page.text).group(1)


def _cookie_header(response, name: str) -> str:
    headers = response.headers.get_list("set-cookie")
    return next(h for h in headers if h.startswith(f"{name}="))


def _post(client, decisions, csrf: str | None = None, **headers):
    if csrf is not None:
        headers["x-csrf-token"] = csrf
    return client.post(f"/review/{DOC}", json={"decisions": decisions}, headers=headers)


def _draft_bytes(seed: Path) -> bytes:
    return (seed / f"{DOC}.yaml").read_bytes()


ACCEPT = [{"fact": f"funding_lines/{DOC}-zhichu", "action": "accept"}]


def test_every_review_route_is_404_without_a_token(seed):
    with TestClient(_app(seed), follow_redirects=False) as plain:
        for method, path in [
            ("GET", "/review"),
            ("GET", "/review/login"),
            ("POST", "/review/login"),
            ("POST", "/review/logout"),
            ("GET", f"/review/{DOC}"),
            ("GET", f"/review/{DOC}.json"),
            ("POST", f"/review/{DOC}"),
        ]:
            response = plain.request(method, path, headers={"authorization": f"Bearer {TOKEN}"})
            assert response.status_code == 404, (method, path)


def test_a_page_without_token_or_session_offers_the_login_form(client):
    for path in ["/review", f"/review/{DOC}", f"/review/{DOC}?lang=en"]:
        response = client.get(path)
        assert response.status_code == 303
        assert response.headers["location"].startswith("/review/login?next=/review")
    assert client.get(f"/review/{DOC}.json").status_code == 401
    assert client.post(f"/review/{DOC}", json={"decisions": ACCEPT}).status_code == 401


def test_the_bearer_token_opens_the_pages_too(client):
    page = client.get(f"/review/{DOC}", headers={"authorization": f"Bearer {TOKEN}"})
    assert page.status_code == 200
    wrong = client.get("/review", headers={"authorization": "Bearer " + "w" * 31})
    assert wrong.status_code == 401


def test_login_sets_a_session_cookie_httponly_strict_on_review_only(client, seed):
    form = client.get("/review/login")
    assert "httponly" in _cookie_header(form, "govkg_review_login").lower()
    done = client.post(
        "/review/login", data={"csrf": _form_csrf(form.text), "token": TOKEN, "next": "/review"}
    )
    cookie = _cookie_header(done, "govkg_review").lower()
    assert "httponly" in cookie
    assert "samesite=strict" in cookie
    assert "path=/review" in cookie
    assert "secure" not in cookie  # http: a Secure cookie would never come back
    assert TOKEN.lower() not in cookie
    assert client.get("/review").status_code == 200
    assert client.get(f"/review/{DOC}.json").json()["document"] == DOC


def test_over_https_the_session_cookie_is_secure(seed):
    app = _app(seed, review_token=TOKEN)
    with TestClient(app, base_url="https://testserver", follow_redirects=False) as client:
        form = client.get("/review/login")
        done = client.post("/review/login", data={"csrf": _form_csrf(form.text), "token": TOKEN})
        assert done.status_code == 303
        assert "; secure" in _cookie_header(done, "govkg_review").lower()


def test_a_wrong_token_is_refused_with_no_hint_and_no_session(client):
    form = client.get("/review/login")
    wrong = "review-" + "t" * 23 + "x"  # all but the last character right
    response = client.post("/review/login", data={"csrf": _form_csrf(form.text), "token": wrong})
    assert response.status_code == 401
    assert "令牌不正确" in response.text
    assert TOKEN not in response.text
    assert TOKEN[:-1] not in response.text
    assert not any(h.startswith("govkg_review=") for h in response.headers.get_list("set-cookie"))
    assert client.get("/review").status_code == 303


def test_the_login_form_carries_its_own_csrf_token(client):
    client.get("/review/login")
    response = client.post("/review/login", data={"csrf": "forged", "token": TOKEN})
    assert response.status_code == 403
    assert client.get("/review").status_code == 303  # no session was set


def test_a_cross_site_form_post_is_refused(client, seed):
    form = client.get("/review/login")
    response = client.post(
        "/review/login",
        data={"csrf": _form_csrf(form.text), "token": TOKEN},
        headers={"origin": EVIL},
    )
    assert response.status_code == 403
    csrf = login(client)
    before = _draft_bytes(seed)
    for headers in ({"origin": EVIL}, {"origin": "null"}, {"sec-fetch-site": "cross-site"}):
        assert _post(client, ACCEPT, csrf, **headers).status_code == 403, headers
    # a plain form another site sends (no JSON, no CSRF token)
    forged = client.post(
        f"/review/{DOC}",
        content=b"decisions=accept",
        headers={"origin": EVIL, "content-type": "application/x-www-form-urlencoded"},
    )
    assert forged.status_code == 403
    assert _draft_bytes(seed) == before
    # the same page's own origin is fine
    assert _post(client, ACCEPT, csrf, origin="http://testserver").status_code == 200


def test_a_cookie_post_needs_the_sessions_csrf_token(client, seed):
    csrf = login(client, name="审核员甲")
    before = _draft_bytes(seed)
    assert _post(client, ACCEPT).status_code == 403
    assert _post(client, ACCEPT, "not-" + csrf).status_code == 403
    assert _draft_bytes(seed) == before
    response = _post(client, ACCEPT, csrf)
    assert response.status_code == 200, response.text
    assert response.json()["awaitingReview"] == 48 - 1
    log = [json.loads(line) for line in (seed / "review-log.jsonl").read_text().splitlines()]
    assert log[-1]["who"] == "审核员甲"  # the session's name, not what the body says


def test_a_tampered_cookie_is_no_session(client):
    login(client)
    value = client.cookies["govkg_review"]
    head, signature = value.rsplit(".", 1)
    version, expires, csrf, name = head.split(".")
    later = f"{version}.{int(expires) + 10**6}.{csrf}.{name}.{signature}"
    client.cookies.clear()
    client.cookies.set("govkg_review", later)
    assert client.get("/review").status_code == 303
    client.cookies.clear()
    client.cookies.set("govkg_review", value)  # the real one still opens the pages
    assert client.get("/review").status_code == 200


def test_logout_needs_the_csrf_token_and_ends_the_session(client):
    csrf = login(client)
    assert client.post("/review/logout", data={"csrf": "wrong"}).status_code == 403
    assert client.get("/review").status_code == 200
    done = client.post("/review/logout", data={"csrf": csrf})
    assert done.status_code == 303
    assert "max-age=0" in _cookie_header(done, "govkg_review").lower()
    assert client.get("/review").status_code == 303


def test_the_index_lists_drafts_with_counts_by_kind(client):
    login(client)
    page = client.get("/review").text
    assert f'href="/review/{DOC}"' in page
    assert "儋州市人民法院2018年度部门整体支出绩效评价报告" in page
    listed = facts(client.app.state.source.path, DOC)
    assert f'<td class="num">{listed["awaitingReview"]}</td>' in page
    assert re.search(r"经费行 <b>12</b>", page)
    unread = len(_unread(client.app.state.source.path, UNREAD_DOC))
    assert unread > 0
    assert f"未读懂的金额 <b>{unread}</b>" in page
    english = client.get("/review?lang=en").text
    assert "Funding lines <b>12</b>" in english
    assert f"Unread money figures <b>{unread}</b>" in english


class _Page(HTMLParser):
    """The marks of the text (id, start, text, fact numbers) and the fact cards."""

    def __init__(self) -> None:
        super().__init__()
        self.pieces: list[dict] = []
        self.cards: dict[str, dict] = {}
        self.groups: list[str] = []
        self._in: dict | None = None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag in ("mark", "span") and "data-o" in a:
            self._in = {
                "id": a.get("id"),
                "start": int(a["data-o"]),
                "f": (a.get("data-f") or "").split(),
                "text": "",
            }
            self.pieces.append(self._in)
        elif tag == "article" and "data-fact" in a:
            self.cards[a["data-fact"]] = a
        elif tag == "section" and "data-group" in a:
            self.groups.append(a["data-group"])

    def handle_endtag(self, tag):
        if tag in ("mark", "span"):
            self._in = None

    def handle_data(self, data):
        if self._in is not None:
            self._in["text"] += data


def test_the_page_marks_every_span_split_where_they_overlap(client, seed):
    login(client)
    response = client.get(f"/review/{DOC}")
    parsed = _Page()
    parsed.feed(response.text)
    listed = facts(seed, DOC)
    document = next(f for f in listed["facts"] if f["kind"] == "document")
    text = (seed / document["values"]["file"]).read_text(encoding="utf-8")
    assert "".join(p["text"] for p in parsed.pieces) == text  # every character, once
    assert len(parsed.cards) == len(listed["facts"])
    overlapping = 0
    for fact in listed["facts"]:
        card = parsed.cards[fact["id"]]
        start, end = fact["sources"][0]["start"], fact["sources"][0]["end"]
        covered = [p for p in parsed.pieces if card["data-no"] in p["f"]]
        assert "".join(p["text"] for p in covered) == text[start:end], fact["id"]
        assert covered[0]["start"] == start
        assert card["data-mark"] == covered[0]["id"] == f"m-{start}"
        overlapping += any(len(p["f"]) > 1 for p in covered)
    assert overlapping >= 10  # this report's figures sit inside its funding lines' quotes
    assert parsed.groups == [
        "document", "unit", "project", "funding-line", "money-figure", "indicator",
    ]  # fmt: skip


def test_unread_figures_are_a_group_of_their_own_with_their_reason(client, seed):
    login(client)
    response = client.get(f"/review/{UNREAD_DOC}")
    parsed = _Page()
    parsed.feed(response.text)
    assert "unread" in parsed.groups
    unread = _unread(seed, UNREAD_DOC)
    assert len(unread) >= 2
    assert all(i in parsed.cards for i in unread)
    assert "a part of a fund&#x27;s composition (…资金包括…)" in response.text  # the reason


def test_the_page_runs_only_its_own_script_under_its_csp(client):
    login(client)
    response = client.get(f"/review/{DOC}")
    csp = response.headers["content-security-policy"]
    assert "script-src 'self'" in csp
    assert "connect-src 'self'" in csp
    assert "'unsafe-inline'" not in csp
    assert "frame-ancestors 'none'" in csp
    assert response.headers["cache-control"] == "no-store"
    assert re.findall(r"<script[^>]*>", response.text) == [
        '<script src="/static/review/review.js" defer>'
    ]
    assert " style=" not in response.text
    assert "<style" not in response.text
    assert client.get("/static/review/review.js").status_code == 200
    assert client.get("/static/review/review.css").status_code == 200


def test_the_page_is_chinese_by_default_and_english_with_lang_en(client):
    login(client)
    chinese = client.get(f"/review/{DOC}").text
    assert '<html lang="zh">' in chinese
    for text in ("报告原文", "抽取的事实", "接受", "驳回", "修改", "经费行"):
        assert text in chinese
    assert "未读懂的金额" in client.get(f"/review/{UNREAD_DOC}").text
    assert "Unread money" in client.get(f"/review/{UNREAD_DOC}?lang=en").text
    english = client.get(f"/review/{DOC}?lang=en").text
    assert '<html lang="en">' in english
    for text in ("Report text", "Extracted facts", "Accept", "Reject", "Edit"):
        assert text in english
    unmarked = [t for t, lang in _texts(english) if CJK.search(t) and lang != "zh"]
    assert unmarked == [], unmarked[:10]
    messages = json.loads(
        re.search(r'data-messages="([^"]+)"', english).group(1).replace("&quot;", '"')
    )
    assert messages["review.js.reload"] == "Reload"


def test_a_draft_laid_out_by_hand_or_missing_is_said_so(client, seed):
    login(client)
    assert client.get("/review/no-such-report").status_code == 404
    path = seed / f"{DOC}.yaml"
    path.write_text(path.read_text(encoding="utf-8") + "# a note by hand\n", encoding="utf-8")
    page = client.get(f"/review/{DOC}")
    assert page.status_code == 404
    assert "not laid out as `govkg ingest` writes a draft" in page.text.replace("&#96;", "`")
    assert "不能在此审核" in client.get("/review").text


@pytest.mark.parametrize(
    ("spans", "expected"),
    [
        ([(0, 4, 0, True), (1, 3, 1, True)], [("a", (0,)), ("bc", (0, 1)), ("d", (0,))]),
        ([(0, 2, 0, True), (1, 4, 1, True)], [("a", (0,)), ("b", (0, 1)), ("cd", (1,))]),
        ([(0, 4, 0, True), (0, 4, 1, True)], [("abcd", (0, 1))]),
        ([(1, 2, 0, True), (0, 4, 0, False)], [("a", ()), ("b", (0,)), ("cd", ())]),
        ([(2, 2, 0, True), (3, 9, 1, True)], [("abcd", ())]),
    ],
    ids=["nested", "crossing", "same", "context", "empty-and-outside"],
)
def test_pieces_keep_every_span(spans, expected):
    assert [(p.text, p.primary) for p in pieces("abcd", spans)] == expected


def test_the_draft_on_disk_is_what_ingest_wrote_until_someone_decides(client, seed):
    before = _draft_bytes(seed)
    login(client)
    client.get("/review")
    client.get(f"/review/{DOC}")
    assert _draft_bytes(seed) == before
    assert yaml.safe_load(before)["documents"][0]["provenance"] == "extracted"


def test_a_value_naming_another_record_shows_its_name(client, seed):
    """The report's issuing unit (and a line's parent…) by name, its id beside it."""
    login(client)
    page = client.get(f"/review/{DOC}").text
    listed = facts(seed, DOC)
    document = next(f for f in listed["facts"] if f["kind"] == "document")
    issuer = document["values"]["issuer"]
    unit = next(f for f in listed["facts"] if f["id"] == f"units/{issuer}")
    assert f"{html.escape(unit['values']['name'])} ({issuer})" in page


def test_a_share_names_the_figure_it_is_a_share_of(client, seed_copy):
    """占本年收入合计的93.54%: the card shows the base figure by its label and amount as
    written, its id beside it, not the bare id."""
    report = REPORT.with_name("44_daying-culture-tourism-bureau-2022.txt")
    document = ingest(report, seed_copy).document
    login(client)
    page = client.get(f"/review/{document}").text
    listed = {f["id"]: f["values"] for f in facts(seed_copy, document)["facts"]}
    share = next(v for v in listed.values() if v.get("stated_share") == "93.54")
    base = listed[f"money_figures/{share['share_of']}"]
    shown = f"{base['label']} {base['as_written']} ({share['share_of']})"
    assert html.escape(shown) in page
