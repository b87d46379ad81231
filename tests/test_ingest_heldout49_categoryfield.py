"""A site's category field is no title (forty-ninth trial's 765, ``categoryfield``): a
county finance bureau's project self-evaluation shelved under 组配分类: 本部门决算 is a
project report, titled by its own title line; a page whose only genre words are its category
keeps them."""

from __future__ import annotations

from fictional_text import document
from govkg.ingest.document.categoryfield import category_spans

SHELVED = (
    "索引号:\n"
    "11340000000000000K/203103-00001\n"
    "组配分类: 本部门决算\n"
    "发布机构: 样例县财政局 主题分类: 财政、金融、审计\n"
    "名称: 样例县 2031年度中央转移支付(普惠金融发展专项资金)绩效自评报告 文号:\n"
    "生成日期: 2032-03-31\n"
    "样例县中央普惠金融发展专项资金2031年度绩效自评报告\n"
    "一、基本情况\n"
    "2031年中央下达我县普惠金融发展专项资金120万元,已全部拨付。\n"
)


def test_a_category_field_s_genre_words_do_not_title_the_page():
    shelved = document(SHELVED)
    assert shelved.genre == "项目支出绩效自评报告"
    assert "组配分类" not in shelved.title
    assert shelved.year == 2031


def test_a_page_whose_only_genre_words_are_its_category_keeps_them():
    only_shelf = (
        "组配分类: 本部门决算\n"
        "一、收入支出决算总体情况说明\n"
        "2031年度收入总计120万元,支出总计120万元。\n"
    )
    assert document(only_shelf).genre == "部门决算"


def test_the_spans_are_the_values_of_the_category_fields_only():
    head = "组配分类: 本部门决算\n主题分类:财政\n名称: 部门决算"
    assert [head[a:b] for a, b in category_spans(head)] == ["本部门决算", "财政"]
