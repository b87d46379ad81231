"""Fiftieth trial: a text naming itself only as the holder of the project it self-evaluated
(我单位对X2031年度…项目…开展了自评, ``ownproject``). Held on fictional text, with the near
misses that keep today's reading."""

from __future__ import annotations

from govkg.ingest.document.ownproject import own_project_unit
from govkg.ingest.document.report import read_document
from govkg.ingest.text.textview import clean_view


def test_the_project_s_holder_is_the_unit_that_self_evaluated_it():
    text = (
        "根据样例区财政局《关于开展2031年度预算绩效自评的通知》文件精神,我单位对水质监测站2031年度"
        "某某监测专项项目使用管理情况认真开展了自评。现将项目绩效自评情况报告如下:\n一、基本情况\n"
        "(1)预算安排情况\n某某监测专项经费预算数为16万元。\n(2)资金使用情况\n实际执行数为10.01万元。\n"
    )
    assert read_document(clean_view(text), "x.txt").unit == "水质监测站"


def test_a_pronoun_naming_the_same_organisation_word():
    head = "我站对样例县水质监测站2031年度某某项目开展了绩效自评。"
    assert own_project_unit(head) == ("样例县水质监测站", (3, 11))


def test_near_misses_read_nothing():
    # another organisation word than the pronoun's: a bureau's evaluation of a station
    assert own_project_unit("我局对水质监测站2031年度某某项目开展了自评。") is None
    # a subordinate's project
    assert own_project_unit("我单位对下属水质监测站2031年度某某项目开展了自评。") is None
    # an evaluation, not a self-evaluation
    assert own_project_unit("我单位对水质监测站2031年度某某项目开展了自评价。") is None
    assert own_project_unit("我单位对水质监测站2031年度某某项目开展了绩效评价。") is None
    # no year's project
    assert own_project_unit("我单位对水质监测站的工作开展了自评。") is None
