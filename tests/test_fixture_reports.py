"""The synthetic reports and the facts they state keep agreeing.

tests/fixtures/reports/ holds reports written for govkg's tests (fictional, see its README)
and, for each, the facts its text states: the oracle `govkg ingest` is scored against. If the
two drifted apart, a correct extractor would be scored as wrong, so the checker runs here, and
the tests below show that it catches a wrong fact.
"""

from __future__ import annotations

import copy
import importlib.util
from pathlib import Path
from types import ModuleType

import pytest
import yaml

REPORTS = Path(__file__).parent / "fixtures" / "reports"


def _checker() -> ModuleType:
    """check_expected.py is also a script, so load it by path, not as a package module."""
    spec = importlib.util.spec_from_file_location(
        "fixture_reports_check", REPORTS / "check_expected.py"
    )
    assert spec
    assert spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


checker = _checker()
EXPECTATIONS = checker.expectation_files()


def _load(stem: str) -> tuple[dict, bytes]:
    expected = yaml.safe_load((REPORTS / f"{stem}.expected.yaml").read_text(encoding="utf-8"))
    return expected, (REPORTS / f"{stem}.txt").read_bytes()


def test_every_report_has_its_expectations_and_a_readme_entry() -> None:
    reports = {p.name.removesuffix(".txt") for p in REPORTS.glob("*.txt")}
    expected = {p.name.removesuffix(".expected.yaml") for p in EXPECTATIONS}
    assert reports == expected
    assert len(reports) >= 7
    assert all(stem.startswith("synthetic-") for stem in reports)
    readme = (REPORTS / "README.md").read_text(encoding="utf-8")
    assert "fictional" in readme
    for stem in reports:
        assert f"`{stem}.txt`" in readme, stem


@pytest.mark.parametrize("expectation", EXPECTATIONS, ids=lambda p: p.name)
def test_expectations_hold(expectation: Path) -> None:
    assert checker.check_file(expectation) == []


def test_aliases_occur_in_the_reports_they_cite() -> None:
    assert checker.check_aliases() == []


def test_the_deliberate_traps_are_still_there() -> None:
    """Each fixture keeps the hazard it exists for; an edit that removed one would pass silently."""
    declared = {
        p.name.removesuffix(".expected.yaml"): {
            (i["type"], i["name"]) for i in yaml.safe_load(p.read_text("utf-8"))["inconsistencies"]
        }
        for p in EXPECTATIONS
    }
    assert declared["synthetic-gbk"] == {("sum", "总支出"), ("share", "公用经费")}
    assert declared["synthetic-table-years"] == {("over-budget", "数据治理平台建设经费")}
    assert not any(
        v for k, v in declared.items() if k not in {"synthetic-gbk", "synthetic-table-years"}
    )

    raw = (REPORTS / "synthetic-gbk.txt").read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    truncated, _ = _load("synthetic-truncated")
    assert truncated["complete"] is False
    assert truncated["ends_with"]
    paged, _ = _load("synthetic-page-break")
    assert {b["kind"] for b in paged["page_breaks"]} == {"inside-word", "inside-amount-sentence"}
    refused, _ = _load("synthetic-not-a-report")
    assert refused["is_report"] is False


@pytest.mark.parametrize(
    ("stem", "edit", "complaint"),
    [
        ("synthetic-table-years", lambda e: e["platforms"].append("政务云平台X"), "does not occur"),
        (
            "synthetic-table-years",
            lambda e: e["expenditure"][5].update(yuan="298800"),
            "yuan 298800",
        ),
        ("synthetic-table-years", lambda e: e["indicators"][3].update(value="2100"), "2100万余条"),
        (
            "synthetic-table-years",
            lambda e: e["inconsistencies"].clear(),
            "undeclared inconsistency over-budget",
        ),
        ("synthetic-ascii-punct", lambda e: e["staffing"].update(编制=15), "says 16"),
        ("synthetic-ascii-punct", lambda e: e["expenditure"][3].update(share="21"), "share 21%"),
        ("synthetic-gbk", lambda e: e.update(encoding="utf-8"), "does not decode"),
        (
            "synthetic-gbk",
            lambda e: e["inconsistencies"].pop(),
            "undeclared inconsistency share: 公用经费",
        ),
        ("synthetic-gbk", lambda e: e["events"][0].update(date="2022-10-21"), "dated"),
        (
            "synthetic-page-break",
            lambda e: e.update(layout="plain"),
            "'市城管执法局' does not occur",
        ),
        (
            "synthetic-page-break",
            lambda e: e["page_breaks"].append({"kind": "x", "joined": "政务云平台新增"}),
            "no form feed",
        ),
        ("synthetic-truncated", lambda e: e.update(ends_with="86.40万元"), "does not end with"),
        ("synthetic-not-a-report", lambda e: e.update(material="a real report"), "material"),
    ],
)
def test_the_checker_catches_a_wrong_fact(stem: str, edit, complaint: str) -> None:
    expected, raw = _load(stem)
    broken = copy.deepcopy(expected)
    edit(broken)
    problems = checker.check(broken, raw)
    assert any(complaint in p for p in problems), problems
