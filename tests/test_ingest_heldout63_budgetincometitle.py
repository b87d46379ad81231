"""A budget note titled with its 收支 before 情况说明: 样例学院2035年部门预算收支情况说明 (trial 63's
1292, a provincial college's 部门预算收支情况说明 on a mirror, read unnamed: the title line's
rule, ``budgettitle``, knew 部门预算情况说明 and 部门预算说明 only). The unit heading the line is
the note's; a line going on after 说明, or 收支 not followed by 情况, is still no title.
Test material, fictional."""

from __future__ import annotations

from fictional_text import document
from govkg.ingest.document.budgettitle import budget_title_unit

NOTE = (
    "样例学院2035年部门预算收支情况说明\n一、收入预算说明\n"
    "(一)2035年收入预算总体情况\n2035年收入预算5,123.55万元,其中:公共预算拨款2,857.25万元,"
    "财政专户拨款1,630万元。\n二、支出预算说明\n2035年支出预算5,123.55万元,其中基本支出"
    "3,000.00万元,项目支出2,123.55万元。\n"
)


def test_the_income_and_spending_title_names_its_unit():
    assert document(NOTE).unit == "样例学院"
    assert budget_title_unit("青岚区某某局2035年部门预算收支情况说明\n")[0] == "青岚区某某局"


def test_the_plain_titles_still_read():
    assert budget_title_unit("青岚区某某局2035年部门预算情况说明\n")[0] == "青岚区某某局"
    assert budget_title_unit("青岚区某某局2035年部门预算说明\n")[0] == "青岚区某某局"


def test_near_misses_are_no_title():
    # a line going on after 说明, and 收支 with no 情况 after it
    assert budget_title_unit("青岚区某某局2035年部门预算收支情况说明如下:\n") is None
    assert budget_title_unit("青岚区某某局2035年部门预算收支总表\n") is None
    assert budget_title_unit("根据青岚区某某局2035年部门预算收支情况说明\n") is None
