"""Trial 61's 1228 (a court's 2018 三公 budget on a city portal, a mirror in traditional
characters): the portal's field rows come first (索引號 | … / 發(fā)布機構(gòu) | … / 信息來源 | … /
信息名稱 | …“三公” 經(jīng)費支出預(yù)算情況 | 內(nèi)容概述 |), and the 信息名称 field holds the note's
title, which ends on 支出预算情况 without a 说明: a 三公 budget note, whose items are budgeted
(2.公务接待费支出14万元 BUDGET, not spent). A field row of another name is no title, and a
title field ending on other words (…工作情况) names no 三公 note.
"""

from __future__ import annotations

from govkg.ingest.threepublic.title import budget_note_year

FIELDS = (
    "索引号 | 0000/203512-00001 | 组配分类 | “三公”经费情况 |\n"
    "发(fā)布机构(gòu) | 区法院 | 发文日期 | 2035-12-08 00:00 |\n"
    "信息来源 | 区政府办公室 | 主题导航 | 财政 |\n"
    "信息名称 | 青岚区人民法院2035年“三公” 经费支出预算情况 | 内容概述 |\n"
    "一、2035年“三公”经费支出预算表\n"
)


def test_the_title_in_a_portals_name_field_is_a_three_public_budget_notes():
    assert budget_note_year(FIELDS) == (2035,)


def test_another_field_or_other_words_name_no_budget_note():
    other = FIELDS.replace("信息名称 |", "信息摘要 |")
    assert budget_note_year(other) is None
    work = FIELDS.replace("“三公” 经费支出预算情况", "财务工作情况")
    assert budget_note_year(work) is None
