"""A page's metadata field of the title, its label joined to the name (trial 54's 941:
• 文件标题 重庆市黔江区园林绿化所2021年度部门决算情况说明 read 文件标题重庆市黔江区园林绿化所):
the label (标题, 名称, and the longer 文件标题, 信息名称, 文章标题) is the site's, never part of
the unit's name. A name that merely holds the word elsewhere keeps it."""

from __future__ import annotations

import pytest

from fictional_text import document
from govkg.ingest.document.titleunit import clean_title_unit

BODY = (
    "\n样例市某区某某绿化所2031年度部门决算情况说明\n一、部门基本情况\n(一)职能职责。\n"
    "1.管理园林绿地。\n二、部门决算情况说明\n(一)收入支出决算总体情况说明。\n"
    "1.总体情况。2031年度收入总计1,038.84万元,支出总计1,038.84万元。\n"
)


@pytest.mark.parametrize("label", ["文件标题", "信息名称", "文章标题", "标题:", "名称:"])
def test_a_title_field_label_is_no_part_of_the_unit(label):
    head = (
        "  • 索引号 11500114759260457J/2032-00090\n  • 体裁分类 财政预算、决算\n"
        f"  • {label} 样例市某区某某绿化所2031年度部门决算情况说明\n  • 发布机构 某区城市管理局\n"
    )
    note = document(head + BODY)
    assert note.unit == "样例市某区某某绿化所"
    assert note.year == 2031


@pytest.mark.parametrize(
    ("words", "unit"),
    [
        ("文件标题样例市某某所", "样例市某某所"),
        ("信息名称:样例县某某局", "样例县某某局"),
        ("样例市文件标题审查中心", "样例市文件标题审查中心"),  # the word inside a name stays
        ("样例县某某局", "样例县某某局"),
    ],
)
def test_the_label_is_cut_only_where_it_opens_the_words(words, unit):
    assert clean_title_unit(words) == unit
