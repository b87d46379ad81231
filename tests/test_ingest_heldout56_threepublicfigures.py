"""A news roundup of several bodies' 三公 figures is a report of the family (trial 56's 1031, ten
陕西 departments' 2010 三公 in traditional characters with readings: 2010年“三公”支出为1421.31萬元
… “三公經費”支出合計為7.27億元; 1032, fifteen provinces' 2013 budgets: 三公經費預算總額多為5億-
10億元 … 北京三公經費…達11.1億元 … “三公經費”共114.72億元; both refused before): the 三公 named
with an amount in its clause, at least twice. One such sentence, 三公 named with no amount, an
amount in the next sentence and a text of another class (an audit) stay refused. Test
material, fictional."""

from __future__ import annotations

import pytest

from govkg.core.errors import IngestError
from govkg.ingest.document.threepublicfigures import states_three_public_figures
from govkg.ingest.extract import extract

DEPARTMENTS = (
    "\n样例省10部门8月5日公布2030年“三公”支出。其中支出最多的是省某某厅,2030年“三公”支出为"
    "1421.31万元;支出最少的是样例省某某学院,为164万元。\n"
    "根据省财政厅日前公布的数据,2030年样例省省级行政事业单位用财政拨款开支的“三公经费”支出"
    "合计为7.27亿元。其中,出国(境)经费0.29亿元,车辆购置及运行费4.93亿元。\n"
    "样例省今年在10个省级部门进行部门预算公开试点。\n"
)
PROVINCES = (
    "数据\n样例两市三公经费超10亿\n"
    "从查询的数据看,2031年三公经费预算总额多为5亿-10亿元。其中,样例市三公经费在查询的省份中"
    "最高,达11.1亿元;某某最低,为4.3亿元。\n"
    "可查询的15个省份中,“三公经费”共114.72亿元。\n"
)
GLOSSED = (
    "\n樣例省10部門8月5日公布2030年“三公”支出。其中支出最多的是省某某廳,2030年“三公”支出為"
    "1421.31萬元。\n根據(jù)省財政廳日前公布的數(shù)據(jù),2030年樣例省省級“三公經(jīng)費(fèi)”支出"
    "合計為7.27億元。\n"
)


@pytest.mark.parametrize("text", [DEPARTMENTS, PROVINCES, GLOSSED])
def test_a_roundup_of_three_public_figures_is_read(text):
    read = extract(text, "fictional.txt")
    assert read.document.year in (2030, 2031)
    assert read.document.unit_named is False  # a roundup names no one issuer
    assert len(read.money) >= 2


@pytest.mark.parametrize(
    "text",
    [
        "样例县新闻\n今年全县安排“三公”经费500万元,比上年减少10%。\n",  # one statement
        "样例市要求压减“三公”经费。各单位“三公”支出不得超过上年。全市预算安排30万元用于培训。\n",
        "2030年“三公”支出有所下降。总额为1421.31万元。“三公经费”继续压减。合计7.27亿元。\n",
        "审计发现,样例局超标准列支“三公”经费12万元,“三公”支出超预算5万元。\n",  # an audit
    ],
)
def test_one_figure_no_figure_the_next_sentence_or_an_audit_stays_refused(text):
    with pytest.raises(IngestError):
        extract(text, "fictional.txt")


def test_the_figure_must_be_money_in_the_clause_of_the_three_public():
    assert states_three_public_figures("“三公”支出为12万元。“三公经费”共3亿元。")
    assert not states_three_public_figures("“三公”支出为12万元。“三公经费”减少了10%,共3个单位。")
