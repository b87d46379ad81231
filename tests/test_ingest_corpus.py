"""`govkg ingest FOLDER` as a user runs it over a corpus: real report texts (the bundled
report and texts of the real corpus, written again for other cities and years so their
titles differ), real files that are no reports, the real seed, the real command."""

from __future__ import annotations

import filecmp
import os
import re
import shutil
import signal
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest
import yaml

from govkg.answers.kg import bundled_seed
from govkg.cli import main
from govkg.core.errors import SeedError
from govkg.ingest.batch import report_files
from govkg.ingest.held import Held
from govkg.ingest.resolve import home_places
from govkg.seed.load import load_seed

FIXTURES = Path(__file__).parent / "fixtures"
REAL = FIXTURES / "real-reports"
BUNDLED = bundled_seed() / "sources" / "000_582e67602e6de3ff.txt"
# texts whose title names their unit as the text writes it, so it can be renamed throughout
BASES = (
    (BUNDLED, "益阳市智慧城市和大数据中心", 2023),
    (REAL / "01_changsha-bigdata-center-2021.txt", "长沙市大数据中心", 2021),
    (REAL / "03_liuyang-data-resource-center-2021.txt", "浏阳市数据资源中心", 2021),
    (REAL / "04_hetang-xzsp-service-bureau-2022.txt", "荷塘区行政审批服务局", 2022),
    (REAL / "10_danzhou-renmin-fayuan-2018.txt", "儋州市人民法院", 2018),
    (REAL / "19_heshan-chengguan-zhifaju-2019.txt", "益阳市赫山区城市管理和综合执法局", 2019),
)


def write_corpus(folder: Path, cities: tuple[str, ...], years: tuple[int, ...]) -> list[Path]:
    """Each base text for each city and year: its unit's place and its years changed."""
    written = []
    for city in cities:
        for year in years:
            for n, (file, unit, stated) in enumerate(BASES):
                home = home_places(unit)
                text = file.read_text(encoding="utf-8")
                text = text.replace(unit, unit.replace(home[0], city) if home else city + unit)
                text = text.replace(home[0], city) if home else text
                text = re.sub(
                    r"(?<!\d)(20[0-3]\d)(?=\s*年)",
                    lambda m, shift=year - stated: str(int(m[1]) + shift),
                    text,
                )
                path = folder / city / str(year) / f"{n:02d}.txt"
                path.parent.mkdir(parents=True, exist_ok=True)
                path.write_text(text, encoding="utf-8")
                written.append(path)
    return written


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    """24 reports: six texts, two cities, two years, in nested folders."""
    folder = tmp_path_factory.mktemp("corpus") / "reports"
    write_corpus(folder, ("青岚市", "梧川市"), (2021, 2022))
    return folder


def _seed_copy(path: Path) -> Path:
    shutil.copytree(bundled_seed(), path)
    return path


def _drafts(seed: Path) -> dict[str, dict]:
    curated = {p.name for p in bundled_seed().glob("*.yaml")}
    return {
        p.name: yaml.safe_load(p.read_text(encoding="utf-8"))
        for p in sorted(seed.glob("*.yaml"))
        if p.name not in curated
    }


