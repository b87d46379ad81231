"""Trial 60's 1177, a model-essay mirror's page 項目運行績效監控報告(精選27篇) in traditional
characters, a district medical-insurance bureau's mid-year monitoring report below it: refused
before. A project's monitoring report may say the running before 绩效 (项目运行绩效监控报告), and
the mirror counts its collected reports after the title (精选27篇): still the title of a
project's report (``titlemonitoring``). Any other words after it, or a sentence going on, are
no title. Test material, fictional."""

from __future__ import annotations

import pytest

from fictional_text import document
from govkg.core.errors import IngestError
from govkg.ingest.extract import extract

BLURB = "\n下面是小编帮大家整理的范文,欢迎大家分享。\n"
BODY = "一、项目支出基本情况\n(一)项目概况:资金规模共计120万元。\n"


@pytest.mark.parametrize(
    "title",
    ["项目运行绩效监控报告(精选27篇)", "項目運行績效監控報告(精選3篇)", "项目运行绩效监控报告"],
)
def test_a_collected_monitoring_report_is_a_project_report(title):
    doc = document(title + BLURB + BODY)
    assert doc.genre == "项目支出绩效自评报告"
    assert doc.year is None
    assert not any(note.startswith("it has no title") for note in doc.notes)
    assert document(title + BLURB + "资金规模共计120万元。\n").genre == "项目支出绩效自评报告"


@pytest.mark.parametrize(
    "title",
    [
        "项目运行绩效监控报告怎么写(精选3篇)",
        "项目运行绩效监控报告(2页)",
        "开展项目运行绩效监控报告工作",
    ],
)
def test_other_words_after_it_are_no_title(title):
    with pytest.raises(IngestError):
        extract(title + BLURB + "资金规模共计120万元。\n", "fictional.txt")
