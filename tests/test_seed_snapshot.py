"""A seed opened before, unchanged, is served from its snapshot (graph/snapshot.py): the same
triples, without reading the YAML again; anything changed, cut or altered is rebuilt, and a
seed that does not check is never kept."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from govkg.answers import kg as kg_module
from govkg.answers.kg import bundled_seed, open_graph
from govkg.core.errors import SeedError
from govkg.graph import snapshot
from govkg.graph.snapshot import KEPT, read_snapshot, snapshot_path, write_snapshot
from govkg.graph.store import oxigraph_store


@pytest.fixture
def seed(tmp_path, monkeypatch) -> Path:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    shutil.copytree(bundled_seed(), tmp_path / "seed")
    return tmp_path / "seed"


def _triples(kg) -> set:
    return set(oxigraph_store(kg.graph).quads_for_pattern(None, None, None))


def _count_checks(monkeypatch) -> list:
    """Record every time the seed is read and checked instead of taken from a snapshot."""
    calls = []
    real = kg_module.checked_seed

    def counted(*args, **kwargs):
        calls.append(args)
        return real(*args, **kwargs)

    monkeypatch.setattr(kg_module, "checked_seed", counted)
    return calls


def test_an_unchanged_seed_is_opened_from_its_snapshot_with_the_same_triples(seed, monkeypatch):
    calls = _count_checks(monkeypatch)
    first = open_graph(seed)
    assert len(calls) == 1
    assert snapshot_path(seed, kg_module.DEFAULT_BASE).is_file()
    again = open_graph(seed)
    assert len(calls) == 1  # not read again
    assert _triples(again) == _triples(first)
    assert len(_triples(first)) > 5000
    assert again.version == first.version
    assert again.query('{ unit(name: "益阳市智慧城市和大数据中心") { id } }') == first.query(
        '{ unit(name: "益阳市智慧城市和大数据中心") { id } }'
    )


def test_a_changed_file_is_read_again_and_served_as_it_now_is(seed, monkeypatch):
    calls = _count_checks(monkeypatch)
    open_graph(seed)
    units = seed / "units.yaml"
    units.write_text(units.read_text(encoding="utf-8") + "\n# reviewed\n", encoding="utf-8")
    open_graph(seed)
    assert len(calls) == 2
    (seed / "notes.md").write_text("a file the seed does not read\n", encoding="utf-8")
    open_graph(seed)
    assert len(calls) == 3  # any file: never a guess at what the seed reads


def test_a_seed_that_no_longer_checks_is_refused_though_a_snapshot_was_kept(seed, monkeypatch):
    open_graph(seed)
    funding = seed / "funding.yaml"
    funding.write_text(
        funding.read_text(encoding="utf-8").replace("year: 2023", "year: 20x3", 1),
        encoding="utf-8",
    )
    with pytest.raises(SeedError, match=r"funding\.yaml"):
        open_graph(seed)
    assert not snapshot_path(seed, kg_module.DEFAULT_BASE).exists()  # the broken one: none


def test_an_altered_or_cut_snapshot_is_never_used_and_is_rebuilt(seed, monkeypatch):
    calls = _count_checks(monkeypatch)
    first = _triples(open_graph(seed))
    kept = snapshot_path(seed, kg_module.DEFAULT_BASE)
    whole = kept.read_bytes()
    for broken in (
        whole.replace(b"2023", b"2024", 1),  # altered
        whole[: len(whole) // 2],  # cut
        b"",
    ):
        kept.write_bytes(broken)
        assert read_snapshot(kept) is None
        assert _triples(open_graph(seed)) == first
        assert kept.read_bytes() == whole  # rebuilt
    assert len(calls) == 4


def test_other_code_makes_another_snapshot(seed, monkeypatch):
    calls = _count_checks(monkeypatch)
    open_graph(seed)
    monkeypatch.setattr(snapshot, "_code_digest", lambda: b"other code")
    open_graph(seed)
    assert len(calls) == 2


def test_only_the_most_recently_used_snapshots_are_kept(seed):
    folder = snapshot_path(seed, "x").parent
    paths = [folder / f"{n:040x}.nt" for n in range(KEPT + 3)]
    for n, path in enumerate(paths):
        write_snapshot(path, f"<urn:s> <urn:p> \"{n}\" .\n".encode())
        os.utime(path, ns=(n * 10**9, n * 10**9))  # in order, whatever the clock's grain
    assert sorted(folder.glob("*.nt")) == sorted(paths[-KEPT:])
    assert read_snapshot(paths[-1]) == b'<urn:s> <urn:p> "%d" .\n' % (KEPT + 2)


def test_a_folder_named_like_a_seed_file_is_met_by_the_check_not_the_snapshot(seed):
    open_graph(seed)
    (seed / "x.yaml").mkdir()
    with pytest.raises(SeedError, match=r"x\.yaml"):
        open_graph(seed)
