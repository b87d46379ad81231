"""Who may review, over time: the login is limited per address, tokens are compared in
constant time, and a session outlives a restart of the server but not a new token.

The real app on the real seed with a draft of a real report (儋州市人民法院, 2018); a
"restart" is a second app made on the same seed directory, as ``govkg serve`` would.
"""

from __future__ import annotations

import hmac
import re
import stat
from pathlib import Path

import pytest
from starlette.testclient import TestClient

from govkg.app import create_app
from govkg.graph.rdf import DEFAULT_BASE
from govkg.http import reviewlimit
from govkg.http.reviewaccess import COOKIE
from govkg.http.reviewkeys import SALT_FILE
from govkg.http.reviewlimit import ADDRESSES, LIMIT, WINDOW, Attempts, same_token
from govkg.http.settings import Settings
from govkg.ingest.write import ingest
from govkg.stores.sources import LocalSource

TOKEN = "review-" + "s" * 24
OTHER = "review-" + "o" * 24
REPORT = Path(__file__).parent / "fixtures/real-reports/10_danzhou-renmin-fayuan-2018.txt"
DOC = "danzhoushirenminfayuan-2018"
ACCEPT = [{"fact": f"funding_lines/{DOC}-zhichu", "action": "accept"}]


@pytest.fixture
def seed(seed_copy) -> Path:
    assert ingest(REPORT, seed_copy).document == DOC
    return seed_copy


def app(seed: Path, token: str = TOKEN):
    """A server on ``seed``, as ``govkg serve --review-token`` starts one."""
    source = LocalSource(seed, DEFAULT_BASE)
    return create_app(source.current(), Settings(review_token=token, sparql_workers=1), source)


def client(served, address: str = "203.0.113.7") -> TestClient:
    return TestClient(served, follow_redirects=False, client=(address, 40000))


def form_csrf(page: str) -> str:
    return re.search(r'name="csrf" value="([^"]+)"', page).group(1)


def log_in(browser: TestClient, token: str = TOKEN):
    form = browser.get("/review/login")
    assert form.status_code == 200
    return browser.post(
        "/review/login",
        data={"csrf": form_csrf(form.text), "token": token, "name": "甲", "next": "/review"},
    )


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_wrong_tokens_at_the_login_form_lock_the_address_out_for_a_while(seed):
    served, clock = app(seed), Clock()
    served.state.review_attempts = Attempts(clock=clock)
    with client(served) as guesser, client(served, "198.51.100.9") as reviewer:
        for attempt in range(LIMIT):
            clock.now += 1
            refused = log_in(guesser, TOKEN[:-1] + str(attempt))
            assert refused.status_code == 401, attempt
            assert COOKIE not in refused.cookies
        clock.now += 1
        locked = log_in(guesser)  # the right token, too late
        assert locked.status_code == 429
        wait = int(locked.headers["retry-after"])
        assert 0 < wait <= WINDOW
        assert wait == WINDOW - LIMIT  # until the first of the failures (5 s ago) is a window old
        assert f"请 {wait} 秒后再试" in locked.text
        assert COOKIE not in locked.cookies
        english = guesser.get("/review/login?lang=en")
        english = guesser.post(
            "/review/login?lang=en", data={"csrf": form_csrf(english.text), "token": TOKEN}
        )
        assert english.status_code == 429
        assert f"try again in {wait} seconds" in english.text
        # the API refuses the address too, whatever token it sends
        bearer = {"authorization": f"Bearer {TOKEN}"}
        api = guesser.get(f"/review/{DOC}.json", headers=bearer)
        assert api.status_code == 429
        assert api.headers["retry-after"] == str(wait)
        assert guesser.get("/review", headers=bearer).status_code == 429
        # another address is not held back by this one
        assert log_in(reviewer).status_code == 303
        clock.now += wait
        assert log_in(guesser).status_code == 303
        assert guesser.get(f"/review/{DOC}").status_code == 200