def _files(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


def test_a_folder_is_read_recursively_in_the_order_of_its_paths(corpus: Path):
    files = report_files([corpus])
    assert len(files) == 24
    assert files == sorted(files, key=lambda p: p.relative_to(corpus).parts)
    assert files[0].relative_to(corpus).parts == ("梧川市", "2021", "00.txt")


def test_a_folder_of_reports_and_the_summary_tells_the_truth(corpus: Path, tmp_path: Path, capsys):
    seed = _seed_copy(tmp_path / "seed")
    assert main(["ingest", str(corpus), "--into", str(seed)]) == 0
    out = capsys.readouterr().out
    drafts = _drafts(seed)
    assert len(drafts) == 24
    assert "24 files, 24 drafts written, 0 already held, 0 refused" in out
    sections = Counter()
    money = Counter()
    for records in drafts.values():
        sections.update({k: len(v) for k, v in records.items() if k != "documents"})
        money.update(
            f["kind"] if f.get("read", True) else "unread" for f in records.get("money_figures", ())
        )
    facts = sum(sections.values())
    assert f"facts written: {facts:,} (" in out
    for key, count in sections.items():
        assert f"{count:,} {key.replace('_', ' ')}" in out
    assert (
        "money figures by kind: " + ", ".join(f"{n:,} {kind}" for kind, n in sorted(money.items()))
        in out
    )
    # the bundled report is curated; every draft awaits review
    assert f"awaiting review: {facts:,} facts in 24 new drafts; 24 of the 25 documents" in out


def test_validate_agrees_with_what_ingest_accepted(corpus: Path, tmp_path: Path, capsys):
    """Each draft was checked on its own against the index of what the seed held; the
    whole directory, checked again by `govkg validate` (shapes included), is valid."""
    seed = _seed_copy(tmp_path / "seed")
    assert main(["ingest", str(corpus), "--into", str(seed)]) == 0
    capsys.readouterr()
    assert main(["validate", "--seed", str(seed)]) == 0
    assert f"{seed}: valid (25 documents" in capsys.readouterr().out
    # a unit's reports of two years are reports of one node
    issuers = {d.id: d.issuer for d in load_seed(seed).documents}
    assert issuers["qlsdsjzx-2021"] == issuers["qlsdsjzx-2022"]
    assert issuers["wcsdsjzx-2021"] == issuers["wcsdsjzx-2022"] != issuers["qlsdsjzx-2021"]


def test_two_jobs_write_the_same_drafts_as_one(corpus: Path, tmp_path: Path, capsys):
    one, two = _seed_copy(tmp_path / "one" / "seed"), _seed_copy(tmp_path / "two" / "seed")
    assert main(["ingest", str(corpus), "--into", str(one), "--jobs", "1"]) == 0
    assert main(["ingest", str(corpus), "--into", str(two), "--jobs", "2"]) == 0
    capsys.readouterr()
    assert _files(one) == _files(two)
    assert len(_drafts(two)) == 24


def test_bad_files_in_a_folder_are_named_and_the_rest_ingested(tmp_path: Path, capsys):
    folder = tmp_path / "reports"
    good = write_corpus(folder / "good", ("青岚市",), (2022,))
    odd = folder / "odd"
    odd.mkdir()
    shutil.copy(good[1], odd / "copy-of-01.txt")  # a duplicate, under another name
    stem = FIXTURES / "reports" / "synthetic-yuan-decimals"
    shutil.copy(f"{stem}.txt", odd / "a-yuan.txt")
    shutil.copy(f"{stem}.pdf", odd / "b-yuan.pdf")  # another form of a-yuan.txt
    shutil.copy(FIXTURES / "reports" / "synthetic-not-a-report.txt", odd / "news.txt")
    for bad in ("bad-binary.txt", "bad-empty.txt", "bad-encrypted.pdf", "bad-scanned.pdf"):
        shutil.copy(FIXTURES / "formats" / bad, odd / bad)
    shutil.copy(FIXTURES / "formats" / "bad-old-word.doc", odd / "old.doc")
    (odd / ".hidden.txt").write_text("not read", encoding="utf-8")
    seed = _seed_copy(tmp_path / "seed")

    assert main(["ingest", str(folder), "--into", str(seed)]) == 1  # some failed
    captured = capsys.readouterr()
    out = captured.out
    assert "14 files, 7 drafts written, 1 already held, 6 refused" in out
    refused = out.split("refused (6):\n")[1].split("already held")[0].splitlines()
    reasons = dict(line.strip().split(": ", 1) for line in refused)
    assert set(reasons) == {
        str(odd / name)
        for name in (
            "b-yuan.pdf",
            "news.txt",
            "bad-binary.txt",
            "bad-empty.txt",
            "bad-encrypted.pdf",
            "bad-scanned.pdf",
        )
    }
    assert reasons[str(odd / "b-yuan.pdf")].startswith(
        f"{seed} already holds a report with this title and year"
    )
    assert "does not look like a report" in reasons[str(odd / "news.txt")]
    assert reasons[str(odd / "bad-empty.txt")] == "empty file (0 bytes)"
    assert "encrypted" in reasons[str(odd / "bad-encrypted.pdf")]
    assert "no text layer" in reasons[str(odd / "bad-scanned.pdf")]
    assert f"  {odd / 'copy-of-01.txt'}: as qlsdsjzx-2022 (written in this run)" in out
    assert (
        f"left out: 1 files of the folders are not .txt, .docx, .pdf or .html (1 .doc), e.g. {odd / 'old.doc'}"
        in out
    )
    assert ".hidden.txt" not in out + captured.err
    assert len(_drafts(seed)) == 7  # six texts and a-yuan.txt
    assert main(["validate", "--seed", str(seed)]) == 0


def test_running_it_again_skips_what_is_held(corpus: Path, tmp_path: Path, capsys):
    seed = _seed_copy(tmp_path / "seed")
    assert main(["ingest", str(corpus), "--into", str(seed)]) == 0
    before = _files(seed)
    capsys.readouterr()
    assert main(["ingest", str(corpus), "--into", str(seed), "--jobs", "2"]) == 0
    out = capsys.readouterr().out
    assert "24 files, 0 drafts written, 24 already held, 0 refused" in out
    assert "already held (24):\n  and 24 more held before this run" in out  # not 24 lines
    assert _files(seed) == before


# ^C as a terminal delivers it, even where the test runs with SIGINT ignored (a shell's
# background job starts so, and a Python started so never turns ^C into KeyboardInterrupt)
_WITH_CTRL_C = (
    "import signal, sys; signal.signal(signal.SIGINT, signal.default_int_handler); "
    "from govkg.cli import main; sys.exit(main())"
)


def _ingest_process(corpus: Path, seed: Path) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-c", _WITH_CTRL_C, "ingest", str(corpus), "--into", str(seed)],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )


def _wait_for_drafts(process: subprocess.Popen, count: int) -> None:
    """Until the process says it wrote ``count`` drafts."""
    assert process.stdout is not None
    seen = 0
    for line in process.stdout:
        seen += "facts extracted, awaiting review" in line
        if seen == count:
            return
    pytest.fail("the run ended before it was interrupted")


@pytest.fixture(scope="module")
def longer(tmp_path_factory) -> tuple[Path, Path]:
    """96 reports (long enough a run to stop in the middle), and the seed they make when
    ingested in one go."""
    folder = tmp_path_factory.mktemp("longer") / "reports"
    write_corpus(folder, ("青岚市", "梧川市", "云泽市", "临溪市"), (2020, 2021, 2022, 2023))
    whole = _seed_copy(tmp_path_factory.mktemp("whole") / "seed")
    assert main(["ingest", str(folder), "--into", str(whole), "--progress", "lines"]) == 0
    return folder, whole


@pytest.mark.parametrize("sig", [signal.SIGKILL, signal.SIGINT], ids=["killed", "interrupted"])
def test_an_interrupted_run_leaves_whole_drafts_and_running_it_again_finishes_it(
    sig: int, longer: tuple[Path, Path], tmp_path: Path, capsys
):
    folder, whole = longer
    capsys.readouterr()
    seed = _seed_copy(tmp_path / "cut" / "seed")
    process = _ingest_process(folder, seed)
    _wait_for_drafts(process, 5)
    os.kill(process.pid, sig)
    rest = process.communicate(timeout=60)[0]
    if sig == signal.SIGINT:
        assert process.returncode == 130
        assert "files not reached; run it again to go on" in rest
    cut = load_seed(seed)  # only whole drafts: the directory validates as it is
    assert 5 <= len(cut.documents) - 1 < 96
    assert main(["ingest", str(folder), "--into", str(seed)]) == 0
    assert "already held" in capsys.readouterr().out
    assert len(load_seed(seed).documents) == 97
    drafts = {p.name for p in (*seed.glob("*.yaml"), *seed.glob("sources/*"))}
    assert drafts == {p.name for p in (*whole.glob("*.yaml"), *whole.glob("sources/*"))}
    assert not filecmp.dircmp(seed, whole).diff_files  # the same drafts, byte for byte


def test_a_missing_path_is_named_and_the_others_are_ingested(tmp_path: Path, capsys):
    report = FIXTURES / "reports" / "synthetic-gbk.txt"
    missing = tmp_path / "no-such-folder"
    assert main(["ingest", str(missing), str(report), "--into", str(tmp_path / "seed")]) == 1
    out = capsys.readouterr().out
    assert f"  {missing}: no such file" in out
    assert "2 files, 1 drafts written, 0 already held, 1 refused" in out


def test_a_seed_read_from_the_parse_cache_is_the_seed_and_is_checked_again(
    corpus: Path, tmp_path: Path, monkeypatch
):
    """Loading hundreds of drafts is mostly parsing YAML, so a file's parse is kept under
    the checksum of its bytes; what is read from it is the same, and checked again."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    seed = _seed_copy(tmp_path / "seed")
    assert main(["ingest", str(corpus), "--into", str(seed), "--progress", "lines"]) == 0
    entries = list((tmp_path / "cache" / "govkg" / "parsed-yaml").rglob("*.json"))
    assert len(entries) >= 24  # each draft's, kept as it was checked
    warm = load_seed(seed)
    shutil.rmtree(tmp_path / "cache")
    cold = load_seed(seed)
    assert warm == cold
    assert warm.origins == cold.origins  # every line number too
    # an entry that does not hold what it claims, or holds garbage, is not used
    for n, entry in enumerate((tmp_path / "cache" / "govkg" / "parsed-yaml").rglob("*.json")):
        entry.write_text('{"sha256": "0", "data": {}}' if n % 2 else "{not json", "utf-8")
    assert load_seed(seed) == cold
    # a cached parse skips no check: a source text changed under a cached draft is found
    load_seed(seed)
    draft = next(iter(_drafts(seed)))
    source = seed / yaml.safe_load((seed / draft).read_text("utf-8"))["documents"][0]["file"]
    source.write_text(source.read_text("utf-8").replace("年", "载"), "utf-8")
    with pytest.raises(SeedError, match="is not at"):
        load_seed(seed)


def test_a_draft_checked_on_its_own_meets_the_rest_of_the_seed_through_the_index(
    corpus: Path, tmp_path: Path
):
    """The check ingest runs on a draft (seed.load_seed of the draft alone, with what the
    rest holds as `Outside`) refuses what loading the whole directory refuses."""
    seed = _seed_copy(tmp_path / "seed")
    assert main(["ingest", str(corpus), "--into", str(seed), "--progress", "lines"]) == 0
    last = sorted(_drafts(seed))[-1]
    alone = tmp_path / "alone" / "seed"
    (alone / "sources").mkdir(parents=True)
    shutil.copy(seed / last, alone / last)
    document = yaml.safe_load((seed / last).read_text("utf-8"))["documents"][0]
    shutil.copy(seed / document["file"], alone / document["file"])
    rest = tmp_path / "rest" / "seed"
    shutil.copytree(seed, rest)
    (rest / last).unlink()
    held = Held.of(load_seed(rest))
    with pytest.raises(SeedError, match="unknown"):  # its mentions name held entities
        load_seed(alone)
    part = load_seed(alone, outside=held.outside)
    assert part.documents[0].id == document["id"]
    assert part.mentions  # each resolved among the held entities
    held.add(part, last)  # as written: now a second copy of it clashes
    with pytest.raises(SeedError, match=f"duplicate id '{document['id']}'"):
        load_seed(alone, outside=held.outside)


def test_a_second_run_into_the_same_seed_is_refused_while_the_first_writes(
    longer: tuple[Path, Path], tmp_path: Path, capsys, monkeypatch
):
    from govkg.ingest import write

    monkeypatch.setattr(write, "LOCK_WAIT", 0.2)
    folder, _ = longer
    seed = _seed_copy(tmp_path / "seed")
    process = _ingest_process(folder, seed)
    try:
        _wait_for_drafts(process, 2)
        capsys.readouterr()
        assert main(["ingest", str(folder), "--into", str(seed)]) == 1
        said = capsys.readouterr()
        assert "another govkg ingest or review is writing to this seed directory" in (
            said.out + said.err
        )
    finally:
        process.kill()
        process.communicate(timeout=60)
    load_seed(seed)  # what the first run wrote is whole; the second wrote nothing


def test_temporaries_a_killed_run_left_are_swept_by_the_next(tmp_path: Path, capsys):
    seed = _seed_copy(tmp_path / "seed")
    left = [seed / ".some-report.yaml.a1B2c3_d", seed / "sources" / ".0123abcd.txt.zz99yy88"]
    kept = [seed / ".gitignore", seed / ".notes.md.a1b2c3d4"]
    for path in (*left, *kept):
        path.write_text("half", encoding="utf-8")
    report = FIXTURES / "reports" / "synthetic-gbk.txt"
    assert main(["ingest", str(report), "--into", str(seed)]) == 0
    assert [p for p in left if p.exists()] == []
    assert all(p.exists() for p in kept)


def _dies_on_the_third(file: Path):
    """A reading worker that is killed on one file (as the OOM killer would)."""
    from govkg.ingest import batch

    if file.name.startswith("03"):
        os._exit(9)
    return batch._read_one(file, batch._WORKER["given"], batch._WORKER["held"])


def test_a_killed_reading_worker_is_named_in_the_summary_not_a_traceback(
    tmp_path: Path, capsys, monkeypatch
):
    from govkg.ingest import batch

    folder = tmp_path / "reports"
    folder.mkdir()
    for index, text in enumerate(sorted((FIXTURES / "real-reports").glob("*.txt"))[:5], 1):
        shutil.copy(text, folder / f"{index:02d}-{text.name}")
    monkeypatch.setattr(batch, "_read_in_worker", _dies_on_the_third)
    seed = _seed_copy(tmp_path / "seed")
    assert main(["ingest", str(folder), "--into", str(seed), "--jobs", "2"]) == 1
    said = capsys.readouterr()
    assert "Traceback" not in said.out + said.err
    assert "a worker process reading the reports was killed" in said.out + said.err
    load_seed(seed)
