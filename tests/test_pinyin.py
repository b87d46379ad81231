"""Pinyin remembered across runs: the second command on a seed never loads pypinyin."""

from __future__ import annotations

import os
import subprocess
import sys

from govkg.graph import pinyin

OPEN_AND_TELL = (
    "import sys, govkg\n"
    "kg = govkg.open()\n"
    "print(kg.query('{ platform(name: \"yi wang tong guan\") { name } }')['data'])\n"
    "print('pypinyin' in sys.modules, 'networkx' in sys.modules)\n"
)


def _run(cache) -> list[str]:
    env = {**os.environ, "XDG_CACHE_HOME": str(cache)}
    done = subprocess.run(
        [sys.executable, "-c", OPEN_AND_TELL], env=env, capture_output=True, text=True, check=True
    )
    return done.stdout.splitlines()


def test_the_second_open_answers_by_pinyin_without_loading_pypinyin(tmp_path):
    first = _run(tmp_path)
    second = _run(tmp_path)
    assert first[0] == second[0] == "{'platform': {'name': '一网统管'}}"
    assert first[1] == "True False"  # computed once, and kept
    assert second[1] == "False False"


def _fresh_process_state(monkeypatch) -> None:
    monkeypatch.setattr(pinyin, "_seen", {})
    monkeypatch.setattr(pinyin, "_new", {})
    monkeypatch.setattr(pinyin, "_table", None)
    monkeypatch.setattr(pinyin, "_opened", False)


def test_a_damaged_cache_is_only_slower(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    _fresh_process_state(monkeypatch)
    pinyin._file().parent.mkdir(parents=True)
    pinyin._file().write_bytes(b"\xff not a database" * 100)
    assert pinyin.pinyin_of("一网统管") == "yi wang tong guan"
    pinyin.remember()  # the damaged file is replaced by a table holding the name
    _fresh_process_state(monkeypatch)
    monkeypatch.setattr(pinyin, "_computed", _never)
    assert pinyin.pinyin_of("一网统管") == "yi wang tong guan"


def test_a_large_cache_is_looked_up_not_read_whole(tmp_path, monkeypatch):
    """200,000 remembered names: a command asking for a few reads a few rows."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    _fresh_process_state(monkeypatch)
    many = {f"单位{i}": f"dan wei {i}" for i in range(200_000)}
    pinyin._file().parent.mkdir(parents=True)
    pinyin._write(many)
    _fresh_process_state(monkeypatch)
    monkeypatch.setattr(pinyin, "_computed", _never)
    assert pinyin.pinyin_of("单位123456") == "dan wei 123456"
    assert pinyin._seen == {"单位123456": "dan wei 123456"}


def _never(name: str) -> str:
    raise AssertionError(f"{name} was computed, not looked up")
