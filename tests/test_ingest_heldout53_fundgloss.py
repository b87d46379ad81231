"""Fifty-third trial: a fund titled with a bracket after it (…发展资金(…资金)绩效评价报告)
is a fund, not a unit (``fundgloss``, trial 53's 895). Held on fictional text, with the
near cases that keep their readings."""

from __future__ import annotations

from govkg.ingest.document.fundgloss import without_gloss
from govkg.ingest.document.report import UNNAMED, read_document
from govkg.ingest.document.titleunit import is_fund
from govkg.ingest.text.textview import clean_view

REPORT = (
    "2031年度某某发展资金(某某建设与改造资金)绩效评价报告\n\n"
    "    发布日期:2033-02-21\n\n"
    "    一、项目基本情况\n\n"
    "    (一)项目预算情况\n\n"
    "    项目预算总计4300万元,资金来源均为省财政资金。具体包括:\n\n"
    "    1、示范城区奖励资金1200万元\n\n"
    "    2、批复单位:青岚省财政厅\n"
)


def test_a_fund_with_its_bracket_is_no_unit():
    document = read_document(clean_view(REPORT), "x.txt")
    assert document.unit == UNNAMED
    assert document.year == 2031


def test_the_bracket_hides_no_fund_word():
    assert is_fund("某某发展资金(某某建设与改造资金)")
    assert is_fund("某某救灾资金(第八批)")
    assert without_gloss("某某发展资金(冬春救助资金)") == "某某发展资金"


def test_a_unit_with_a_bracket_stays_a_unit():
    assert not is_fund("青岚县林业局(本级)")
    assert not is_fund("青岚县某某委员会(某某管理委员会)")
    titled = REPORT.replace("某某发展资金(某某建设与改造资金)", "青岚县某某中心(本级)", 1)
    assert read_document(clean_view(titled), "x.txt").unit == "青岚县某某中心"
