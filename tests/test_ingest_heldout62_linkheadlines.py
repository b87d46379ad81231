"""Trial 62's 1267: a 三公 news page under a row of bracketed links to related items ([某部门2010年
预算执行情况审计报告] [聚焦2011年中央部委部门预算收支 ] …): two links' years read as a year's 执行
beside the next year's 预算 and dated the page 2011, its 三公 accounts being 2010's. The row is
furniture, blanked before the year is read (``document.linkheadlines``); a line with words
outside its brackets, or one or two bracketed items, stays.
"""

from __future__ import annotations

from govkg.ingest.document.linkheadlines import without_link_headlines
from govkg.ingest.document.years import stated_year

ROW = (
    "[样例局三公经费八成用于养车] [样例部门2034年预算执行情况审计报告] [聚焦2035年部门预算收支 ]\n"
)
NEWS = (
    "按照部署,各单位应当公开“三公”预算。\n"
    "样例局\n"
    "2034年,样例局“三公经费”实际支出604.83万元,其中公务接待费136.39万元。\n"
)


def test_a_row_of_link_headlines_dates_nothing():
    assert without_link_headlines(ROW).strip() == ""
    assert len(without_link_headlines(ROW)) == len(ROW)
    found = stated_year(ROW + NEWS)
    assert found is not None
    assert found["year"] == "2034"


def test_words_outside_brackets_or_few_brackets_stay():
    for line in ("[返回] [打印]\n", "相关:[样例局2034年预算执行] [聚焦2035年预算] [其他]\n"):
        assert without_link_headlines(line) == line
