"""A news item on a department's published budget is of the budget's year, not of a year an
item's name carries: 项目支出则细化到2009年国家助学金249万 above 中国地震局以预算书形式公开了
2010年部门预算 (trial 63's 1282, read 2009). Only 公开(了)/公布(了) right before the year and the
year right before 部门预算 / 部门决算. Test material, fictional."""

from __future__ import annotations

from govkg.ingest.document.publishedbudgetyear import published_budget_year
from govkg.ingest.document.years import stated_year

NEWS = (
    "■ 特点\n本报讯(记者某某)与此前公开的部门预算对比,样例局预算书最大的变化在于公开了按支出"
    "内容列示的支出预算表。项目支出则细化到2034年国家助学金249万元,学生食堂设备购置280万元。\n"
    "中新网6月29日电 据样例局网站消息,样例局以预算书形式公开了2035年部门预算,其中详细解释了"
    "各类项目支出的情况。\n"
)


def test_the_published_budget_gives_the_year():
    assert stated_year(NEWS)["year"] == "2035"  # 2034 before: the first year stated


def test_the_verb_year_and_budget_must_stand_together():
    assert published_budget_year("样例局公布了2035年度部门决算。")["year"] == "2035"
    assert published_budget_year("样例局公开了2035年部门预算。")["year"] == "2035"
    assert published_budget_year("细化到2034年国家助学金249万元。") is None
    assert published_budget_year("公开了2035年以来的有关数据,部门预算…") is None
    assert published_budget_year("2035年公开部门预算。") is None
