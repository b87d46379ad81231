"""Short pauses of the cyclic garbage collector while the server runs.

A full collection walks every tracked object that is not frozen, holding the interpreter
lock: the event loop, ``/health`` included, waits. The graph is frozen once it is built
(``app._settle``), but a running server keeps making long-lived objects (parsed documents,
kept answers, catalog records read lazily): during ``benchmarks/hostile.py`` a full
collection came every hundred queries or so, each longer than the last, 20 to 130 ms.

So after each full collection its survivors are frozen too (by the server's loop within
half a second, not inside the collector's callback: a caller that collects to look at
referrers, as hypothesis does, still sees them all), and the next one walks only what was
made since. Frozen objects are still freed by reference counting when they are dropped (an
evicted cache entry); only garbage *cycles* among them would stay. To bound that, when the
frozen set has grown to twice what it was after the last thaw, :func:`thaw_if_grown` (the
server calls it every ten seconds) unfreezes everything and collects once: one long pause,
rarely, instead of one every hundred requests.
"""

from __future__ import annotations

import asyncio
import gc

__all__ = ["freeze_if_due", "install", "keep_thawing", "rebase", "thaw_if_grown", "uninstall"]

_state = {"installed": 0, "baseline": 0, "due": False}


def _after_collection(phase: str, info: dict) -> None:
    if phase == "stop" and info.get("generation") == 2:
        _state["due"] = True  # its survivors leave the next one's walk: see freeze_if_due


def freeze_if_due() -> bool:
    """Freeze what survived the last full collection, if one ran since; True when it did."""
    if not _state["due"]:
        return False
    _state["due"] = False
    gc.freeze()
    return True


def install() -> None:
    """Freeze the survivors of every full collection from now on; servers in one process
    (tests) share it, each calling :func:`uninstall` when it stops."""
    if not _state["installed"]:
        gc.callbacks.append(_after_collection)
    _state["installed"] += 1
    rebase()


def uninstall() -> None:
    """The last server stopped: full collections walk everything again."""
    _state["installed"] = max(0, _state["installed"] - 1)
    if not _state["installed"] and _after_collection in gc.callbacks:
        gc.callbacks.remove(_after_collection)
        gc.unfreeze()


def rebase() -> None:
    """What is frozen now is the size to double before a thaw (after a graph is settled)."""
    _state["baseline"] = gc.get_freeze_count()


async def keep_thawing(every: float = 0.5, thaw_every: int = 20) -> None:
    """:func:`freeze_if_due` every ``every`` seconds and :func:`thaw_if_grown` every
    ``thaw_every`` of those, for as long as the server runs."""
    ticks = 0
    while True:
        await asyncio.sleep(every)
        freeze_if_due()
        ticks += 1
        if ticks % thaw_every == 0:
            thaw_if_grown()


def thaw_if_grown(factor: float = 2.0) -> bool:
    """Unfreeze and collect everything once the frozen set has grown ``factor`` times
    since the last thaw (or :func:`install`); True when it did."""
    if gc.get_freeze_count() <= factor * max(_state["baseline"], 10_000):
        return False
    gc.unfreeze()
    gc.collect()
    gc.freeze()
    _state["baseline"] = gc.get_freeze_count()
    return True
