"""Acceptance of trial 52's refused shapes, by class, on fictional texts: a sumu government's
summary of its central transfers' self-evaluations whose amounts a tender site masked with *
(865: read as a report, its masked amounts never a figure, named in a note), and an area's
summed 三公 note that says its 三公经费 is a 决算支出汇总数 (873: read, its unit unnamed). Near
cases stay refused or read as before. Test material, fictional."""

from __future__ import annotations

import pytest

from govkg.core.errors import IngestError
from govkg.ingest.extract import extract
from govkg.ingest.text.masked import masked_amounts
from govkg.ingest.threepublic.summed import states_summed_total

MASKED_SUMMARY = (
    "根据《样例旗财政局关于开展2031年度中央对地方转移支付预算执行情况绩效自评工作的通知》文件"
    "要求,样例旗某某苏木人民政府开展并完成了本部门涉及中央对地方转移支付预算执行情况绩效自评工作,"
    "涉及2031年度中央对地方转移支付项目2个,项目绩效自评结果综述如下:\n"
    "项目一:样例嘎查集体经济项目,项目全年预算数*元,执行数*元,完成预算的100%。\n"
    "项目二:边民补助,项目全年预算数56.*元,执行数56.*元,完成预算的100%。受益人群120人。\n"
)


def test_a_masked_self_evaluation_summary_is_read_as_a_report_of_its_unit():
    report = extract(MASKED_SUMMARY, "fictional.txt")
    assert (report.document.unit, report.document.year) == ("样例旗某某苏木人民政府", 2031)
    assert report.document.unit_named


def test_masked_amounts_are_never_a_figure_and_are_named_in_a_note():
    report = extract(MASKED_SUMMARY, "fictional.txt")
    assert not any("*" in m.as_written for m in report.money)
    assert [m.amount for m in report.money] == []
    note = next(n for n in report.document.notes if "masked" in n)
    assert "4 amounts" in note
    assert "*元" in note
    assert "56.*元" in note


def test_the_same_summary_with_its_digits_kept_reads_them():
    text = MASKED_SUMMARY.replace("*元", "300000元").replace("56.*元", "5600元")
    report = extract(text, "fictional.txt")
    assert len(report.money) == 4
    assert not any("masked" in n for n in report.document.notes)


def test_a_notice_asking_for_the_self_evaluation_stays_refused():
    text = (
        "各苏木镇:\n请各单位开展本部门涉及中央对地方转移支付预算执行情况绩效自评工作,"
        "并将结果综述如下表报送,项目全年预算数*元。\n"
    )
    with pytest.raises(IngestError):
        extract(text, "fictional.txt")


def test_a_star_without_a_unit_word_or_between_digits_is_no_masked_amount():
    assert masked_amounts("全年预算数*,执行数*元,5*3元,注*:说明,**.*万元") == ["*元", "**.*万元"]


HANYANG_LIKE = (
    "关于样例区2031年“三公”经费决算支出情况说明\n\n"
    "此次公开的我区2031年“三公”经费为决算支出汇总数(已作决算数上报省、市财政部门),"
    "“三公”经费支出总数为3,210万元,比上年增长5.2%。\n\n其中:\n\n"
    "1.因公出国(境)支出120万元,比上年下降3.1%。\n\n"
    "2.公务用车购置及运行维护支出2,590万元。\n\n3.公务接待支出500万元。\n"
)


def test_an_areas_note_saying_its_fee_is_a_summed_account_is_read_unnamed():
    report = extract(HANYANG_LIKE, "fictional.txt")
    assert report.document.year == 2031
    assert not report.document.unit_named
    kinds = {m.as_written: m.kind for m in report.money}
    assert kinds["3,210万元"] == "SPENDING"
    assert kinds["500万元"] == "SPENDING"


def test_a_summed_total_needs_its_amount_and_the_fee_before_it():
    assert states_summed_total("我区2031年“三公”经费为决算支出汇总数,支出总数为3,210万元。")
    assert not states_summed_total("我区2031年“三公”经费为决算支出汇总数。\n另见附表。")
    assert not states_summed_total("全区会议费为决算支出汇总数,支出总数为3,210万元。")
