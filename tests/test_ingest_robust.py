"""No report text crashes `govkg ingest`: it is read, or refused with a reason, never a bug.

Hypothesis cuts, splices and garbles real report text (the bundled report and the
synthetic ones); every outcome must be a draft that validates or an IngestError that
says why the text is not a report. "the draft does not validate" would be an ingest bug.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from govkg.answers.kg import bundled_seed
from govkg.core.errors import IngestError
from govkg.ingest import limits
from govkg.ingest.write import ingest

REPORTS = Path(__file__).parent / "fixtures" / "reports"
TEXTS = [
    (Path(bundled_seed()) / "sources" / "000_582e67602e6de3ff.txt").read_text(encoding="utf-8"),
    *(
        p.read_text(encoding="utf-8")
        for p in sorted(REPORTS.glob("synthetic-*.txt"))
        if "gbk" not in p.name
    ),
]
NOISE = st.text(
    alphabet='，。、；：（）()\t\n\f%万元亿元0123456789.,占的其中共计一二三十“”"平台系统市局委',
    max_size=12,
)


def _refusal(report: Path, into: Path) -> str | None:
    """None when the report was ingested, else the error's message."""
    try:
        ingest(report, into)
    except IngestError as error:
        return str(error)
    return None


@st.composite
def garbled(draw) -> str:
    text = draw(st.sampled_from(TEXTS))
    for _ in range(draw(st.integers(0, 6))):
        at = draw(st.integers(0, len(text)))
        cut = draw(st.integers(0, 40))
        text = text[:at] + draw(NOISE) + text[at + cut :]
    if draw(st.booleans()):
        text = text[: draw(st.integers(0, len(text)))]
    return text


@settings(
    max_examples=int(os.environ.get("GOVKG_FUZZ_INGEST", "60")),
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow],
)
@given(text=garbled())
def test_any_text_is_ingested_or_refused_with_a_reason(text: str, tmp_path_factory):
    folder = tmp_path_factory.mktemp("robust")
    report = folder / "report.txt"
    report.write_text(text, encoding="utf-8")
    refused = _refusal(report, folder / "seed")
    if refused:
        assert "does not validate" not in refused, refused  # that would be an ingest bug
        assert not list(folder.glob("seed/*.yaml"))


@pytest.mark.parametrize("cut", [0, 1, 50, 200, 1000, 5000])
def test_every_prefix_of_the_bundled_report(cut: int, tmp_path: Path):
    report = tmp_path / "report.txt"
    report.write_text(TEXTS[0][:cut], encoding="utf-8")
    refused = _refusal(report, tmp_path / "seed")
    assert refused is None or "does not validate" not in refused, refused
    if refused is None:
        assert ingest(report, tmp_path / "again").notes  # cut off: it says it looks incomplete


TITLE = "\n".join(TEXTS[0].split("\n")[:4]) + "\n"  # the bundled report's date and title


def _repeated(text: str, size: int) -> str:
    """``text`` over and over, to ``size`` bytes of UTF-8: a long report, dense with facts."""
    whole = text * (size // len(text.encode()) + 1)
    return whole.encode()[:size].decode("utf-8", "ignore")


def _ingest_in_a_process(report: Path, into: Path) -> tuple[int, str, float, float]:
    """`govkg ingest` in a process of its own: exit status, stderr, CPU s and peak RSS MB.
    Its cache is empty, as for any new report: a remembered conforming draft would skip
    the shapes, and the test would time less than a user waits."""
    command = [sys.executable, "-m", "govkg.cli", "ingest", str(report), "--into", str(into)]
    cold = {**os.environ, "XDG_CACHE_HOME": str(into.parent / f"{into.name}-cache")}
    with tempfile.TemporaryFile() as said:
        process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=said, env=cold)
        _pid, status, usage = os.wait4(process.pid, 0)  # this child's own rusage
        process.returncode = os.waitstatus_to_exitcode(status)
        said.seek(0)
        cpu = usage.ru_utime + usage.ru_stime
        return process.returncode, said.read().decode(), cpu, usage.ru_maxrss / 1024


