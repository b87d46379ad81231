"""The server's collector freezes what survives a full collection, and thaws when the
frozen set has doubled, so a garbage cycle among frozen objects is freed in the end."""

from __future__ import annotations

import gc
import weakref

import pytest

from govkg.http import collector


class Node:
    def __init__(self) -> None:
        self.other: Node | None = None


@pytest.fixture
def clean_gc():
    yield
    while collector._state["installed"]:
        collector.uninstall()
    assert collector._after_collection not in gc.callbacks
    assert gc.get_freeze_count() == 0


def test_survivors_of_a_full_collection_are_frozen(clean_gc):
    gc.unfreeze()
    collector.install()
    kept = [Node() for _ in range(1000)]
    holder = {"kept": kept}
    gc.collect()
    assert gc.get_freeze_count() == 0  # a caller that collects still sees every referrer
    assert gc.get_referrers(kept) == [holder]
    assert collector.freeze_if_due()  # the server's loop, within half a second
    assert not collector.freeze_if_due()
    assert gc.get_freeze_count() >= len(kept)
    frozen = gc.get_freeze_count()
    garbage = [Node() for _ in range(100)]
    del garbage
    gc.collect()  # the next full collection walks only what is new
    collector.freeze_if_due()
    assert gc.get_freeze_count() >= frozen
    assert len(gc.get_objects(generation=2)) < 50


def test_a_cycle_frozen_then_dropped_is_freed_when_the_frozen_set_doubles(clean_gc):
    gc.collect()
    gc.freeze()  # as the server does once its graph is built
    collector.install()
    a, b = Node(), Node()
    a.other, b.other = b, a
    gone = weakref.ref(a)
    gc.collect()  # the cycle survives, alive, and is frozen
    collector.freeze_if_due()
    del a, b
    gc.collect()
    assert gone() is not None  # frozen: the collector does not see it
    assert not collector.thaw_if_grown()  # the frozen set has not grown enough
    ballast = [Node() for _ in range(max(2 * gc.get_freeze_count(), 20_001))]
    gc.collect()
    collector.freeze_if_due()
    assert collector.thaw_if_grown()
    assert gone() is None
    del ballast


def test_servers_in_one_process_share_it_until_the_last_stops(kg):
    """The real app: its lifespan installs it, and the last one to stop takes it away."""
    from starlette.testclient import TestClient

    from govkg.app import create_app

    with TestClient(create_app(kg)) as first:
        assert collector._after_collection in gc.callbacks
        with TestClient(create_app(kg)) as second:
            assert second.get("/health").status_code == 200
        assert collector._after_collection in gc.callbacks
        assert first.get("/health").status_code == 200
    assert collector._after_collection not in gc.callbacks
