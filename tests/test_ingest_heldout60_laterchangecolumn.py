"""Trial 60's 1188, a county's 2023 三公 budget table set beside its 2022 budget (项目 | 2022年预算数
| 2023年预算数 | 2023年预算数增减 | 增减原因), the note's title only after the table: read as of 2022
before, the first year written. Two years' same figures, then the later year's change, is a table
comparing the later year with the one before (``comparedcolumns``): the later year is reported.
A change column of the earlier year's, or columns of different figures, read nothing by this rule.
Test material, fictional."""

from __future__ import annotations

from fictional_text import document
from govkg.ingest.text.comparedcolumns import compared_column_year

HEAD = "项目 | 2034年预算数 | 2035年预算数 | 2035年预算数增减 | 增减原因 |\n"
TABLE = (
    "单位:万元 | ||||\n"
    + HEAD
    + "合计 | 237.77 | 241.44 | 3.67 | |\n"
    + "1、因公出国(境)费用 | 0 | 0 | 0 | 从严控制出国经费。 |\n"
    + "2、公务接待费 | 111.54 | 98.86 | -12.68 | 减少公务接待。 |\n"
    + "3、公务用车费 | 126.23 | 142.58 | 16.35 | |\n"
    + "样例县2035年“三公”经费预算增减变化情况说明\n"
    + "2035年,全县县级部门汇总一般公共预算“三公”经费预安排241.44万元,较上年预算增加3.67万元。\n"
)


def test_the_later_years_change_column_dates_the_table():
    assert compared_column_year(HEAD)["year"] == "2035"
    assert document(TABLE).year == 2035


def test_an_earlier_change_or_other_figures_read_nothing_here():
    assert compared_column_year("项目 | 2034年预算数 | 2035年预算数 | 2034年预算数增减 |") is None
    assert compared_column_year("项目 | 2034年决算数 | 2035年预算数 | 2035年预算数增减 |") is None
    assert compared_column_year("2035年预算数比2034年预算数增加3.67万元。") is None
