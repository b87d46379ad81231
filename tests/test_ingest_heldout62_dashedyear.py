"""Trial 62's 1263: a county's whole-department self-evaluation form whose PDF rendered every 年
as - and split the title's year (附件6 / 岳阳县20 16 -度部门(单位)整体支出 / 绩效评价自评报告,
rows -度主要工作内容): the year is read as 2016年度 (``document.dashedyear``), never a date's
(2017 -7 - 25) or a range's; its cover's 部门(单位)名称 glued to the next field 预算编码 names
the unit up to that field (``document.fieldwords.NEXT_FIELD``).
"""

from __future__ import annotations

from fictional_text import document
from govkg.ingest.document.dashedyear import dashed_years

FORM = (
    "附件3\n"
    "青岚县20 35 -度部门(单位)整体支出\n"
    "绩效评价自评报告\n"
    "部门(单位)名称 青岚县样例湖开发服务中心\n"
    "预算编码 QL001\n"
    "评价方式:部门(单位)绩效自评\n"
    "报告期:2036 -7 - 25\n"
    "一、部门(单位)基本概况\n"
    "-度主要工作内容\n"
    "任务1:建成样例湖公园。\n"
    "二、部门(单位)收支情况\n"
    "本年收入合计120.50万元,基本支出100万元,项目支出20.50万元。\n"
)


def test_a_dashed_spaced_year_is_the_forms_year():
    read = document(FORM)
    assert read.year == 2035
    assert read.unit == "青岚县样例湖开发服务中心"


def test_a_dashed_year_keeps_the_texts_length():
    for written in ("20 35 -度", "2035-度", "2035 - 度"):
        assert len(dashed_years(written)) == len(written)
        assert dashed_years(written).startswith("2035")


def test_a_date_or_a_range_or_a_year_with_its_nian_is_untouched():
    for written in ("2036 -7 - 25", "2035-2036年度", "2035年度", "20 35 -7", "12035-度"):
        assert dashed_years(written) == written
    undated = FORM.replace("20 35 -度", "").replace("报告期:2036 -7 - 25\n", "")
    assert document(undated).year is None
