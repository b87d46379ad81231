"""A publisher with its other nameplates in brackets, listed with 、 (trial 49's 765: 发布机构:
县财政局(县国资委、县金融监管局); the corpus's 720, 宁国市财政局(市国资委、市金融监管局)): the
bracket is part of the unit's name, as one second name is (宁国市文化和旅游局(广播电视局), 364).
Near misses keep today's reading: a bracket that is no nameplate, one second name. Test
material, fictional."""

from __future__ import annotations

from govkg.ingest.document.publisher import PUBLISHER
from govkg.ingest.extract import extract

BODY = (
    "样例县 2031年度中央转移支付(某某专项资金)绩效自评报告\n"
    "一、绩效目标分解下达情况\n2031年度中央下达我县某某专项资金20万元,已全部拨付。\n"
)


def unit(text: str) -> str:
    return extract(text, "fictional.txt").document.unit


def test_a_publisher_with_two_other_names_in_brackets_is_read_whole():
    text = "发布机构: 县财政局(县国资委、县金融监管局) 主题分类: 财政\n" + BODY
    assert unit(text) == "县财政局(县国资委、县金融监管局)"


def test_three_other_names_and_full_width_brackets_too():
    text = "来源:青岚市民政局（市老龄办、市慈善总会办公室、市救助站） 浏览次数:\n" + BODY
    assert unit(text) == "青岚市民政局（市老龄办、市慈善总会办公室、市救助站）"


def test_one_other_name_keeps_its_reading():
    text = "发布机构: 样例市文化和旅游局(广播电视局)\n" + BODY
    assert unit(text) == "样例市文化和旅游局(广播电视局)"


def test_a_bracket_of_no_nameplate_stays_outside():
    found = PUBLISHER.search("来源: 样例县财政局(2032年3月、更新) 浏览次数:")
    assert found is not None
    assert found["unit"] == "样例县财政局"
    found = PUBLISHER.search("来源: 样例县财政局(县国资委、办公用房) 浏览次数:")
    assert found is not None
    assert found["unit"] == "样例县财政局"
