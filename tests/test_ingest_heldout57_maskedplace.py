"""A title whose unit's place a document site masked (XX区第二幼儿园2017年度部门决算: trial 57's
1065, read 区第二幼儿园): the mask is part of the name as written, kept, never cut off as
furniture and never filled in. Test material, fictional."""

from __future__ import annotations

import pytest

from govkg.ingest.extract import extract

BODY = (
    "第一部分 概况 一、部门职责\n"
    "{unit}的主要职能:对入园学龄前儿童实施保育教育。\n"
    "第三部分 2031年度部门决算情况说明 一、收入决算情况说明\n"
    "本年收入合计252.5万元,较上年231.5万元,增加21万元,其中:财政拨款收入252.5万元。\n"
    "二、支出决算情况说明\n"
    "本年支出合计252.5万元,其中:基本支出252.5万元。\n"
)


@pytest.mark.parametrize("unit", ["XX区第二幼儿园", "xx县某某中学", "××市某某中心"])
def test_a_masked_place_stays_in_the_titles_name(unit):
    text = f"{unit}2031年度部门决算\n" + BODY.format(unit=unit)
    assert extract(text, "fictional.txt").document.unit == unit


def test_a_mask_behind_a_cell_border_stays_the_names():
    text = "| XX区第二幼儿园2031年度部门决算 |\n" + BODY.format(unit="XX区第二幼儿园")
    assert extract(text, "fictional.txt").document.unit == "XX区第二幼儿园"


def test_latin_letters_before_a_name_with_no_place_after_them_are_dropped():
    text = "No.12 样例区第二幼儿园2031年度部门决算\n" + BODY.format(unit="样例区第二幼儿园")
    assert extract(text, "fictional.txt").document.unit == "样例区第二幼儿园"


def test_an_unmasked_name_is_unchanged():
    text = "样例区第二幼儿园2031年度部门决算\n" + BODY.format(unit="样例区第二幼儿园")
    assert extract(text, "fictional.txt").document.unit == "样例区第二幼儿园"
