"""Thirty-third trial (422): a finance bureau's evaluation of a fund whose page lost its title
opens on its own sentence (对…进行了绩效评价,现将评价结果报告如下) and goes on under the
evaluation's headings ((一)评价目的): a report of the family (``evaluationopening``). Held on
fictional text, with the near misses that must stay refused."""

from __future__ import annotations

import pytest

from govkg.core.errors import IngestError
from govkg.ingest.document.evaluationopening import opens_evaluation
from govkg.ingest.document.report import read_document
from govkg.ingest.text.textview import clean_view


def _read(text: str):
    return read_document(clean_view(text), "x.txt")


EVALUATION = (
    "样例市财政局绩效评价组依据有关规定,对样例镇2031年农村饮水巩固提升补助资金48.5万元"
    "进行了综合绩效评价。现将有关情况报告如下:\n"
    "1、评价依据\n《样例市财政支出绩效评价暂行办法》。\n"
    "2、评价对象和范围\n补助资金覆盖12个行政村。\n"
)


def test_an_evaluation_opening_on_its_own_sentence_is_read():
    assert opens_evaluation(EVALUATION)
    read = _read(EVALUATION)
    assert read.year == 2031


def test_the_sentence_without_an_evaluation_heading_is_no_sign():
    text = (
        "我们对样例镇2031年农村饮水补助资金48.5万元进行了绩效评价,现将评价结果报告如下:\n"
        "一、资金情况\n资金已全部拨付到村。\n"
    )
    assert not opens_evaluation(text)
    with pytest.raises(IngestError):
        _read(text)


def test_an_audit_under_the_same_headings_is_refused():
    text = (
        "样例县审计局对样例镇2031年农村饮水补助资金48.5万元进行了专项审计,现将审计结果报告如下:\n"
        "(一)审计目的\n核实资金使用情况。\n(二)评价方法\n抽查凭证。\n"
    )
    assert not opens_evaluation(text)
    with pytest.raises(IngestError):
        _read(text)


def test_rules_on_evaluation_with_the_headings_are_refused():
    text = (
        "样例县专项资金使用评价须知\n"
        "各单位应对使用的专项资金进行绩效评价,评价结果及时上报。专项资金单笔超过50万元的,另行评审。\n"
        "(一)评价目的\n提高资金使用效益。\n(二)评价方法\n定量与定性相结合。\n"
    )
    assert not opens_evaluation(text)
    with pytest.raises(IngestError):
        _read(text)
