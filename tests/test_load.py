"""A short bounded load on a real server: 32 clients, no errors, even with a runaway query."""

from __future__ import annotations

import httpx

from govkg.measure.loadtest import NOT_SPARQL, run_load


def test_32_clients_get_answers_and_no_errors(server_url):
    result = run_load(server_url, concurrency=32, seconds=2)
    print(result.summary())
    # Every client is answered, more than once; how fast is benchmarks/load.py's business
    # (a loaded CI machine answered 99 in 2 s where an idle one answers ~5,000).
    assert result.requests >= 2 * 32
    assert result.server_errors == 0
    assert set(result.statuses) == {200}


def test_cheap_questions_keep_answering_while_a_runaway_query_is_stopped(server_url):
    result = run_load(server_url, concurrency=32, seconds=3, pathological=1, mix=NOT_SPARQL)
    print(result.summary(), result.slow_statuses)
    assert result.server_errors == 0
    assert set(result.slow_statuses) == {503}
    assert httpx.get(f"{server_url}/health").json()["status"] == "ok"
