"""A unit's 收支决算总表 laid out in columns, published with no prose, is a report of the family
filed with the accounts, as the 收支总表 laid out in rows is (trial 57's 1067, 汨罗市中医院's
2017年医疗卫生计生机构收支决算总表(按功能分类), 编制单位:汨罗市中医院, 金额单位:元, its columns
上年结转和结余 | 本年收入 | 其中:财政拨款收入 | 本年支出 | … | 年末结转和结余; refused before);
the note says the table states its unit of money. Its title's year, joined by the cleaning after
the page's date and time (日期:2018-01-16 08:232017年…: ``afterdateyear``), is the text's. A
sentence citing the table, an area's 收支决算总表 (no appropriation) and a company's statements
stay refused. Test material, fictional."""

from __future__ import annotations

import pytest

from govkg.core.errors import IngestError
from govkg.ingest.document.afterdateyear import year_after_page_date
from govkg.ingest.document.summarytable import shows_summary_table
from govkg.ingest.extract import extract

COLUMNS = (
    "样例县人民医院财务信息公开\n来源:卫健局\n日期:2032-01-16 08:23\n"
    "2031年医疗卫生机构收支决算总表(按功能分类) |\n|\n|\n"
    "编制单位:样例县人民医院 |\n|\n金额单位:元 |\n|\n项目 |\n"
    "上年结转和结余 |\n本年收入 |\n本年支出 |\n收支结余 |\n年末结转和结余 |\n"
    "|\n合计 |\n其中:财政拨款收入 |\n合计 |\n其中:财政拨款支出 |\n|\n"
    "合计 |\n|\n12,011,988.25 |\n1,066,424.00 |\n13,496,088.25 |\n1,066,424.00 |\n"
    "-1,484,100.00 |\n|\n201 |\n一般公共服务支出 |\n|\n|\n"
)


def test_a_units_summary_table_in_columns_is_read_with_its_year():
    assert shows_summary_table(COLUMNS)
    read = extract(COLUMNS, "fictional.txt").document
    assert read.genre == "部门决算"
    assert read.year == 2031  # the title's, after the page's date and time (afterdateyear)
    assert any("金额单位:元" in note for note in read.notes)


@pytest.mark.parametrize(
    "text",
    [
        # a sentence citing the table
        "样例县人民医院2031年收支决算总表见附件,本年收入、本年支出及结转和结余情况详见附表。\n",
        # an area's table: taxes and grants, no appropriation received
        COLUMNS.replace("其中:财政拨款收入", "其中:税收收入").replace("其中:财政拨款支出", "上级补助"),
        # a company's statements
        "样例股份有限公司\n" + COLUMNS,
        # no carry-over column: not the 总表's columns
        COLUMNS.replace("上年结转和结余", "上年数").replace("年末结转和结余", "年末数"),
    ],
)
def test_a_sentence_an_areas_table_or_a_company_stays_refused(text):
    assert not shows_summary_table(text)
    with pytest.raises(IngestError):
        extract(text, "fictional.txt")


def test_the_year_after_a_page_date_is_read_glued_or_spaced_never_a_date():
    line = "来源:卫健局日期:2032-01-16 08:232031年医疗卫生机构收支决算总表"
    assert year_after_page_date(line, 0, len(line))["year"] == "2031"
    spaced = "日期:2032-01-16 2031年度收支决算总表"
    assert year_after_page_date(spaced, 0, len(spaced)).group() == "2031年"
    dated = "日期:2032-01-16 08:23 2031年3月发布"
    assert year_after_page_date(dated, 0, len(dated)) is None
