"""A table's title in its first cell, the cell's border kept between the page's date and the
title's year, keeps its year (trial 58's 1118, 汨罗市第二人民医院's 2017年医疗卫生计生机构收支决算
总表(按功能分类), form 国卫财01-1表: 日期:2018-01-16 16:42| 2017年…总表 |; year unknown before).
The border is no word: the year after the page's date and time (``afterdateyear``) is the
title's, as where the cleaning glued them. A date after the border (2031年3月) is none, and a
year after other words stays unread there. Test material, fictional."""

from __future__ import annotations

from govkg.ingest.document.afterdateyear import year_after_page_date
from govkg.ingest.extract import extract

BORDERED = (
    "样例县第三人民医院财务信息公示\n来源:卫健局\n日期:2032-01-16 16:42\n"
    "| 2031年医疗卫生机构收支决算总表(按功能分类) |\n|\n|\n"
    "| 编制单位:样例县第三人民医院[单户表] |\n|\n金额单位:元 |\n|\n| 项目 |\n"
    "上年结转和结余 |\n本年收入 |\n本年支出 |\n收支结余 |\n年末结转和结余 |\n"
    "|\n合计 |\n其中:财政拨款收入 |\n合计 |\n其中:财政拨款支出 |\n|\n"
    "合计 |\n|\n12,011,988.25 |\n1,066,424.00 |\n12,011,988.25 |\n1,066,424.00 |\n"
    "|\n| 210 |\n医疗卫生支出 |\n|\n|\n"
)


def test_the_year_after_a_cells_border_is_the_tables_title_year():
    read = extract(BORDERED, "fictional.txt").document
    assert read.year == 2031
    assert read.unit == "样例县第三人民医院"


def test_the_border_is_passed_a_date_or_other_words_are_not():
    line = "日期:2032-01-16 16:42| 2031年医疗卫生机构收支决算总表(按功能分类) |"
    assert year_after_page_date(line, 0, len(line))["year"] == "2031"
    glued = "日期:2032-01-16 16:42|2031年度收支决算总表"
    assert year_after_page_date(glued, 0, len(glued))["year"] == "2031"
    dated = "日期:2032-01-16 16:42| 2031年3月发布 |"
    assert year_after_page_date(dated, 0, len(dated)) is None
    worded = "日期:2032-01-16 16:42| 样例 2031年度收支决算总表"
    assert year_after_page_date(worded, 0, len(worded)) is None
