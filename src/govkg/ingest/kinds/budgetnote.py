"""Whether a text is a department's budget note, and the year it budgets (fiftieth trial).

A department's budget note (部门预算说明, 部门预算情况说明, 预算公开说明) states the coming year's
budget: what it expects to receive and what it plans to spend. It says so in its title
("重庆市开州区人民法院2017年部门预算情况说明", "乐清市人民法院2017年部门预算公开",
"岳阳经济技术开发区宣传部2018年部门预算说明": trial 50's 800, 801, 802; the corpus's 734 and
755), a line of its own in the text's opening (no 决算's title before it: …2016年度部门决算
opens a 决算 that links to its budget), with the year it budgets and no 决算, 执行,
绩效, 调整, 补充 or 三公 (a 三公 note is read in ``threepublic``; a supplement or a
budget's execution is no budget note). A note published without its title, opening on its
first section (一、主要职能, 一、部门职责), says so in its numbered headings instead
(二、部门预算单位构成: trial 50's 797; 三、2021年预算收支说明 / 1、收支预算总体情况: 803;
(一)收入预算 / (二)支出预算: trial 49's 780), each heading's words
ending there; an excerpt cut mid-sentence, opening on a sentence's tail, says so in the same
headings (trial 58's 1121) (一、预算收支执行情况 heads an execution), where no 决算 or 预算执行
is named anywhere in the text (a town's 决算 report also heads 一、预算收支); its year is then the
latest the text names, since a budget note compares its year with those before (803's
heading slips to 2021 where its figures are 2022's). A page's furniture before that first
section, its publication line and its table of contents (发布时间:2019-02-13 信息来源:市财政局 /
目录: / 一、部门基本概况 …: trial 51's 841, a special-education school's 2019 部门预算 说明), does
not make it titled.

A ministry's approval of a department's budget, published as the department's budget, is one
too (trial 51's 832: 根据《财政部关于批复中国共产主义青年团中央委员会2011年部门预算的通知》…,现将
共青团中央2011年部门预算批复情况公布如下。/ 一、总体收支预算 / 二、财政拨款支出预算): its opening
lines say so, as the notice's title alone on its line (…关于批复…2031年部门预算的通知), as the
publication of the approval (现将…2031年部门预算批复情况公布如下), or as the approval itself
addressed to the unit (现批复你单位2031年部门预算); the year is the one it approves. A 决算's
approval (…决算批复) is none, and a project's report citing the notice in its body (根据《…关于
2020年部门预算的批复》…, under 一、项目基本情况) does not open on it.

A mirror's readings after its characters are read through (trial 57's 1048, in traditional
characters: 重慶市榮昌區退役軍人事務(wù)局2024年部門(mén)預算情況說(shuō)明 is the note's title as
written without them).

``budget_note_year`` gives that year (or None: no budget note); ``budgetsection`` reads
the note's 收入 and 支出 by it.
"""

from __future__ import annotations

import re
from functools import lru_cache

from govkg.ingest.text.amounts import PINYIN

__all__ = ["budget_note_year", "undated_budget_note"]

