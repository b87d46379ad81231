"""A bond disclosure titled by its unit, its years, then the disclosure (舞鋼市教育體育局2021-2022
債券存續(xù)期公開) names its unit (trial 65's 1346, read unnamed once accepted). A title opening
on 关于 or on its year (the unit cut off or masked), a level, and a line that is no disclosure
read nothing. Test material, fictional."""

from __future__ import annotations

from fictional_text import document
from govkg.ingest.document.bondtitleunit import bond_title_unit

DISCLOSURE = (
    "样例市教育局2034-2035债券存续期公开\n发布日期:2036-06-13\n"
    "一、政府债券资金总体规模\n样例市教育局2034-2035共使用债券资金900.00万元。\n"
    "二、项目安排情况\n样例市三所幼儿园建设项目总投资金额:4866.94万元,安排债券资金2000.00万元。\n"
    "三、项目实施进度\n截止2035年末,项目正在施工。\n"
    "四、项目收益实现情况\n截止2035年末,项目仍处于建设期,未实现收益。\n"
)


def test_the_disclosures_title_names_its_unit():
    assert bond_title_unit(DISCLOSURE)[0] == "样例市教育局"
    assert document(DISCLOSURE).unit == "样例市教育局"
    glossed = DISCLOSURE.replace("存续期公开", "存續(xù)期公開(kāi)")
    assert document(glossed).unit == "样例市教育局"  # a mirror's readings between
    used = DISCLOSURE.replace("2034-2035债券存续期公开", "2035年政府债券资金使用情况的说明")
    assert bond_title_unit(used)[0] == "样例市教育局"


def test_near_misses_read_nothing():
    about = DISCLOSURE.replace("样例市教育局2034-2035债券", "关于2034-2035年政府债券")
    assert bond_title_unit(about) is None  # no unit before the years
    level = DISCLOSURE.replace("样例市教育局2034", "市级2034")
    assert bond_title_unit(level) is None
    other = DISCLOSURE.replace("债券存续期公开", "债券发行计划")
    assert bond_title_unit(other) is None  # no disclosure
