"""A unit named by a periodical's title in its book-title marks keeps the marks whole:
《教育与职业》杂志社2021年度部门决算 (trial 63's 1298, read 教育与职业》杂志社: the title's unit
lost its opening 《 as furniture before the name, keeping the closing 》). The opening mark is
put back only where the name holds the closing one and no opening one of its own; a title in
marks as a whole (《样例局2035年度部门决算》) names 样例局 as before. Test material, fictional."""

from __future__ import annotations

from fictional_text import document
from govkg.ingest.document.titleunit import clean_title_unit

ACCOUNTS = (
    "{title}\n第一部分 部门概况\n一、部门职责\n编辑出版期刊。\n"
    "第二部分 2035年度部门决算情况说明\n一、收入支出决算总体情况说明\n"
    "2035年度收入总计345.67万元,支出总计345.67万元。基本支出300.00万元,项目支出45.67万元。\n"
)


def test_the_marks_are_kept_whole():
    assert document(ACCOUNTS.format(title="《青岚与样例》杂志社2035年度部门决算")).unit == (
        "《青岚与样例》杂志社"
    )
    assert clean_title_unit("《青岚与样例》杂志社") == "《青岚与样例》杂志社"


def test_a_title_in_marks_names_the_unit_inside():
    assert (
        document(ACCOUNTS.format(title="《青岚区样例局2035年度部门决算》")).unit == "青岚区样例局"
    )
    assert clean_title_unit("青岚区样例局") == "青岚区样例局"
