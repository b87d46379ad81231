"""What the two-report tests share: the bundled seed plus the fictional 2024 report of
tests/fixtures/seed-two-reports (written for govkg's tests), combined in a directory."""

from __future__ import annotations

import shutil
from pathlib import Path

from govkg.answers.kg import bundled_seed

FIXTURE = Path(__file__).with_name("fixtures") / "seed-two-reports"


def combine(target: Path) -> Path:
    """The bundled seed with the fictional 2024 report added: text and YAML."""
    shutil.copytree(bundled_seed(), target)
    return add_report_2024(target)


def add_report_2024(seed: Path) -> Path:
    """The fictional 2024 report's YAML and text, added to the seed directory ``seed``."""
    shutil.copy(FIXTURE / "report-2024.yaml", seed / "report-2024.yaml")
    for text in (FIXTURE / "sources").iterdir():
        shutil.copy(text, seed / "sources" / text.name)
    return seed
