"""A long GraphQL job in the lane makes way for the event loop only while others wait."""

from __future__ import annotations

import anyio
import pytest
from starlette.testclient import TestClient

from govkg.app import create_app
from govkg.http import lane as lanes
from govkg.http.lane import Lane, Traffic
from govkg.measure.loadtest import RUNAWAY_GRAPHQL


class Clock:
    """perf_counter and sleep that advance by hand, so the test is not timed."""

    def __init__(self) -> None:
        self.now, self.slept = 0.0, []

    def perf_counter(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.slept.append(seconds)
        self.now += seconds


@pytest.fixture
def clock(monkeypatch) -> Clock:
    clock = Clock()
    monkeypatch.setattr(lanes.time, "perf_counter", clock.perf_counter)
    monkeypatch.setattr(lanes.time, "sleep", clock.sleep)
    return clock


def test_a_job_alone_never_rests(clock):
    lane = Lane(1, wait=1, traffic=Traffic())
    lane.running = lane.traffic.in_flight = 1  # the job's own request
    pace = lane.pace()
    for _ in range(100):
        clock.now += 0.001
        pace()
    assert clock.slept == []


def test_a_job_rests_after_each_slice_while_others_wait(clock):
    lane = Lane(1, wait=1, traffic=Traffic())
    lane.running, lane.traffic.in_flight = 1, 3
    pace = lane.pace()
    for _ in range(100):  # 100 ms of work in 1 ms steps
        clock.now += 0.001
        pace()
    slices = 100 // round(lanes.WORK * 1000)
    assert set(clock.slept) == {lanes.REST}
    assert slices - 1 <= len(clock.slept) <= slices  # one slice's rest, give or take rounding
    lane.traffic.in_flight = 1  # the others were answered
    clock.slept.clear()
    for _ in range(10):
        clock.now += 0.001
        pace()
    assert clock.slept == []


def test_the_server_counts_requests_and_lane_jobs(kg, monkeypatch):
    """Through the real app: a walk the small budget cannot hold runs in the lane, its
    Budget carries the lane's pace, and the request counter returns to zero."""
    app = create_app(kg)
    view = app.state.graphql
    seen = []
    original = view.lane.pace

    def pace():
        seen.append((view.lane.running, view.lane.traffic.in_flight))
        return original()

    monkeypatch.setattr(view.lane, "pace", pace)
    with TestClient(app) as client:
        answer = client.post("/graphql", json={"query": RUNAWAY_GRAPHQL[0]})
        assert answer.status_code == 200
        assert seen == [(1, 1)]  # one job in the lane, its own request in flight
        assert view.lane.traffic.in_flight == 0
        assert view.lane.running == 0


def test_lane_jobs_still_queue_and_refuse_when_busy():
    async def main():
        lane = Lane(1, wait=0.05)
        async with anyio.create_task_group() as group:
            group.start_soon(lane.run, lambda: __import__("time").sleep(0.3))
            await anyio.sleep(0.02)
            with pytest.raises(lanes.Busy):
                await lane.run(lambda: None)

    anyio.run(main)
