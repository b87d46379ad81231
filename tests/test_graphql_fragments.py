"""Fragments cannot make a small query expensive: each is measured once, the expanded size is
limited, and large work runs off the event loop, so /health keeps answering (real server)."""

from __future__ import annotations

import asyncio
import subprocess
import sys
import time

import httpx
import pytest
from graphql import parse
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from starlette.testclient import TestClient

import govkg
from govkg.api.cost import Limits, cost_errors
from govkg.api.execute import LIMITS
from govkg.app import create_app
from govkg.measure.loadtest import RUNAWAY_GRAPHQL, fragment_fan_out


@pytest.fixture(scope="module")
def client():
    with TestClient(create_app(govkg.open()), raise_server_exceptions=False) as test_client:
        yield test_client


def messages(document: str, limits: Limits = LIMITS) -> list[str]:
    return [error.message for error in cost_errors(parse(document), limits)]


def test_each_fragment_is_measured_once_whatever_it_expands_to():
    # 2**400 fields once expanded; measured in one pass over ~16 KB of text
    start = time.process_time()
    found = messages(fragment_fan_out(400))
    assert time.process_time() - start < 1
    assert found == [
        "'anonymous' expands to more than 2,000 fields once its fragments are spread; "
        "spread each fragment fewer times"
    ]


def test_depth_and_aliases_count_through_fragments():
    deep = "{ ...A } fragment A on Query { unit(name: \"x\") { ...B } } " + " ".join(
        f"fragment {a} on Unit {{ subunits {{ ...{b} }} }}"
        for a, b in zip("BCDEFGHIJKLM", "CDEFGHIJKLMN", strict=True)
    ) + " fragment N on Unit { name }"
    assert messages(deep) == ["'anonymous' exceeds maximum operation depth of 12"]
    aliases = "{ ...A ...B } fragment A on Query { " + " ".join(
        f"a{i}: __typename" for i in range(20)
    ) + " } fragment B on Query { ...A }"
    assert messages(aliases) == ["40 aliases found. Allowed: 30"]
    assert messages("query Q { documents { id } }") == []


def test_introspection_depth_is_not_counted_but_its_size_is():
    from graphql import get_introspection_query

    assert messages(get_introspection_query()) == []
    assert messages(get_introspection_query(), Limits(fields=50))


def test_cycles_and_unknown_fragments_are_left_to_graphql_core(client):
    cycle = "{ ...A } fragment A on Query { ...B } fragment B on Query { ...A __typename }"
    assert messages(cycle) == []
    answer = client.post("/graphql", json={"query": cycle}).json()
    assert "Cannot spread fragment 'A' within itself" in answer["errors"][0]["message"]
    unknown = client.post("/graphql", json={"query": "{ ...Nowhere }"}).json()
    assert "Unknown fragment 'Nowhere'" in unknown["errors"][0]["message"]


@pytest.mark.parametrize("n", [10, 20, 28, 40, 200])
def test_fragment_fan_out_is_refused_at_once_over_http(client, n):
    query = fragment_fan_out(n)
    start = time.monotonic()
    response = client.post("/graphql", json={"query": query})
    elapsed = time.monotonic() - start
    assert response.status_code < 500
    body = response.json()
    if n <= 10:  # 1,024 fields: within the limit, and execution merges repeated spreads
        assert body == {"data": {"__typename": "Query"}}
    elif n <= 40:
        assert "fields once its fragments are spread" in body["errors"][0]["message"]
    else:
        assert "more than 2000 tokens" in body["errors"][0]["message"]
    # milliseconds when idle; the bound holds on a loaded machine and still catches the
    # exponential walk (n = 20 took 10 s, n = 28 never ended)
    assert elapsed < 5, elapsed


