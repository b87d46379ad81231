"""Trial 60's 1165, a newspaper's item on a city's departments' budgets with no date: it says
今年 and writes no year but the one its figures are compared with (比2018年减少了831.99万元 …
比去年减少0.07万元): read with no year before, now the compared year's next, 2019
(``comparedthisyear``). A year of the text's own, two compared years, last year's own figures
(the corpus's 922: 去年“三公经费”预算总额… 今年…比2010年预算数减少…, of 2010) or no 今年 read
nothing by this rule. Test material, fictional."""

from __future__ import annotations

import pytest

from fictional_text import document
from govkg.ingest.document.comparedthisyear import compared_this_year

NEWS = (
    "样例局等部门公务接待费预算为零\n"
    "今年青岚市政府工作报告要求过“紧”日子。记者注意到,“三公”经费预算总体下降。\n"
    "青岚市某某委员会机关运行经费比2034年减少了831.99万元,降幅为29.3%。\n"
    "青岚市某某办公室机关运行经费比去年减少0.07万元,降幅为0.02%。\n"
    "比如青岚市样例局基本支出预算3531.37万元,比2034年增加185.69万元。\n"
)


def test_this_years_figures_compared_with_one_year_are_of_the_year_after():
    assert document(NEWS).year == 2035
    assert compared_this_year(NEWS)["year"] == "2035"


@pytest.mark.parametrize(
    "text",
    [
        NEWS.replace("今年", "近日"),  # no 今年
        NEWS + "2035年,样例局预算安排12万元。\n",  # a year of its own
        NEWS.replace("比2034年增加", "比2033年增加"),  # two compared years
        "今年预算合计数为2646万元,比2034年预算数减少22.9万元。去年“三公经费”预算总额2668.9万元。\n",
        "今年样例局机关运行经费比2034年有所减少。\n",  # no amount with the compared year
    ],
)
def test_other_years_or_last_years_own_figures_read_nothing_here(text):
    assert compared_this_year(text) is None
