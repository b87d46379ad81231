"""The general fallback (``familywords``), on fictional text: an untitled page that shows no
specific sign of the genre but states money among five of the family's word groups is read;
the same words in a funding notice, a procurement notice, an audit, rules, a news item or a
company's page, or fewer than five groups, read nothing (``otherclasses``)."""

from __future__ import annotations

import pytest

from fictional_text import document
from govkg.core.errors import IngestError
from govkg.ingest.document.familywords import speaks_as_family
from govkg.ingest.document.otherclasses import other_class

# no title, no heading of the genre at a line's start, one of report._VOCABULARY's words, no
# form title, indicator table, 三公 total or evaluation score: only the general rule reads it
UNTITLED = (
    "青岚市档案馆2031年度工作回顾\n"
    "本馆2031年度绩效自评工作已完成。全年人员经费支出120万元,公用经费35.6万元,"
    "年末结余2.1万元按规定结转下年使用。各项绩效指标完成较好,资金使用规范。\n"
    "存在的问题:档案数字化进度偏慢,下一步将加快推进。\n"
)


def test_an_untitled_page_in_the_familys_words_is_read():
    doc = document(UNTITLED)
    assert doc.year == 2031
    assert any("general" in note or "words of the genre" in note for note in doc.notes)


def test_it_is_the_general_rule_that_reads_it():
    assert speaks_as_family(UNTITLED)


@pytest.mark.parametrize(
    "opening",
    [
        "青岚市财政局关于下达2031年档案数字化补助资金的通知\n各区财政局:\n",  # a funding notice
        "青岚市档案馆档案数字化服务采购意向\n采购单位:青岚市档案馆\n",  # procurement
        "青岚市审计局关于市档案馆2031年度预算执行情况审计发现问题的报告\n",  # an audit
        "青岚市档案馆预算绩效管理办法\n第一条 为规范资金使用,制定本办法。\n",  # rules
        "本报讯(记者 王某)青岚市档案馆日前召开会议。\n",  # a news item
        "青岚档案科技股份有限公司2031年年度报告摘要\n证券代码:600000\n",  # a company
    ],
)
def test_the_same_words_in_another_class_read_nothing(opening):
    text = opening + UNTITLED.split("\n", 1)[1]
    assert other_class(text) is not None
    assert not speaks_as_family(text)
    with pytest.raises(IngestError, match="does not look like a report of the genre family"):
        document(text)


def test_four_word_groups_are_not_enough():
    few = (
        "青岚市档案馆2031年度工作回顾\n全年人员经费支出120万元,年末结余2.1万元按规定结转。"
        "各项绩效指标完成较好。\n"
    )
    assert not speaks_as_family(few)
    with pytest.raises(IngestError):
        document(few)


def test_a_report_quoting_the_rules_it_follows_is_no_rules():
    quoting = "根据《青岚市预算绩效管理办法》,现将情况报告如下。\n" + UNTITLED
    assert other_class(quoting) is None
