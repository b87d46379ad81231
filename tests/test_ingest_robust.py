"""No report text crashes `govkg ingest`: it is read, or refused with a reason, never a bug.

Hypothesis cuts, splices and garbles real report text (the bundled report and the
synthetic ones); every outcome must be a draft that validates or an IngestError that
says why the text is not a report. "the draft does not validate" would be an ingest bug.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from govkg.errors import IngestError
from govkg.ingest.write import ingest
from govkg.kg import bundled_seed

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