def test_the_same_query_through_govkg_query_is_a_clear_error():
    result = subprocess.run(
        [sys.executable, "-m", "govkg.cli", "query", fragment_fan_out(28)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 1
    assert "expands to more than 2,000 fields" in result.stdout
    assert "Traceback" not in result.stderr


def test_govkg_query_refuses_such_a_text_before_opening_any_graph(tmp_path):
    """The refusal needs no graph, so it costs an import and a parse, not a seed load:
    pointed at data that does not exist, the answer is still the query's own error."""
    missing = tmp_path / "no-such-seed"
    result = subprocess.run(
        [sys.executable, "-m", "govkg.cli", "query", fragment_fan_out(40), "--data", missing],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 1
    assert "expands to more than 2,000 fields" in result.stdout
    assert str(missing) not in result.stdout + result.stderr


FRAGMENT_NAMES = [f"F{i}" for i in range(12)]
FIELDS = ["__typename", "x: __typename", "documents { id }", "units { totalCount }"]


@st.composite
def fragment_graphs(draw) -> str:
    """Up to 12 fragments on Query, each spreading others (cycles, fan-out, chains) and
    holding a few fields; the operation spreads some of them."""
    count = draw(st.integers(1, len(FRAGMENT_NAMES)))
    names = FRAGMENT_NAMES[:count]
    parts = []
    for name in names:
        spreads = draw(st.lists(st.sampled_from(names), max_size=4))
        fields = draw(st.lists(st.sampled_from(FIELDS), max_size=3))
        body = " ".join([*fields, *(f"...{s}" for s in spreads)]) or "__typename"
        parts.append(f"fragment {name} on Query {{ {body} }}")
    roots = draw(st.lists(st.sampled_from(names), min_size=1, max_size=3))
    return "{ " + " ".join(f"...{r}" for r in roots) + " } " + " ".join(parts)


SLOWEST: list[float] = [0.0]


@settings(
    deadline=None, derandomize=True, database=None, max_examples=150,
    suppress_health_check=list(HealthCheck),
)
@given(query=fragment_graphs())
def test_generated_fragment_graphs_are_answered_quickly_and_cleanly(client, query):
    start = time.monotonic()
    response = client.post("/graphql", json={"query": query})
    SLOWEST[0] = max(SLOWEST[0], time.monotonic() - start)
    assert response.status_code < 500, query
    assert "Traceback" not in response.text
    assert SLOWEST[0] < 5, (SLOWEST[0], query)  # see the bound above


async def _health_while(url: str, hostile: list[str]) -> tuple[float, list[float], list[int]]:
    """The longest /health answer while ``hostile`` queries are sent at once, with each
    hostile answer's time and status."""
    async with httpx.AsyncClient(base_url=url, timeout=30) as http:
        done = asyncio.Event()
        longest = 0.0

        async def probe() -> None:
            nonlocal longest
            while not done.is_set():
                start = time.monotonic()
                assert (await http.get("/health")).status_code == 200
                longest = max(longest, time.monotonic() - start)
                await asyncio.sleep(0.005)

        async def attack(query: str) -> tuple[float, int]:
            start = time.monotonic()
            response = await http.post("/graphql", json={"query": query})
            return time.monotonic() - start, response.status_code

        probing = asyncio.create_task(probe())
        await asyncio.sleep(0.05)
        answers = await asyncio.gather(*(attack(query) for query in hostile))
        done.set()
        await probing
        return longest, [t for t, _ in answers], [s for _, s in answers]


def test_health_keeps_answering_while_hostile_queries_run(server_url):
    hostile = [f"# {i}\n{q}" for i, q in enumerate(RUNAWAY_GRAPHQL * 2)]
    hostile += [f"# fan {n}\n{fragment_fan_out(n)}" for n in (20, 20, 28, 40)]
    longest, times, statuses = asyncio.run(_health_while(server_url, hostile))
    print(f"longest /health {longest * 1000:.1f} ms; slowest hostile {max(times):.2f} s")
    assert all(status < 500 for status in statuses), statuses
    # the figures are benchmarks/load.py's; here only that nothing waits for seconds
    assert longest < 1, longest
