"""Toneless pinyin of names, remembered across runs so a command need not load pypinyin.

pypinyin's phrase dictionary takes ~0.6 s to import, more than the rest of a small
``govkg query``; the pinyin of a name never changes for one pypinyin version, so what was
computed is kept in the cache folder and pypinyin is imported only for a name not seen
before. The cache is an SQLite table (one file per pypinyin version), looked up a name at
a time: a JSON file read whole had grown to 170,000 names and 0.25 s a command after a few
large graphs. A cache that cannot be read or written is only slower.
"""

from __future__ import annotations

import re
import sqlite3
import threading
from importlib.metadata import version
from pathlib import Path

from govkg.core.cachedir import cache_home

__all__ = ["pinyin_of", "remember"]

KEPT = 1_000_000  # names; past it the table starts afresh rather than grow without end

_lock = threading.Lock()
_seen: dict[str, str] = {}  # this process's names: looked up or computed
_new: dict[str, str] = {}  # computed since the last remember()
_table: sqlite3.Connection | None = None
_opened = False


def pinyin_of(name: str) -> str:
    """Toneless pinyin, syllables separated by spaces: 一网统管 -> 'yi wang tong guan'."""
    found = _seen.get(name)
    if found is not None:
        return found
    with _lock:
        found = _looked_up(name)
        if found is None:
            found = _new[name] = _computed(name)
        _seen[name] = found
    return found


def remember() -> None:
    """Keep the pinyin computed since the last call for the next run."""
    with _lock:
        if not _new:
            return
        try:
            _write(dict(_new))
        except (OSError, sqlite3.Error):
            return
        _new.clear()


def _computed(name: str) -> str:
    from pypinyin import lazy_pinyin  # only here: its import is the cost this module saves

    words = (re.findall(r"[A-Za-z0-9]+", part) for part in lazy_pinyin(name))
    return " ".join(word.lower() for found in words for word in found)


def _file() -> Path:
    return cache_home("pinyin", f"pypinyin-{version('pypinyin')}.sqlite")


def _looked_up(name: str) -> str | None:
    table = _open()
    if table is None:
        return None
    try:
        row = table.execute("SELECT reading FROM pinyin WHERE name = ?", (name,)).fetchone()
    except sqlite3.Error:  # damaged or not a table of ours: computed instead, rewritten later
        return None
    return row[0] if row and isinstance(row[0], str) else None


def _open() -> sqlite3.Connection | None:
    """The cache's table, opened once per process; None when there is none yet."""
    global _table, _opened
    if not _opened:
        _opened = True
        path = _file()
        if path.is_file():
            try:
                _table = sqlite3.connect(path, timeout=1, check_same_thread=False)
            except sqlite3.Error:
                _table = None
    return _table


def _write(new: dict[str, str]) -> None:
    global _table, _opened
    path = _file()
    path.parent.mkdir(parents=True, exist_ok=True)
    table = _open() or sqlite3.connect(path, timeout=1, check_same_thread=False)
    try:
        _insert(table, new)
    except sqlite3.DatabaseError:  # not a database: start afresh
        table.close()
        path.unlink(missing_ok=True)
        table = sqlite3.connect(path, timeout=1, check_same_thread=False)
        _insert(table, new)
    _table, _opened = table, True


def _insert(table: sqlite3.Connection, new: dict[str, str]) -> None:
    with table:  # one transaction: a reader sees all of a run's names or none
        table.execute("CREATE TABLE IF NOT EXISTS pinyin (name TEXT PRIMARY KEY, reading TEXT)")
        (count,) = table.execute("SELECT count(*) FROM pinyin").fetchone()
        if count + len(new) > KEPT:
            table.execute("DELETE FROM pinyin")
        table.executemany("INSERT OR REPLACE INTO pinyin VALUES (?, ?)", new.items())
