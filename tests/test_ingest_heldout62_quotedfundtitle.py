"""A title quoting its fund names no unit (trial 62's 1244, 2016年度“科学普及专项资金”绩效评价
报告: read 科学普及专项资金”, the fund's words with the quote's close, as the unit). Pattern: the
title's words between year and genre end on a closing quote whose opening one went with the
furniture before the name (``titleunit._UNOPENED_QUOTE``): the quote is no part of a name, and
the words it closes are then a fund (``is_fund``), no unit. Not a quote opened and closed
inside the name. Test material, fictional."""

from __future__ import annotations

from fictional_text import document
from govkg.ingest.document.titleunit import clean_title_unit

EVALUATION = (
    "2035年度“青岚科普专项资金”绩效评价报告\n"
    "为规范财政资金管理,我会成立自评工作小组,对2035年度“青岚科普专项资金”120万元进行绩效评价,"
    "现将自评情况报告如下\n一、资金绩效评价工作情况\n2035年基层科普行动计划80万元,科普活动补助"
    "40万元。\n二、存在的问题\n资金下达较晚。\n"
)


def test_a_quoted_fund_in_the_title_is_no_unit():
    assert clean_title_unit("“青岚科普专项资金”") == "青岚科普专项资金"
    assert document(EVALUATION).unit_named is False


def test_a_quote_opened_inside_the_name_stays():
    assert clean_title_unit("样例县“青岚”") == "样例县“青岚”"
    assert clean_title_unit("样例县某某局") == "样例县某某局"
