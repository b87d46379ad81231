"""Findings: what does not add up in the report, each with its citations."""

from __future__ import annotations

from conftest import ask

FINDINGS = (
    "{ findings { id code severity message subjects { id name } sources { quote start end } } }"
)


def test_the_symposium_dated_after_the_report_is_an_error_citing_both_dates(kg, report_text):
    findings = ask(kg, FINDINGS)["findings"]
    after = [f for f in findings if f["code"] == "EVENT_AFTER_REPORT_DATE"]
    assert len(after) == 1
    finding = after[0]
    assert finding["severity"] == "ERROR"
    assert "2023-11-28" in finding["message"]
    assert "2023-05-28" in finding["message"]
    quotes = [s["quote"] for s in finding["sources"]]
    assert any("2023年11月28日" in q for q in quotes)
    assert "2023年5月28日" in quotes
    for s in finding["sources"]:
        assert report_text[s["start"] : s["end"]] == s["quote"]


def test_stated_shares_all_agree_with_amounts(kg):
    assert not [f for f in ask(kg, FINDINGS)["findings"] if f["code"] == "SHARE_MISMATCH"]


def test_the_unitemised_project_remainder_is_noted(kg):
    notes = [f for f in ask(kg, FINDINGS)["findings"] if f["code"] == "UNITEMISED_REMAINDER"]
    assert len(notes) == 1
    assert "208,000.00 CNY (0.50%)" in notes[0]["message"]
    assert "98%" in notes[0]["message"]


def test_report_dated_before_its_fiscal_year_ended(kg):
    codes = {f["code"] for f in ask(kg, FINDINGS)["findings"]}
    assert "REPORT_DATED_BEFORE_YEAR_END" in codes
