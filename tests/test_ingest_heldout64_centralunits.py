"""A news item on the central accounts names the central units' whole 三公 total by the bodies
that spend it, short: 2012年中央单位“三公经费”支出合计74.25亿元 (trial 64's 1329, a news item
with no headline whose clause 这是中央各部门自2011年首次向社会公开部门决算以来 was read as a title
naming 首次向社会). 中央单位 is the unit, as 中央本级 and 中央行政事业单位 are (the corpus's 1039,
1141); the disclosure's words (向社会公开) are never a name. 中央 with no such bodies, or a
department's share, still names none. Test material, fictional."""

from __future__ import annotations

from fictional_text import document
from govkg.ingest.document.notaunit import certain_unit
from govkg.ingest.threepublic.areatotal import area_total

ITEM = (
    "18日,随着样例局率先向社会公开其2035年部门决算书,新一轮中央部门决算公开全面启动。\n"
    "这是中央各部门自2034年首次向社会公开部门决算以来,连续第二年推进部门决算公开。\n"
    "根据2035年中央决算报告,2035年中央单位“三公经费”支出合计12.34亿元,比预算数减少1.23亿元。"
    "其中,因公出国(境)经费2.34亿元;车辆购置及运行费8.00亿元;公务接待费2.00亿元。\n"
)


def test_the_central_units_total_names_its_unit():
    assert document(ITEM).unit == "中央单位"


def test_the_disclosure_words_are_no_name():
    assert certain_unit("", "首次向社会") == ""
    assert certain_unit("", "首次向社会公开") == ""
    assert certain_unit("", "青岚县社会保险事业管理局") == "青岚县社会保险事业管理局"


def test_near_misses_name_none():
    assert area_total("2035年中央“三公”经费合计12.34亿元。") is None
    assert area_total("样例部“三公”经费占中央单位“三公”经费的3%。") is None
    assert area_total("2035年中央单位“三公经费”支出合计12.34亿元。")[0] == "中央单位"
