"""Fiftieth trial: a budget note names its unit in its title line (样例区某局2031年部门预算
情况说明, ``budgettitle``) and in its composition sentence (从单位构成看,区政协包括…,
``issuer._COMPOSED``). Held on fictional text, with the near misses that keep today's
reading."""

from __future__ import annotations

from govkg.ingest.document.budgettitle import budget_title_unit
from govkg.ingest.document.report import read_document
from govkg.ingest.text.textview import clean_view

BODY = (
    "一、单位基本情况\n样例区人民法院是国家的审判机关。\n二、部门预算情况说明\n"
    "2031年一般公共预算财政拨款收入 438.41万元,比2030年减少9.04万元。\n"
    "三、“三公”经费情况说明\n2031年“三公”经费预算 14万元。\n"
)


def test_the_title_line_names_the_note_s_unit_in_full():
    text = "青岚市样例区人民法院2031年部门预算情况说明\n" + BODY
    assert read_document(clean_view(text), "x.txt").unit == "青岚市样例区人民法院"


def test_a_department_s_bu_heads_its_title_line():
    assert budget_title_unit("第一部分\n样例开发区宣传部2031年部门预算说明\n一、") == (
        "样例开发区宣传部",
        (5, 13),
    )
    assert budget_title_unit("样例县某某局2031年部门预算公开\n")[0] == "样例县某某局"


def test_near_misses_are_no_title():
    # a sentence going on after the budget's words
    assert budget_title_unit("样例县某某局2031年部门预算说明如下:\n") is None
    assert budget_title_unit("样例县某某局关于2031年度预算公开的补充说明\n") is None
    # a pronoun or a sentence's lead before it
    assert budget_title_unit("本单位2031年部门预算说明\n") is None
    assert budget_title_unit("根据样例县某某局2031年部门预算说明\n") is None
    # no organisation word before the year
    assert budget_title_unit("第一部分2031年部门预算说明\n") is None


def test_the_composition_sentence_names_a_short_unit():
    text = (
        "一、主要职能 政协的主要职能是政治协商。 二、部门预算单位构成 从单位构成看,区政协包括办公室、"
        "提案委员会。 三、部门收支概况 (一)2031年初预算收入275.72万元,其中:一般公共预算拨款226.72万元。"
    )
    assert read_document(clean_view(text), "x.txt").unit == "区政协"


def test_a_composition_with_no_unit_names_none():
    text = (
        "一、主要职能 负责某某工作。 二、部门预算单位构成 从单位构成看,本单位包括办公室。"
        " 三、部门收支概况 (一)2031年初预算收入275.72万元,其中:一般公共预算拨款226.72万元。"
    )
    assert read_document(clean_view(text), "x.txt").unit_named is False
