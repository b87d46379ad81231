"""A graph opened again, unchanged, takes its search and findings indexes from what its first
start kept (answers/indexcache.py): the same answers as a fresh build; anything cut or
altered is rebuilt, another graph never reads them, and only the newest few are kept."""

from __future__ import annotations

from pathlib import Path

import pytest

from govkg.answers import indexcache
from govkg.answers.kg import open_graph
from govkg.graph.synth import write_synthetic


@pytest.fixture
def graph_file(tmp_path, monkeypatch) -> Path:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.setattr(indexcache, "WORTH", 0.0)  # a small graph's build is kept too
    path = tmp_path / "synth.nt"
    write_synthetic(path, 20_000, seed_value=3)
    return path


def _kept(tmp_path: Path) -> list[Path]:
    indexcache.flush()
    return sorted((tmp_path / "cache" / "govkg" / "indexes").glob("*.bin"))


def _answers(kg) -> tuple:
    service = kg.service
    searches = [
        [node.id for node in service.search(text, first=50)]
        for text in ("c1", "bdc", "中心", "平台")
    ]
    return searches, service.findings, service.lookup("c1-bdc") and service.lookup("c1-bdc").id


def _restored(monkeypatch) -> list[bool]:
    seen = []
    real = indexcache.restore

    def counted(*args):
        seen.append(real(*args))
        return seen[-1]

    monkeypatch.setattr(indexcache, "restore", counted)
    return seen


def test_a_second_start_reads_back_what_the_first_built_and_answers_alike(
    graph_file, tmp_path, monkeypatch
):
    seen = _restored(monkeypatch)
    first = open_graph(graph_file)
    first.prepare()
    assert len(_kept(tmp_path)) == 1
    second = open_graph(graph_file)
    second.prepare()
    assert seen == [False, True]
    assert second.version == first.version
    assert _answers(second) == _answers(first)
    assert _answers(second)[1], "the synthetic graph has findings to compare"
    assert second.query("{ findings(first: 3) { id code message } }") == first.query(
        "{ findings(first: 3) { id code message } }"
    )


def test_a_cut_or_altered_file_is_never_used_and_is_rebuilt(graph_file, tmp_path, monkeypatch):
    reference = open_graph(graph_file)
    reference.prepare()
    (kept,) = _kept(tmp_path)
    seen = _restored(monkeypatch)
    for spoil in (lambda data: data[: len(data) // 2], lambda data: data[:-1] + b"\x01"):
        kept.write_bytes(spoil(kept.read_bytes()))
        again = open_graph(graph_file)
        again.prepare()
        assert seen[-1] is False
        assert _answers(again) == _answers(reference)
        assert _kept(tmp_path) == [kept]  # written anew, whole
    assert len(seen) == 2


def test_another_graph_never_reads_them(graph_file, tmp_path, monkeypatch):
    open_graph(graph_file).prepare()
    other = tmp_path / "other.nt"
    write_synthetic(other, 20_000, seed_value=4)
    seen = _restored(monkeypatch)
    kg = open_graph(other)
    kg.prepare()
    assert seen == [False]
    assert len(_kept(tmp_path)) == 2


def test_a_quick_build_is_not_kept(graph_file, tmp_path, monkeypatch):
    monkeypatch.setattr(indexcache, "WORTH", 60.0)
    open_graph(graph_file).prepare()
    assert _kept(tmp_path) == []


def test_only_the_newest_few_are_kept(graph_file, tmp_path, monkeypatch):
    monkeypatch.setattr(indexcache, "KEPT", 2)
    for seed_value in range(3):
        path = tmp_path / f"g{seed_value}.nt"
        write_synthetic(path, 2_000, seed_value=seed_value)
        open_graph(path).prepare()
        indexcache.flush()  # one after the other: each write drops what is beyond two
    assert len(_kept(tmp_path)) == 2