TITLE_REACH = 2000  # characters of the opening in which the title line is looked for
TITLE_LENGTH = 60  # a title line's longest
_TITLE = re.compile(
    r"((?:19|20)\d\d)\s*年度?[^\n。，,；;：:]{0,16}?[预預]\s*算\s*(?:[编編]\s*制\s*(?:的\s*)?)?"
    r"(?:(?:情\s*[况況]\s*)?(?:信\s*息\s*)?(?:公\s*开\s*)?[说説]\s*明|公\s*开)\s*$"
    r"|((?:19|20)\d\d)\s*年度?\s*(?:部\s*门|单\s*位)\s*[预預]\s*算\s*$"
    # a school's 沂水县第二中学2022年经费预算信息 (trial 62's 1256; document.budgetinfotitle)
    r"|((?:19|20)\d\d)\s*年度?\s*(?:[经經]\s*[费費]\s*)?[预預]\s*算\s*信\s*息\s*$"
)
"""A budget note's title line: …2017年部门预算情况说明, …2017年部门预算公开, …2018年部门预算;
…关于2018年部门预算编制的说明 (trial 61's 1227, a county court's note); …2017年部门预算信息公开
说明 (trial 63's 1287, a district court's note)."""
_NOT_NOTE = re.compile(r"[决決]\s*算|三\s*公|[执執]\s*行|[绩績]\s*效|[调調]\s*整|补\s*充|草\s*案")
_HEADINGS = re.compile(
    r"[一二三四五六七八九十]+、\s*(?:(?:19|20)\d\d\s*年度?(?:[\u4e00-\u9fff]{1,6}?(?=预算收支))?)?"
    r"(?:部门|单位)?"
    r"(?:预算单位构成|预算收支(?:及增减变化)?(?:情况)?(?:说明|表)?|收支预算(?:总体)?情况"
    r"|收支预算编制的?依据(?:及测算)?(?:说明)?"
    r"|财政拨款收支预算(?:总体)?情况(?:说明)?|收支预算总表(?:说明)?|支出预算分类汇总表(?:说明)?"
    r"|一般公共预算基本支出情况(?:说明)?|预算安排情况(?:说明)?"
    r"|(?:收入|支出)预算总体情况(?:说明)?|预算编制的?说明)"
    r"(?![\u4e00-\u9fff])"
    r"|[一二三四五六七八九十]+、[^\n，,。；;：:\d、]{2,30}?(?:19|20)\d\d\s*年度?(?:部门|单位)"
    r"预算安排情况(?:说明)?(?![\u4e00-\u9fff])"
    r"|(?:[（(][一二三四五六七八九十]+[)）]|\d{1,2}\s*[.、．](?!\d))\s*"
    r"(?:收入预算|支出预算|预算收入情况|预算支出情况)(?![\u4e00-\u9fff])"
)
"""An untitled note's headings: 二、部门预算单位构成, 三、2021年预算收支说明, (一)收入预算; trial
53's 三、预算收支及增减变化情况 / 1.预算收入情况: (901) and (一)预算收入情况 / (二)预算支出情况
(880): a budget's 收入 and 支出, each heading's words ending there; trial 58's 四、财政拨款收支
预算总体情况说明 (1121), the template's heading of the appropriation's budget; trial 61's
二、收支预算总表说明(表1) / 三、支出预算分类汇总表说明(表2) (1209): a note heading each section by
the budget's table it explains; 六、一般公共预算基本支出情况说明 (1204, a unit's 2023 note in 元),
the template's heading of the basic spending budgeted; trial 63's 二、预算安排情况 (1278, a
CPPCC committee's undated note in traditional characters) and 二、民盟丽水市委会2015年部门预算
安排情况说明 (1273, the unit's name before the year it budgets); trial 62's
三、2018年科协预算收支情况表 (1255, a county association's 2018 note: the unit's
short name between its year and 预算收支) and 三、部门收支预算编制的依据及测算说明 (1259, a
county federation's 2014 note; the corpus's 1206, titled, heads its page so), the template's
heading of how the budget was drawn up; trial 65's 二、 2017年部门收入预算总体情况 (1362, a
district NPC office's 2017 note in 元) and 二、部门预算编制说明 (1363, a county NPC office's 2016
note): the budget's revenue as a whole, how the budget was drawn up."""
_CUT_OPENING = re.compile(r"[^\n：:]*?\d+(?:\.\d+)?\s*(?:[%％]|万?元)[^\n：:]*?[，,；;。][^\n]*\n")
"""An excerpt cut mid-sentence opens on the tail of a sentence, no title: its first line states
a share or an amount before a clause's cut, no colon before them (支出总预算的 95.57%,同比减少
43506.06 元,下降 4.03 %;: trial 58's 1121, a unit's 2025 budget note in 元 from a PDF, given
from its third section on); a line of other words (…2031年工作总结:…) is no such tail."""
_FIRST_SECTION = re.compile(r"\s*(?:第\s*一\s*部\s*分[^\n。，,；;：:、]{0,30}?\s+)?一\s*、")
"""An untitled note opens on its first section (一、主要职能, 一、部门职责): a text that opens
on a title of its own (…项目支出绩效自评报告) is no untitled note; the first part's heading may
come before it (第一部分 龙岗区残疾人联合会概况 / 一、龙岗区残疾人联合会主要职能: trial 61's 1205,
a district federation's 2016 budget note cut before its title), on its line or the next."""
_ACCOUNTS = re.compile(r"[决決]\s*算|[预預]\s*算\s*[执執]\s*行")
"""An untitled text naming 决算 or 预算执行 anywhere states money received or spent too."""
_ACCOUNTS_TITLE = re.compile(r"(?:19|20)\d\d\s*年度?[^\n。，,]{0,16}?[决決]\s*算")
"""A 决算's title line (…2016年度部门决算): a budget note's title after it is a link's."""
_YEAR = re.compile(r"(?<![比较較与與同])((?:19|20)\d\d)\s*年")
_ANY_YEAR = re.compile(r"(?:19|20)\d\d\s*年")
_FURNITURE = re.compile(
    r"(?:\s*(?:(?:发布)?时间|发布日期|信息来源|来源|来自)\s*[:：][^\n]*\n"
    r"|\s*今天是[^\n]*\n|[ \t]*[|｜][|｜\s]*\n"
    r"|[^\n]*(?:索\s*引\s*号|发文字号|发文日期|发文单位|主题分类|效力状态)\s*[:：]?\s*[|｜][^\n]*\n)*"
    r"(?:\s*目\s*录\s*[:：]?[ \t]*\n)?"
    r"(?:[ \t\u3000]*\d{1,3}[ \t\u3000]*\n)?"
)
"""A page's publication line and its table of contents before an untitled note's first section;
trial 53's: a 时间:… 来自:… line (880), a site's 今天是 | banner and its table of a document's
index fields (索 引 号: | … | 发文字号: | …, 901); a page's number alone on the excerpt's first
line, where a page from the middle of a PDF opens (trial 59's 1154: 5 / (一)教育支出类科目
5,806,105.16 元,占支出总预算82.27%,…, a school's 2023 budget note in 元 cut on both sides)."""
_PAGED_SUBSECTION = re.compile(
    r"[ \t\u3000]*\d{1,3}[ \t\u3000]*\n\s*[（(][一二三四五六七八九十]+[)）]"
)
"""A page from the middle of a note opens on its number alone, then a numbered sub-section
(6 / (二)按支出结构分类划分,分为基本支出预算和项目支出预算。: trial 61's 1204, a unit's 2023
budget note in 元 cut on both sides)."""
_OPENING_HEADING = re.compile(r"[ \t\u3000]*(?:" + _HEADINGS.pattern + r")[ \t\u3000]*\n")
"""An excerpt given from a later section on opens on that section's heading, one of a budget
note's own (四、2017年部门预算收支情况 / 2017年保山日报社部门财务总收入…: trial 63's 1290, a
newspaper's budget note cut before its first three sections), the heading alone on its line."""
_LOST_FIRST_HEADING = re.compile(r"[^\n。，,；;]{0,30}?(?:主要职能|主要职责|部门职责|单位职责)")
"""An untitled note whose first section lost its number and heading opens on that section's
words: 深圳市人民政府办公厅主要职能是:协助市政府… (trial 53's 880), the unit's functions."""
_WITH_THREE_PUBLIC = re.compile(
    r"(?<=[预預]算)\s*[及和与與]\s*[“\"'‘]?\s*三\s*公\s*[”\"'’]?\s*(?:经|經)\s*费\s*[预預]\s*算\s*$"
)
"""A title naming the 三公 budget after the department's (…2025年部门预算及“三公”经费预算: trial
52's 870): the 三公 budget is one part of the note, which is the department's budget."""
_EMPTY_CELLS = re.compile(r"(?:[ \t\u3000]*[|｜])+[ \t\u3000]*$")
"""A flattened page table's empty cells after a title line's words (余姚市机关事务管理局2021年部门
预算 | |: trial 61's 1224, the title row of a portal's table under its index fields)."""
OPENING_LINES = 3  # the lines of the opening where an approval says what the text is
_BUDGET_OF = r"((?:19|20)\d\d)\s*年度?\s*(?:部\s*门|单\s*位)?\s*[预預]\s*算"
_APPROVAL = re.compile(
    rf"关于批复[^\n。《》]{{0,40}}?{_BUDGET_OF}的(?:通知|批复)\s*$"
    rf"|现将[^\n。]{{0,40}}?{_BUDGET_OF}(?:的)?批复情况(?:予以)?(?:公布|公开)如下"
    rf"|批复你(?:单位|部门|[委局院会校厅办])[^\n。]{{0,10}}?{_BUDGET_OF}"
)
"""An approval of a department's budget, said in the opening: the notice's title alone on its
line, the publication of the approval, the approval addressed to the unit."""


