"""The index of held names ``govkg ingest`` keeps over a run decides as the rules do:
each draft of a folder of real texts is byte for byte the draft made the plain way
(``resolve.NameIndex`` built from the whole held seed for that one report), and every
name asked of both, known or near a known one, meets the same entity by the same rule."""

from __future__ import annotations

import shutil
from collections import Counter
from pathlib import Path

import pytest

from govkg.answers.kg import bundled_seed
from govkg.core.errors import IngestError
from govkg.ingest.drafts.records import draft_records
from govkg.ingest.held import Held
from govkg.ingest.heldnames import HeldNames
from govkg.ingest.resolve import Match, NameIndex, home_places
from govkg.ingest.write import Writer, _render, read
from test_ingest_corpus import REAL, write_corpus


@pytest.fixture(scope="module")
def texts(tmp_path_factory) -> list[Path]:
    """Every real text, then texts written again for places they name (上海市普陀区体育局,
    黄石市城市管理执法委员会…): a place becomes known after names that start with it were held."""
    folder = tmp_path_factory.mktemp("texts")
    return [
        *sorted(REAL.glob("*.txt")),
        *write_corpus(folder / "varied", ("上海市", "黄石市"), (2021,)),
    ]


def _variants(name: str) -> set[str]:
    """Names near ``name``: cut at either end, a character dropped (abbreviations)."""
    found = {name, name[1:], name[:-1], "市" + name, name + "平台"}
    found |= {name[:n] + name[n + 1 :] for n in range(1, len(name) - 1)}
    return {variant for variant in found if variant}


CHECKED_AFTER = {20, 40, 80, 160, 320}
"""Reports held when the two indexes are compared mid-run (and once at the end): doubling
steps, so the comparisons cost about what the last one does as the corpus grows (one every
20 reports made this test cubic in the corpus: 650 s at 331 texts)."""
HOMES_ASKED = 16
"""Homes asked per comparison: no home (a report whose unit is not found), the latest held,
and others spread over the sorted rest; each is the same code path with other places."""
HOMES_ASKED_AT_THE_END = 4
"""Homes asked once the whole corpus is held: a comparison costs the names held times the
entities each doubtful match scans, so the last one, over all 1,077 texts, cost most of the
test (about 130 of its 171 s with 16 homes); the mid-run ones ask 16."""


