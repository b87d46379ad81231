"""The one bounded cache the server's caches share: entries, bytes and the largest value."""

from __future__ import annotations

import threading

from govkg.core.lru import LockedLRU
from govkg.http.graphql_view import LARGEST_KEPT, AnswerCache


def test_the_least_recently_used_goes_first():
    cache: LockedLRU[bytes] = LockedLRU(entries=2)
    cache.put("a", b"1")
    cache.put("b", b"2")
    assert cache.get("a") == b"1"  # a is now the more recent
    cache.put("c", b"3")
    assert cache.get("b") is None
    assert (cache.get("a"), cache.get("c")) == (b"1", b"3")


def test_a_byte_budget_and_an_entry_cap_hold_together():
    cache: LockedLRU[bytes] = LockedLRU(entries=3, total=10, largest=6)
    cache.put("big", b"x" * 7)  # larger than the largest kept
    assert cache.get("big") is None
    for key in "abcd":
        cache.put(key, b"x" * 4)
    assert len(cache) == 2  # 3 x 4 bytes would pass the budget of 10
    for key in "wxyz":
        cache.put(key, b"")
    assert len(cache) == 3  # empty values: the entry cap holds


def test_no_entries_means_nothing_is_kept():
    cache = AnswerCache(0)
    cache.put(("q",), b"answer")
    assert cache.get(("q",)) is None


def test_an_answer_cache_keeps_no_answer_larger_than_it_says():
    cache = AnswerCache(4)
    cache.put(("small",), b"{}")
    cache.put(("large",), b"x" * (LARGEST_KEPT + 1))
    assert cache.get(("small",)) == b"{}"
    assert cache.get(("large",)) is None


def test_threads_share_it_without_losing_the_bound():
    cache: LockedLRU[bytes] = LockedLRU(entries=50)

    def fill(start: int) -> None:
        for i in range(start, start + 2_000):
            cache.put(i, b"v")
            cache.get(i - 7)

    threads = [threading.Thread(target=fill, args=(n * 10_000,)) for n in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(cache) == 50
