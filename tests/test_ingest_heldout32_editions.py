"""Two reports under one generic title and year whose units go unnamed are two reports when
they state no amount in common (thirty-second trial: 2017年度项目绩效自评报告 heads many units'
reports, and an unnamed issuer tells nothing); where they share one, or one unit is named on
both sides, the second is another form of the first, as before. Test material."""

from __future__ import annotations

import pytest

from govkg.core.errors import IngestError
from govkg.core.records import Seed
from govkg.ingest.write import ingest
from govkg.seed.load import load_seed

GENERIC = (
    "2017年度项目绩效自评报告\n"
    "一、项目基本情况\n"
    "该项目为持续性项目,主要用于{use}。\n"
    "二、项目资金使用情况\n"
    "年初预算{budget}万元,全年实际支出{spent}万元,预算执行率100%。\n"
    "三、绩效目标完成情况\n"
    "产出指标均已完成。\n"
)


def _documents(into) -> Seed:
    return load_seed(into).documents


def test_two_unnamed_units_reports_under_one_generic_title_are_two_reports(tmp_path):
    first, second = tmp_path / "a.txt", tmp_path / "b.txt"
    first.write_text(GENERIC.format(use="会议培训", budget="5", spent="5"), encoding="utf-8")
    second.write_text(GENERIC.format(use="设备购置", budget="12", spent="12"), encoding="utf-8")
    into = tmp_path / "seed"
    ingest(first, into)
    ingest(second, into)  # no amount in common: another unit's report, not another form
    assert len(_documents(into)) == 2


def test_an_edition_stating_the_same_amounts_is_still_another_form(tmp_path):
    first, again = tmp_path / "a.txt", tmp_path / "a2.txt"
    text = GENERIC.format(use="会议培训", budget="5", spent="5")
    first.write_text(text, encoding="utf-8")
    again.write_text(text.replace("\n", "\n\n"), encoding="utf-8")  # another layout of it
    into = tmp_path / "seed"
    ingest(first, into)
    with pytest.raises(IngestError, match="already holds a report with this title and year"):
        ingest(again, into)
    ingest(again, into, as_new=True)
    assert len(_documents(into)) == 2


def test_one_named_unit_under_one_title_and_year_is_another_form_whatever_it_states(tmp_path):
    named = "样例县某某中心" + GENERIC
    first, again = tmp_path / "a.txt", tmp_path / "b.txt"
    first.write_text(named.format(use="会议培训", budget="5", spent="5"), encoding="utf-8")
    again.write_text(named.format(use="会议培训", budget="7", spent="7"), encoding="utf-8")
    into = tmp_path / "seed"
    ingest(first, into)
    with pytest.raises(IngestError, match="already holds a report with this title and year"):
        ingest(again, into)


UNTITLED = (
    "一、项目基本情况\n"
    "{project}工作由我局负责。\n"
    "二、项目资金情况\n"
    "2020年市财政局下达我局项目经费{budget}万元，实际支出{spent}万元，执行率100%。\n"
    "样例市交通运输局\n"
    "2021年3月1日\n"
)


def test_one_units_two_untitled_reports_opening_on_the_same_heading_are_two_reports(tmp_path):
    """The heading an untitled excerpt opens on (一、项目基本情况) is drafted as its title, and
    names no report: one bureau's two project reports of a year are two reports unless they
    state an amount in common (trial 44's 652 beside corpus 253). The unit is named (its
    signature), as where one named unit's title makes a second draft another form."""
    first, second, again = tmp_path / "a.txt", tmp_path / "b.txt", tmp_path / "c.txt"
    first.write_text(UNTITLED.format(project="道路前期", budget="200", spent="200"), "utf-8")
    second.write_text(UNTITLED.format(project="智慧交通", budget="168", spent="168"), "utf-8")
    again.write_text(UNTITLED.format(project="道路前期", budget="200", spent="200") + "\n", "utf-8")
    into = tmp_path / "seed"
    ingest(first, into)
    ingest(second, into)
    assert len(_documents(into)) == 2
    with pytest.raises(IngestError, match="already holds a report with this title and year"):
        ingest(again, into)  # the same amounts again: another form of the first
