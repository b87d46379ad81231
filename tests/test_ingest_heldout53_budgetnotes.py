"""Budget notes trial 53 misread, by class, on fictional texts: an untitled note behind a
page's furniture (时间:… 来自:…, a 今天是 | banner, a table of 索引号/发文字号 fields), opening
on its unit's functions with no 一、 heading (880) or on 一、部门(单位)主要职责 (901), is a
budget note by its headings (二、预算收支 / (一)预算收入情况 / (二)预算支出情况;
三、预算收支及增减变化情况 / 1.预算收入情况:), its 收入 and 支出 budgeted, the items of its
function classes no word names too; a revenue line whose name goes on past 收入
(纳入预算管理的非税收入拨款7.5万元) is the next item's name, not the figure before it counted
into revenue (904). Near cases keep their readings: a text naming 决算, an opening on a title
of its own, a heading going on past 预算收入情况, a real 纳入…收入. Test material, fictional."""

from __future__ import annotations

from govkg.ingest.extract import extract
from govkg.ingest.kinds.budgetnote import budget_note_year


def kinds(text: str) -> list[tuple[str, str | None]]:
    return [
        (found.figure + (found.unit or ""), found.kind)
        for found in extract(text, "fictional.txt").money
    ]


LOST_HEADING = (
    "时间:2031-04-19 来自:样例市政府在线作者:someone - 小 + 大\n"
    "样例市某某局主要职能是:负责全市某某工作的统筹协调;负责起草、审核全市某某工作的规划和文件;"
    "负责组织协调、督促检查全市某某工作的落实;负责某某信息的收集、整理和发布工作;"
    "指导、协调全市某某公开工作;承办市政府交办的其他事项。\n"
    "二、预算收支\n"
    "(一)预算收入情况\n"
    "2031年总收入800万元,其中:财政预算内拨款(补助)收入800万元。\n"
    "(二)预算支出情况\n"
    "2031年总支出800万元,基本支出500万元;项目300万元。按政府支出功能分类科目划分为:\n"
    "1. 某某事务700万元,其中:基本支出400万元;项目300万元。\n"
    "2. 行政事业单位离退休100万元,其中:基本支出100万元。\n"
)

BANNER = (
    "今天是 |\n|\n"
    "索 引 号: | 0001/2031-0001 | 发文字号: | 无 | 发文日期: | 2031年02月10日 |\n"
    "发文单位: | 样例市卫生健康委员会 | 发布日期: | 2031年02月10日 | ||\n"
    "主题分类: | 卫生 | 效力状态: | 有效 |\n"
    "一、部门(单位)主要职责\n样例市某某中心负责全市某某工作。\n"
    "二、机构设置情况\n样例市某某中心为公益一类事业单位。\n"
    "三、预算收支及增减变化情况\n"
    "1.预算收入情况:2031年本年收入200万元,比上年增加10万元。其中,财政拨款收入200万元"
    "(一般公共预算200万元、政府性基金预算0万元),其他收入0万元。\n"
    "2.预算支出情况:2031年本年支出200万元。其中:基本支出150万元;项目支出50万元。\n"
)


def test_an_untitled_note_whose_first_heading_was_lost_is_a_budget_note():
    assert budget_note_year(LOST_HEADING) == 2031
    read = kinds(LOST_HEADING)
    assert read
    assert all(kind == "BUDGET" for _, kind in read)
    assert ("700万元", "BUDGET") in read  # a function class no word names, under 预算支出情况


def test_a_note_behind_a_banner_and_its_index_table_is_a_budget_note():
    assert budget_note_year(BANNER) == 2031
    read = kinds(BANNER)
    assert ("10万元", "CHANGE") in read
    assert [k for _, k in read if k != "CHANGE"] == ["BUDGET"] * (len(read) - 1)


def test_a_text_naming_its_accounts_is_no_untitled_budget_note():
    assert budget_note_year(LOST_HEADING + "以上为2031年部门决算情况。\n") is None
    assert budget_note_year(BANNER.replace("有效 |\n", "有效 |\n2030年度部门决算公开\n")) is None


def test_an_opening_on_other_words_is_no_untitled_budget_note():
    other = LOST_HEADING.replace("样例市某某局主要职能是:", "样例市某某局2031年工作总结:")
    assert budget_note_year(other) is None


def test_a_heading_going_on_past_its_budget_words_is_none():
    text = BANNER.replace("三、预算收支及增减变化情况", "三、有关情况").replace(
        "1.预算收入情况:", "1.预算收入情况分析:"
    ).replace("2.预算支出情况:", "2.预算支出情况分析:")
    assert budget_note_year(text) is None


NAMED_ON = (
    "样例市某某局2031年部门预算公开说明\n"
    "一、单位基本情况\n样例市某某局系全额拨款事业单位。\n"
    "二、单位预算公开内容\n"
    "1、2031年预算总收入300万元。其中:一般公共预算财政拨款290万元,"
    "纳入预算管理的非税收入拨款10万元,预算总支出300万元,收支平衡。\n"
)


def test_a_revenue_name_going_on_past_收入_is_the_next_items_name():
    read = kinds(NAMED_ON)
    assert ("290万元", "BUDGET") in read
    assert ("10万元", "BUDGET") in read


def test_an_amount_counted_into_revenue_is_still_revenue():
    text = NAMED_ON.replace("部门预算公开说明", "工作总结") + (
        "市财政预留总预算资金46.87万元,统一计入我中心财政拨款收入。\n"
    )
    assert ("46.87万元", "REVENUE") in kinds(text)