@lru_cache(maxsize=64)
def budget_note_year(text: str) -> int | None:
    """The year a department's budget note budgets, where ``text`` is one (see above);
    else None."""
    text = PINYIN.sub("", text)  # 部门(mén)预算情况说(shuō)明: a mirror's readings read through
    for line in text[:TITLE_REACH].splitlines():
        words = _WITH_THREE_PUBLIC.sub("", _EMPTY_CELLS.sub("", line.strip()))
        if len(words) <= TITLE_LENGTH and _ACCOUNTS_TITLE.search(words):
            return None  # the text is titled as a 决算
        if len(words) > TITLE_LENGTH or _NOT_NOTE.search(words):
            continue
        if title := _TITLE.search(words):
            return int(title[1] or title[2] or title[3])
    if (year := _approved_year(text)) is not None:
        return year
    if not _untitled_note(text):
        return None
    years = [int(year) for year in _YEAR.findall(text)]
    return max(years) if years else None


@lru_cache(maxsize=64)
def undated_budget_note(text: str) -> bool:
    """Whether ``text`` is an untitled budget note that names no year at all (一、部门基本情况 /
    二、收支预算总表说明(表1) / … 本年度支出预算376.59万元: trial 61's 1209, a city federation's
    note published without its title or date): its 收入 and 支出 are budgeted as a dated note's
    are, its year unknown."""
    text = PINYIN.sub("", text)
    return not _ANY_YEAR.search(text) and _untitled_note(text)


def _untitled_note(text: str) -> bool:
    """Whether ``text`` is an untitled budget note by its opening and headings (see above)."""
    opening = _FURNITURE.match(text)
    first = opening.end()
    return bool(
        (
            _FIRST_SECTION.match(text, first)
            or _LOST_FIRST_HEADING.match(text, first)
            or _CUT_OPENING.match(text, first)
            or _PAGED_SUBSECTION.match(text)
            or _OPENING_HEADING.match(text, first)
        )
        and not _ACCOUNTS.search(text)
        and _HEADINGS.search(text)
    )


def _approved_year(text: str) -> int | None:
    """The year of the department's budget the text's opening says it approves or publishes
    the approval of (see above); else None."""
    lines = [line.strip() for line in text[:TITLE_REACH].splitlines() if line.strip()]
    for words in lines[:OPENING_LINES]:
        if _ACCOUNTS_TITLE.search(words) or "决算" in words or "決算" in words:
            return None
        if approval := _APPROVAL.search(words):
            return int(next(year for year in approval.groups() if year))
    return None
