"""Atomic reload: a good edit swaps the graph in one step; a corrupt one changes nothing."""

from __future__ import annotations

import time

from conftest import ADMIN_TOKEN
from govkg.graph.rdf import DEFAULT_BASE
from govkg.stores.sources import LocalSource

TOKEN = ADMIN_TOKEN
NAME = '{ unit(name: "bdc-zonghe-ke") { name } }'


def reload(client, token=TOKEN, **headers):
    return client.post("/admin/reload", headers={"authorization": f"Bearer {token}", **headers})


def ask(client, query):
    return client.post("/graphql", json={"query": query}).json()["data"]


def test_reload_needs_the_token_and_refuses_browsers(served):
    client, _ = served
    assert client.post("/admin/reload").status_code == 401
    assert reload(client, token="wrong-token-of-some-length").status_code == 401
    assert reload(client, origin="https://portal.example").status_code == 403


def test_a_corrupt_seed_leaves_the_old_graph_and_version_served(served):
    client, seed = served
    before = client.get("/health").json()["version"]
    etag = client.get("/", headers={"accept": "text/html"}).headers["etag"]
    units = seed / "units.yaml"
    units.write_text(
        units.read_text(encoding="utf-8").replace(
            "    name: 综合科\n", "    name: 综合科\n    colour: red\n", 1
        ),
        encoding="utf-8",
    )
    response = reload(client)
    assert response.status_code == 422
    assert any(
        p.startswith("seed/units.yaml:") and "'colour'" in p for p in response.json()["problems"]
    )
    assert client.get("/health").json()["version"] == before
    assert (
        client.get("/", headers={"accept": "text/html", "if-none-match": etag}).status_code == 304
    )
    assert ask(client, NAME) == {"unit": {"name": "综合科"}}


def test_a_good_edit_is_served_after_reload_with_a_new_version(served):
    client, seed = served
    before = client.get("/health").json()["version"]
    units = seed / "units.yaml"
    units.write_text(
        units.read_text(encoding="utf-8").replace(
            "    name_en: General Affairs Section\n", "    name_en: General Office Section\n", 1
        ),
        encoding="utf-8",
    )
    response = reload(client)
    assert response.status_code == 200, response.text
    assert response.json()["previous"] == before
    assert client.get("/health").json()["version"] == response.json()["version"] != before
    assert ask(client, '{ unit(name: "General Office Section") { name } }') == {
        "unit": {"name": "综合科"}
    }


def eventually(check, seconds: float = 15.0) -> None:
    """Wait for what the watching thread does in the background."""
    deadline = time.monotonic() + seconds
    while not check():
        assert time.monotonic() < deadline, f"not within {seconds} s"
        time.sleep(0.02)


def test_watch_picks_up_good_edits_and_ignores_broken_ones(seed_copy, caplog):
    source = LocalSource(seed_copy, DEFAULT_BASE, watch=True)
    first = source.current()
    units = seed_copy / "units.yaml"
    original = units.read_text(encoding="utf-8")
    units.write_text(
        original.replace("    category: section\n", "    category: nope\n", 1), encoding="utf-8"
    )
    eventually(lambda: "category" in (source.last_error or ""))
    assert source.current() is first
    assert f"reload refused, still serving version {first.version}" in caplog.text
    units.write_text(
        original.replace("General Affairs Section", "General Services Section", 1), encoding="utf-8"
    )
    eventually(lambda: source.current() is not first)
    second = source.current()
    source.close()
    assert source.last_error is None
    assert second.version != first.version
    assert second.service.lookup("General Services Section").name == "综合科"


def test_the_old_graph_is_let_go_after_a_reload(served):
    import gc
    import time
    import weakref

    client, _ = served
    ask(client, '{ feeds(platform: "一网统管") { nodes { unit { name } } } }')
    old = weakref.ref(client.app.state.kg)
    assert reload(client).status_code == 200
    deadline = time.monotonic() + 10
    while old() is not None and time.monotonic() < deadline:
        time.sleep(0.1)
        gc.unfreeze()
        gc.collect()
    assert old() is None
