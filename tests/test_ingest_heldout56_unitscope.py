"""Trial 56's 1003: a bracket after the unit's name saying what else its accounts include
(锡林郭勒盟文物保护管理站(包括锡盟博物馆)关于2015年部门决算情况) is their scope, not the name
(``scopemark``); a bracket giving the same body's other plates stays. Test material,
fictional."""

from __future__ import annotations

import pytest

from fictional_text import document
from govkg.ingest.document.scopemark import without_scope

BODY = (
    "{title}\n发布时间:2032-08-25 来源:样例盟文体局\n"
    "现将{opening}2031年度部门决算公开如下:\n一、部门基本情况\n1、主要职责:负责全盟文物保护工作。\n"
    "二、2031年度收入和支出决算情况\n1、收入决算说明:2031年共收入639.70万元。\n"
    "2、支出决算说明:2031年共支出563.73万元,其中基本支出152.05万元。\n"
)


@pytest.mark.parametrize(
    ("title", "unit"),
    [
        ("样例盟文物保护管理站(包括样例盟博物馆)关于2031年部门决算情况", "样例盟文物保护管理站"),
        ("样例县文化馆(含样例县图书馆)2031年度部门决算情况说明", "样例县文化馆"),
        ("样例市某某中心（包含下属三个分中心）2031年度部门决算", "样例市某某中心"),
    ],
)
def test_a_bracket_of_what_the_accounts_include_is_no_part_of_the_name(title, unit):
    assert document(BODY.format(title=title, opening=unit)).unit == unit


def test_a_bracket_of_the_bodys_other_plates_stays():
    assert without_scope("样例区民宗局(外侨办)") == "样例区民宗局(外侨办)"
    assert without_scope("样例县财政局(县国资委、县金融监管局)") == "样例县财政局(县国资委、县金融监管局)"
    # the bracket alone after words that are no name: nothing cut
    assert without_scope("全县文物(含可移动文物)") == "全县文物(含可移动文物)"