def _homes_to_ask(
    homes: set[tuple[str, ...]], latest: tuple[str, ...], asked: int = HOMES_ASKED
) -> list[tuple[str, ...]]:
    """At most ``asked`` homes, spread evenly over ``homes`` in sorted order, always with no
    home and the latest."""
    ordered = sorted(homes - {(), latest})
    room = asked - 2
    step = max(1, -(-len(ordered) // room))
    return sorted({(), latest, *ordered[::step]})


def _same_decisions(held: Held, homes: list[tuple[str, ...]]) -> Counter:
    """Every held name and names near it, asked of both indexes under each home: the
    same match (entity and rule); the rules they met, counted."""
    seed = held.seed()
    assert seed is not None
    part_of = {r.source: r.target for r in seed.relations if r.type == "part-of"}
    rules: Counter = Counter()
    for home in homes:
        plain = NameIndex(seed, home)
        for entity in seed.entities:
            kind, parent = entity.record_type, part_of.get(entity.id)
            for name in sorted(
                {n for own in (entity.name, *entity.aliases) for n in _variants(own)}
            ):
                for within in {None, parent} if entity.category == "section" else {None}:
                    expected = plain.match(kind, name, within)
                    assert held.names.match(kind, name, home, within) == expected, (name, home)
                    rules[expected.rule if expected else None] += 1
    return rules


def test_a_run_drafts_as_the_rules_do_report_by_report(texts: list[Path], tmp_path: Path):
    seed_dir = tmp_path / "seed"
    shutil.copytree(bundled_seed(), seed_dir)
    written = 0
    decided: Counter = Counter()
    rules: Counter = Counter()
    homes: set[tuple[str, ...]] = {()}
    latest: tuple[str, ...] = ()
    with Writer(seed_dir) as writer:
        for file in texts:
            try:
                done = read(file, None, writer.held.digests)
            except IngestError:
                continue  # not a report: named in the summary, nothing to draft
            if done.found is None:
                continue
            source_file = f"sources/{done.digest[:16]}.txt"
            plain = draft_records(done.found, writer.held.seed(), source_file)
            try:
                ingested = writer.write(done)
            except IngestError:
                continue  # another form of a held report
            name = f"{ingested.document}.yaml"
            notes = done.found.document.notes + done.notes
            assert (seed_dir / name).read_text("utf-8") == _render(
                plain, done.file, done.digest, notes
            ), file.name
            written += 1
            latest = home_places(done.found.document.unit)
            homes.add(latest)
            for mention in plain.get("mentions", ()):
                decided[mention["rule"].rpartition("+")[2]] += 1
            for kind in ("units", "systems", "projects"):
                decided["doubtful"] += sum("possibly_same_as" in r for r in plain.get(kind, ()))
            if written in CHECKED_AFTER:
                rules += _same_decisions(writer.held, _homes_to_ask(homes, latest))
        rules += _same_decisions(
            writer.held, _homes_to_ask(homes, latest, HOMES_ASKED_AT_THE_END)
        )
    assert written >= 40
    # the texts call on every rule, so the drafts compared are drafts that differ by them
    assert decided["name-normalised"] > 0
    assert decided["doubtful"] > 0
    assert min(decided.values()) > 0
    assert len(decided) >= 3
    assert all(rules[rule] > 100 for rule in ("name-exact", "name-normalised", "doubtful", None))


def test_a_name_of_a_place_is_global_until_a_report_from_there_is_held(tmp_path: Path):
    """上海市普陀区体育局, named in a report whose issuer is not found (home: none), is
    held as global: a 上海市 report's 上海市普陀区体育局 is another scope's. Once a 上海市
    report is held, it is 上海市's, as building the index again would have it. (The real
    text without its first line, the file name that names its issuer.)"""
    seed_dir = tmp_path / "seed"
    shutil.copytree(bundled_seed(), seed_dir)
    name = "上海市普陀区体育局"
    real = (REAL / "33_putuo-sports-center-2022.txt").read_text(encoding="utf-8")
    unsigned = tmp_path / "putuo-unsigned.txt"
    unsigned.write_text(real.split("\n", 1)[1], encoding="utf-8")
    with Writer(seed_dir) as writer:
        writer.write(read(unsigned, None, writer.held.digests))
        held = writer.held
        (bureau,) = (e.id for e in held.seed().entities if e.name == name)
        assert "上海市" not in held.names.places
        assert held.names.match("unit", name, ()) == Match(bureau, "name-exact")
        assert held.names.match("unit", name, ("上海市",)) != Match(bureau, "name-exact")
        (shanghai, *_) = write_corpus(tmp_path / "texts", ("上海市",), (2021,))
        writer.write(read(shanghai, None, held.digests))
    assert "上海市" in held.names.places
    for home in ((), ("上海市",), ("益阳市",)):
        plain = NameIndex(held.seed(), home).match("unit", name)
        assert held.names.match("unit", name, home) == plain
    assert plain == Match(bureau, "name-exact")  # 益阳市's report names 上海市's bureau


def test_what_a_draft_adds_is_taken_off_when_it_is_done():
    names = HeldNames()
    with names.report(("益阳市",)) as report:
        report.add("unit", "yys-sjj", ("益阳市数据局",))
        assert report.match("unit", "益阳市数据局") is not None
        assert report.new_id("yys-sjj") == "yys-sjj-2"
    assert names.match("unit", "益阳市数据局", ("益阳市",)) is None
    with names.report(("益阳市",)) as report:
        assert report.new_id("yys-sjj") == "yys-sjj"
    assert not any(names._exact.values())
    assert not any(normal for chars in names._chars.values() for normal in chars.values())