def test_wrong_bearer_tokens_count_as_failures_too(seed):
    served, clock = app(seed), Clock()
    served.state.review_attempts = Attempts(clock=clock)
    with client(served) as guesser:
        wrong = {"authorization": "Bearer " + "w" * 31}
        for _ in range(LIMIT):
            assert guesser.get(f"/review/{DOC}.json", headers=wrong).status_code == 401
        right = {"authorization": f"Bearer {TOKEN}"}
        assert guesser.get(f"/review/{DOC}.json", headers=right).status_code == 429
        assert guesser.post(f"/review/{DOC}", json=ACCEPT, headers=right).status_code == 429
        clock.now += WINDOW
        assert guesser.get(f"/review/{DOC}.json", headers=right).status_code == 200
        # a success does not count, nor does a request with no token
        for _ in range(LIMIT + 2):
            assert guesser.get(f"/review/{DOC}.json", headers=right).status_code == 200
            assert guesser.get(f"/review/{DOC}.json").status_code == 401
        assert guesser.get(f"/review/{DOC}.json", headers=right).status_code == 200


def test_the_addresses_remembered_are_bounded():
    clock = Clock()
    attempts = Attempts(clock=clock)
    for n in range(ADDRESSES + 50):
        attempts.failed(f"10.0.{n // 256}.{n % 256}")
    assert len(attempts) <= ADDRESSES
    assert attempts.retry_after(f"10.0.{(ADDRESSES + 49) // 256}.{(ADDRESSES + 49) % 256}") == 0
    clock.now += WINDOW
    attempts.failed("192.0.2.1")
    assert len(attempts) == 1  # the old failures are forgotten first


def test_tokens_are_compared_as_digests_of_one_length(seed, monkeypatch):
    compared: list[tuple[int, int]] = []
    real = hmac.compare_digest

    def spy(a, b):
        compared.append((len(a), len(b)))
        return real(a, b)

    monkeypatch.setattr(reviewlimit.hmac, "compare_digest", spy)
    assert same_token(TOKEN, TOKEN)
    for given in ("", TOKEN[:-1], TOKEN + "x", TOKEN.upper(), "审" * 40, TOKEN[:-1] + "\x00"):
        assert not same_token(given, TOKEN), given
    assert compared
    assert set(compared) == {(32, 32)}  # a guess's length does not change what is compared
    with client(app(seed)) as browser:  # a long or non-ASCII guess is a plain 401
        assert log_in(browser, "x" * 5000).status_code == 401
        assert log_in(browser, "令牌" * 12).status_code == 401
        odd = {"authorization": ("Bearer " + "é" * 30).encode("utf-8")}
        assert browser.get(f"/review/{DOC}.json", headers=odd).status_code == 401


def test_a_session_outlives_a_restart_and_ends_with_a_new_token(seed):
    with client(app(seed)) as first:
        assert log_in(first).status_code == 303
        cookie = first.cookies.get(COOKIE)
        csrf = re.search(r'data-csrf="([^"]+)"', first.get(f"/review/{DOC}").text).group(1)
    salt = seed / SALT_FILE
    assert len(salt.read_bytes()) == 32
    assert stat.S_IMODE(salt.stat().st_mode) == 0o600
    assert (salt.parent / ".gitignore").read_text() == "*\n"
    session = {"cookie": f"{COOKIE}={cookie}"}

    with client(app(seed)) as restarted:  # the same seed and token: still logged in
        page = restarted.get(f"/review/{DOC}", headers=session)
        assert page.status_code == 200
        assert f'data-csrf="{csrf}"' in page.text
        done = restarted.post(
            f"/review/{DOC}",
            json={"decisions": ACCEPT},
            headers={**session, "x-csrf-token": csrf},
        )
        assert done.status_code == 200, done.text

    with client(app(seed, OTHER)) as new_token:  # a new token ends every session
        assert new_token.get(f"/review/{DOC}", headers=session).status_code == 303
        refused = new_token.post(
            f"/review/{DOC}",
            json={"decisions": ACCEPT},
            headers={**session, "x-csrf-token": csrf},
        )
        assert refused.status_code == 401
        assert log_in(new_token, OTHER).status_code == 303

    salt.unlink()  # so does removing the salt, for the same token
    with client(app(seed)) as fresh:
        assert fresh.get(f"/review/{DOC}", headers=session).status_code == 303
        assert len(salt.read_bytes()) == 32