def test_a_dense_megabyte_is_drafted_in_bounded_time_and_memory(tmp_path: Path):
    """The bundled report repeated to 1 MB: every line of it a fact. Rules that rescanned
    the text or backtracked took 45 s for 0.5 MB of dense text and did not end for 1 MB.
    The bounds are loose on purpose; benchmarks/ingest_scale.py has the figures."""
    small, long = tmp_path / "small.txt", tmp_path / "long.txt"
    small.write_text(TEXTS[0], encoding="utf-8")
    long.write_text(_repeated(TEXTS[0], 1_000_000), encoding="utf-8")
    *_, baseline = _ingest_in_a_process(small, tmp_path / "small")
    status, said, cpu, rss = _ingest_in_a_process(long, tmp_path / "long")
    assert status == 0, said
    assert len(list((tmp_path / "long").glob("*.yaml"))) == 1
    assert cpu < 30, f"{cpu:.1f} s of CPU for 1 MB"
    assert rss - baseline < 1000, f"{rss - baseline:.0f} MB more than for a 15 KB report"


def test_a_text_over_the_size_cap_is_refused_before_any_rule_runs(tmp_path: Path):
    report = tmp_path / "huge.txt"
    report.write_text(_repeated(TEXTS[0], limits.MAX_TEXT_BYTES + 3), encoding="utf-8")
    start = time.process_time()
    refused = _refusal(report, tmp_path / "seed")
    assert refused is not None
    assert f"its text is {report.stat().st_size:,} bytes" in refused
    assert f"over the cap of {limits.MAX_TEXT_BYTES:,}" in refused
    assert time.process_time() - start < 10
    assert not (tmp_path / "seed").exists()  # nothing written


def test_a_text_too_dense_to_review_is_refused_while_the_rules_run(tmp_path: Path):
    """Figures back to back in one sentence: each cites the sentence, so the draft would
    be hundreds of times the text. It is refused at the cap, not drafted."""
    report = tmp_path / "dense.txt"
    report.write_text(TITLE + "汇集" + "1个" * 50_000, encoding="utf-8")
    start = time.process_time()
    refused = _refusal(report, tmp_path / "seed")
    assert refused is not None
    assert "too dense" in refused
    assert f"the cap of {limits.MAX_QUOTED:,} characters" in refused
    assert time.process_time() - start < 10
    assert not (tmp_path / "seed").exists()


def test_a_report_naming_more_than_the_cap_is_refused(tmp_path: Path, monkeypatch):
    monkeypatch.setattr(limits, "MAX_NAMES", 10)  # the bundled report names 94
    report = tmp_path / "report.txt"
    report.write_text(TEXTS[0], encoding="utf-8")
    refused = _refusal(report, tmp_path / "seed")
    assert refused is not None
    assert "units, systems and projects, over the cap of 10" in refused
    assert not (tmp_path / "seed").exists()


WIDE_TABLE = "单位：万元\n名称" + "\t2020年" * 5000 + "\n支出" + "\t1" * 5000
HOSTILE = {  # each took minutes (or for ever) before: a regex or a look-back rescanned
    "tail-of-words-backtracks": ("共计" * 40 + "x1万元，") * 10,
    "run-of-chinese-numerals": "一" * 60_000 + "x",
    "amounts-without-a-comma": "1万元" * 5_000,
    "unclosed-title-marks": "《" * 200_000,
    "systems-after-de-without-a-comma": "的平台" * 100_000,
    "table-row-of-many-columns": WIDE_TABLE,  # each cell cited the whole row
}


@pytest.mark.parametrize("body", HOSTILE.values(), ids=HOSTILE.keys())
def test_hostile_text_is_read_in_linear_time(body: str, tmp_path: Path, monkeypatch):
    """Each took minutes, or never ended, before. The bound is CPU time (a busy machine does
    not matter) and loose: every amount is now two records (a line and a money figure);
    benchmarks/ingest_scale.py has the figures per megabyte."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))  # no remembered draft
    report = tmp_path / "hostile.txt"
    report.write_text(TITLE + body, encoding="utf-8")
    start = time.process_time()
    refused = _refusal(report, tmp_path / "seed")
    assert refused is None or "does not validate" not in refused, refused
    assert time.process_time() - start < 30
