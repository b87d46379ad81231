"""Forty-first trial: an evaluation sent as a letter to the finance bureau, its page with no
title, opening on the addressee line (``document/evaluationletter``). Held on fictional text:
such letters are read, unnamed where the writer says only 我局; a notice, a request for funds,
a planned evaluation and a letter from the finance bureau stay refused."""

from __future__ import annotations

import pytest

from govkg.core.errors import IngestError
from govkg.ingest.document.evaluationletter import sends_evaluation_letter
from govkg.ingest.document.report import UNNAMED, read_document
from govkg.ingest.text.textview import clean_view

LETTER = (
    "样例市财政局：\n"
    "按照市财政局的要求，我局组织专家完成了2030年度市级"
    "文化事业专项经费绩效自评。现将自评情况汇报如下：\n"
    "（一）经费安排及使用情况\n"
    "2030年安排某某展演经费86.5万元，图书采购经费42万元。\n"
    "（二）主要成效\n展演场次超额完成。\n"
)


def _document(text: str):
    return read_document(clean_view(text), "x.txt")


def test_an_evaluation_letter_to_the_finance_bureau_is_read():
    assert sends_evaluation_letter(LETTER)
    document = _document(LETTER)
    assert document.unit == UNNAMED
    assert document.year == 2030


def test_a_commissioned_evaluation_letter_with_a_sentence_between_is_read():
    text = (
        "某省财政厅:\n我委委托会计师事务所开展了2031年度部门专项资金绩效评价,对三项资金的"
        "使用情况进行评价。现将有关情况报送如下:\n一、评价范围\n某某资金1,200万元。\n"
    )
    assert sends_evaluation_letter(text)
    assert _document(text).unit == UNNAMED


@pytest.mark.parametrize(
    "text",
    [
        # a notice to many finance bureaus
        "各县（区）财政局：\n为做好绩效管理，我局决定开展2031年度专项资金绩效评价工作，"
        "现将有关事项通知如下：\n一、评价范围\n某某资金300万元。\n",
        # a request for funds: no evaluation made
        "样例市财政局：\n我局承办的某某活动需经费50万元，现将有关情况报告如下：\n"
        "一、活动基本情况\n活动规模500人。\n二、经费测算\n场地租赁20万元。\n",
        # an evaluation only planned
        "样例市财政局：\n我局拟开展2031年度某某资金绩效评价，现将工作方案报告如下：\n"
        "一、评价对象\n某某资金300万元。\n",
        # no addressee line first: a news item about such an evaluation
        "本网讯 样例市某局开展了某某资金绩效评价，现将评价情况报告如下：\n一、评价对象\n"
        "某某资金300万元。\n",
    ],
)
def test_letters_that_are_no_evaluation_sent_stay_unread(text):
    assert not sends_evaluation_letter(text)


def test_a_request_for_funds_to_the_finance_bureau_stays_refused():
    text = (
        "样例市财政局：\n我局承办的某某活动需经费50万元，现将有关情况报告如下：\n"
        "一、活动基本情况\n活动规模500人。\n二、经费测算\n场地租赁20万元。\n"
    )
    with pytest.raises(IngestError):
        _document(text)
