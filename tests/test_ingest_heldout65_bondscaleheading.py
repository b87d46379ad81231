"""A bond-funded project's disclosure whose use is headed by the 存续期 template's first item,
…政府债券资金总体规模, or by a year's …地方政府债券资金公开情况, the money used stated under it, is
a project report of the family, as one headed …专项债券资金使用情况 is (trial 65's 1346, a city
bureau's 债券存续期公开: 一、政府债券资金总体规模 / …共使用债券资金1100.00万元; 1347, a company's
year-by-year 地方政府债券资金公开情况: 三、2017年地方政府债券资金公开情况 / …共支出300万元; both
refused before). The scale's heading with no money used under it, a 公开情况 heading of no bond,
and a scale heading with no other item of the template and no disclosure named stay refused.
Test material, fictional."""

from __future__ import annotations

import pytest

from govkg.core.errors import IngestError
from govkg.ingest.document.bonddisclosure import discloses_bond_use
from govkg.ingest.extract import extract

SCALE = (
    "样例市教育局2034-2035债券存续期公开\n"
    "一、政府债券资金总体规模\n样例市教育局2034-2035共使用债券资金900.00万元。\n"
    "二、项目安排情况\n样例市三所幼儿园建设项目总投资金额:4866.94万元,安排债券资金2000.00万元。\n"
    "三、项目实施进度\n截止2035年末,项目正在施工。\n"
    "四、项目收益实现情况\n截止2035年末,项目仍处于建设期,未实现收益。\n"
)
YEARLY = (
    "一、2033年未使用当年发行的地方政府债券资金\n"
    "二、2034年地方政府债券资金公开情况\n"
    "2035年,下达我公司2034年新增地方政府一般债券资金300万元,用于青岚水库引水工程的前期建设,"
    "截止2035年12月共支出300万元,无结余。\n"
    "三、2035年未使用当年发行的地方政府债券资金\n"
    "样例市水利建设公司\n2036年5月29日\n"
)


@pytest.mark.parametrize("text", [SCALE, YEARLY])
def test_a_bonds_scale_or_yearly_disclosure_heading_heads_its_use(text):
    assert discloses_bond_use(text)
    assert extract(text, "fictional.txt").document.genre == "项目支出绩效自评报告"


@pytest.mark.parametrize(
    "text",
    [
        # the scale's heading, no money said used under it
        SCALE.replace("共使用债券资金900.00万元", "发行债券资金900.00万元"),
        # a 公开情况 heading of no bond
        YEARLY.replace("地方政府债券资金公开情况", "部门预算公开情况")
        .replace("一、2033年未使用当年发行的地方政府债券资金\n", "")
        .replace("三、2035年未使用当年发行的地方政府债券资金\n", ""),
        # the scale's heading alone: no other item, no disclosure named
        "一、政府债券资金总体规模\n截至2035年末,共使用债券资金900万元。\n",
    ],
)
def test_no_money_used_no_bond_or_a_lone_scale_heading_stays_refused(text):
    assert not discloses_bond_use(text)
    with pytest.raises(IngestError):
        extract(text, "fictional.txt")
