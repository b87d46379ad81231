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


def test_a_damaged_cache_is_only_slower(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.setattr(pinyin, "_known", None)
    pinyin._file().parent.mkdir(parents=True)
    pinyin._file().write_bytes(b"\xff not json")
    assert pinyin.pinyin_of("一网统管") == "yi wang tong guan"
    pinyin.remember()
    monkeypatch.setattr(pinyin, "_known", None)
    assert pinyin._read() == {"一网统管": "yi wang tong guan"}
    assert pinyin.pinyin_of("益阳市") == "yi yang shi"
