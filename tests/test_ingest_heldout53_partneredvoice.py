"""Fifty-third trial: a department that says 我厅会同省财政厅… and names one other 厅 in the
documents it cites (《省某某厅等五部门关于…》) is that 厅 (``partneredvoice``, trial 53's
897). Held on fictional text, with the near cases that stay unnamed."""

from __future__ import annotations

from govkg.ingest.document.partneredvoice import partnered_department
from govkg.ingest.document.report import UNNAMED, read_document
from govkg.ingest.text.textview import clean_view

REPORT = (
    "根据财政部《关于加强某某公益金项目绩效管理工作的通知》要求,现将我厅2031年公益金支持"
    "某某设施建设项目支出绩效报告公告如下。\n"
    "一、绩效目标完成情况分析\n"
    "(一)资金投入情况分析\n"
    "1.资金安排情况。我厅会同省财政厅按照《省水利建设厅等五部门关于加快推进某某设施建设的"
    "通知》明确的任务,共同下达资金计划,具体为:《省财政厅省水利建设厅关于下达某某补助资金的"
    "通知》,共计下达公益金15000万元。\n"
    "(二)总体绩效目标完成情况分析\n"
    "我厅坚持问题导向,积极推动全省某某设施建设。\n"
)


def test_the_one_other_department_is_the_writer():
    assert read_document(clean_view(REPORT), "x.txt").unit == "省水利建设厅"


def test_a_partner_that_is_no_department_reads_nothing():
    head = REPORT.replace("我厅会同省财政厅", "我厅会同省级有关部门")
    assert partnered_department(head) is None
    assert read_document(clean_view(head), "x.txt").unit == UNNAMED


def test_two_other_departments_or_a_general_office_read_nothing():
    two = REPORT.replace("《省财政厅省水利建设厅", "《省财政厅省农业农村厅")
    assert partnered_department(two) is None
    office = REPORT.replace("省水利建设厅", "省人民政府办公厅")
    assert partnered_department(office) is None


def test_without_the_voice_nothing_is_read():
    assert partnered_department(REPORT.replace("我厅会同", "市局会同")) is None
