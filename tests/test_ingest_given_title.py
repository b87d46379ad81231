"""A page that lost its title is taken as a report when the person ingesting gives the title
(``--title``) and that title is one of the genre family; its unit and year come with it.
Fictional texts (青岚市…), and the CLI run as a user runs it."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from govkg.cli import main
from govkg.core.errors import IngestError
from govkg.ingest.document.report import Given
from govkg.ingest.extract import extract

NEWS = Path(__file__).parent / "fixtures" / "reports" / "synthetic-not-a-report.txt"

# the second page of a report, its title and headings gone with the first: no sign of the genre
TITLE_LOST = (
    "（接上页）本年度认真落实预算管理要求，全年资金支出56.8万元，"
    "其中办公设备购置12.3万元，网络运维服务费44.5万元。\n"
    "下一步将继续加强资金管理，提高资金使用效益。\n"
)
TITLE = "青岚市档案馆2021年度部门整体支出绩效自评报告"


def test_a_page_without_title_or_headings_is_refused_and_told_of_the_flag():
    with pytest.raises(IngestError, match="give its title with --title"):
        extract(TITLE_LOST, "page2.txt")


def test_the_given_title_makes_it_a_report_of_that_genre_unit_and_year():
    found = extract(TITLE_LOST, "page2.txt", Given(title=TITLE))
    document = found.document
    assert document.genre == "部门整体支出绩效自评报告"
    assert (document.unit, document.year, document.title) == ("青岚市档案馆", 2021, TITLE)
    assert "the title given with --title is one" in document.notes[0]
    assert [figure.as_written for figure in found.money] == ["56.8万元", "12.3万元", "44.5万元"]


def test_flags_for_unit_and_year_win_over_the_given_title():
    given = Given(unit="青岚市档案局", year=2022, title=TITLE)
    document = extract(TITLE_LOST, "page2.txt", given).document
    assert (document.unit, document.year) == ("青岚市档案局", 2022)


@pytest.mark.parametrize("title", ["会议纪要", "青岚市第三届数字经济博览会开幕", ""])
def test_a_title_outside_the_family_vouches_for_nothing(title):
    with pytest.raises(IngestError, match="does not look like a report"):
        extract(TITLE_LOST, "page2.txt", Given(title=title))


def test_the_cli_takes_the_title_and_writes_a_cited_draft(tmp_path, capsys):
    page = tmp_path / "page2.txt"
    page.write_text(TITLE_LOST, encoding="utf-8")
    into = tmp_path / "seed"
    assert main(["ingest", str(page), "--into", str(into)]) == 1
    assert "--title" in capsys.readouterr().out
    assert not into.exists() or not list(into.glob("*.yaml"))  # nothing half-written
    assert main(["ingest", str(page), "--into", str(into), "--title", TITLE]) == 0
    (draft,) = into.glob("*.yaml")
    record = yaml.safe_load(draft.read_text("utf-8"))
    document = record["documents"][0]
    assert (document["title"], document["fiscal_year"]) == (TITLE, 2021)
    for figure in record["money_figures"]:  # every figure cited verbatim in the page
        quote = figure["sources"][0]["quote"]
        assert quote in TITLE_LOST
        assert figure["as_written"] in quote
