"""Toneless pinyin of names, remembered across runs so a command need not load pypinyin.

pypinyin's phrase dictionary takes ~0.6 s to import, more than the rest of a small
``govkg query``; the pinyin of a name never changes for one pypinyin version, so what was
computed is kept in the cache folder (one JSON file per version) and pypinyin is imported
only for a name not seen before. A cache that cannot be read or written is only slower.
"""

from __future__ import annotations

import json
import re
from importlib.metadata import version
from pathlib import Path

from govkg.core.cachedir import cache_home
from govkg.core.files import write_atomically

__all__ = ["pinyin_of", "remember"]

KEPT = 200_000  # names; past it the file starts afresh rather than grow without end

_known: dict[str, str] | None = None
_new = 0


def pinyin_of(name: str) -> str:
    """Toneless pinyin, syllables separated by spaces: 一网统管 -> 'yi wang tong guan'."""
    global _known, _new
    if _known is None:
        _known = _read()
    found = _known.get(name)
    if found is None:
        found = _computed(name)
        _known[name] = found
        _new += 1
    return found


def remember() -> None:
    """Keep the pinyin computed since the last call for the next run."""
    global _new
    if not _new or _known is None:
        return
    kept = _known if len(_known) <= KEPT else {}
    try:
        _file().parent.mkdir(parents=True, exist_ok=True)
        write_atomically(_file(), json.dumps(kept, ensure_ascii=False).encode())
    except OSError:
        return
    _new = 0


def _computed(name: str) -> str:
    from pypinyin import lazy_pinyin  # only here: its import is the cost this module saves

    words = (re.findall(r"[A-Za-z0-9]+", part) for part in lazy_pinyin(name))
    return " ".join(word.lower() for found in words for word in found)


def _file() -> Path:
    return cache_home("pinyin", f"pypinyin-{version('pypinyin')}.json")


def _read() -> dict[str, str]:
    try:
        data = json.loads(_file().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    if not isinstance(data, dict):
        return {}
    return {k: v for k, v in data.items() if isinstance(k, str) and isinstance(v, str)}
