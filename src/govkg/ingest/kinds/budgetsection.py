"""The revenue and spending a budget note's own section states are the year's budget.

A 部门预算 note explains the coming year's appropriations in a section of its own, headed by
what it is (三、部门预算情况说明 / 2022年一般公共预算财政拨款收入985.67万元,一般公共预算财政拨款
支出985.67万元,比2021年增加165.85万元。其中:基本支出565.67万元,…;项目支出420.00万元:
forty-ninth trial's 780). Its 收入 and 支出 are the appropriation budgeted and the spending
it is budgeted for, not money received or spent: BUDGET.

Only the section a heading of its own opens, worded as a budget's explanation (…预算情况
说明, …预算说明) and naming no 决算, 执行, 三公 or 绩效, down to the next heading; only an
amount read as REVENUE or SPENDING whose own words name no 决算, 实际, 执行, 完成, 上年,
去年, 结转 or 结余, and no year other than the first the section states. A 决算's
…支出决算情况说明 and a 三公 budget note's sections (read in ``threepublic``) stay as they
are.

Fiftieth trial: the section is one place a budget note says what it states; the note as a
whole is another (``budgetnote``: its title, …2017年部门预算情况说明, or an untitled note's
headings, 三、2021年预算收支说明). Every 收入 and 支出 such a note states for its year is
budgeted: 四、一般公共预算拨款支出 2017年一般公共预算拨款支出226.7248万元,其中:一般公共服务支出
177.2577万元 (797), 2017年一般公共预算财政拨款运行经费817万元 (800), 1.按支出功能分类,包括
公共安全支出3596.01万元 (801), 2、公共预算拨款支出明细情况 / 一是工资福利支出432.69万元
(803), and a 计划 its class's name holds (医疗卫生与计划生育支7.1万元, 802: PLANNED); an
amount no word names is placed where the nearest heading line above it is the note's of its
收入 or 支出 (2、公共预算拨款支出明细情况 / … 五是各类保险缴费81.99万元, 803). The
same guards hold, over the sentence up to the amount as well as its own words: a figure
said to be 决算, 实际, 执行, 完成, 上年…, or of a year other than the note's (比2016年…
names the year compared with, not the figure's), stays as read; a change (比上年增加X万元)
is no 收入 or 支出 and stays CHANGE. The statement's guard holds in the section too: a part
listed under 其中 after a 决算 figure is the 决算's (“三公”经费支出决算数为86万元,…。其中:公务
接待费为30万元, trial 48's test of a budget note's 收入预算说明 section). A report that is
no budget note (a 决算, a project's evaluation using 预算 words) is read as before.
"""

from __future__ import annotations

import re

from govkg.ingest.kinds.budgetnote import budget_note_year, undated_budget_note
from govkg.ingest.text.lastmatch import last

__all__ = ["budget_section_kind"]

_LINE_END = re.compile(r"\n")
_NUMBER = (
    r"(?:第[一二三四五六七八九十]+部分|[一二三四五六七八九十]+、"
    r"|[（(][一二三四五六七八九十]+[)）]|\d{1,2}[.、．](?!\d))"
)
"""A section's number: 第二部分, 三、, (一), 2、 (not 2.5)."""
_HEADING = re.compile(
    rf"[ \t\u3000]*{_NUMBER}?"
    r"[ \t\u3000]*(?P<words>[^\n，,；;。]{2,50}?)[。:：]?[ \t\u3000]*"
)
"""A line that is a heading: a number of a section (optional) and words with no clause cut."""
_BUDGET_NOTE = re.compile(r"预算(?:情况)?说明$")
_NOT_BUDGET = re.compile(r"决算|执行|三公|绩效|经费|管理")
_FIGURE = re.compile(r"\d")
_ACCOUNTS = re.compile(r"决算|实际|(?<!案件)执行(?!案件)|完成|上年|去年|以前年度|结转|结余")
_YEAR = re.compile(r"((?:19|20)\d\d)\s*年")
_LEAD_ACCOUNTS = re.compile(r"决算|实际|(?<!案件)执行(?!案件)")
"""Words of the statement that make its figures spent (a 比上年… there is a comparison); a
court's 案件执行 (项目支出预算总额522万元,其中:…案件执行100万元: trial 61's 1227), the
enforcement of its judgments, is an item's name, not a budget's execution."""
REACH = 3000  # characters looked back for the section's heading
_CLAUSE_END = re.compile(r"[！？!?\n]|[。；;](?![\s：:]*其中)")
"""Where the statement an amount is in starts: a list's items cut by ；are statements of their
own (其中:(1、2017年报刊订阅16.00万元;…3、新闻上稿补助经费10万元: 802, the earlier item's name
holds a year that is not the later item's); 。其中… continues the statement before it, its
total's (“三公”经费支出决算数为86万元,…。其中:公务接待费为30万元: a 决算's part, spent)."""
SENTENCE_REACH = 200  # characters looked back for the statement's start
_NOTE_YEAR = re.compile(r"(?<![比较與与同])((?:19|20)\d\d)\s*年")
"""A year the figure is of: 比2016年 names the year compared with."""
_JOINED_HEADING = re.compile(
    rf"[ \t\u3000]*{_NUMBER}"
    r"[ \t\u3000]*(?P<words>[^\n，,；;。:：\d]{2,30}?(?:情况|说明|明细))"
)
"""A numbered heading at a line's start, its words up to …情况 / …说明 / …明细."""
_CIRCLED_HEADING = re.compile(
    r"[ \t\u3000]*[①②③④⑤⑥⑦⑧⑨⑩][ \t\u3000]*(?P<words>[^\n，,；;。:：\d]{2,20}?)[ \t\u3000]*。"
)
"""A section numbered by a circled figure whose heading's words the cleaning left on the line of
its first sentence, closed by 。 (①部门组织收入。在会计核算上…; ③部门支出用途。支出预算
7526.86万元。: trial 62's 1256, a school's 经费预算信息, its items a dash list under it:
——水费50万元); a circled item stating its figure (②可支配收入7526.86万元。) is no heading."""
_LISTED = re.compile(r"支出|收入|收支")
_NOT_LISTED = re.compile(r"决算|执行|三公|绩效|资产|采购")
"""A budget note's heading over the lines of its 收入 or 支出 (2、公共预算拨款支出明细情况: 803,
五是各类保险缴费81.99万元 no word names), or of both (三、部门收支预算编制的依据及测算说明 /
1、人员经费:依据…据实编列。共计27.2万元: trial 62's 1259), not over its 三公, assets or
procurement."""


def budget_section_kind(text: str, start: int, own: str, kind: str | None) -> str | None:
    """BUDGET for a 收入 or 支出 stated in a budget note's section of its budget, or in a
    budget note (see above); else ``kind``."""
    if kind not in (None, "REVENUE", "SPENDING", "PLANNED") or _ACCOUNTS.search(own):
        return kind
    if _LEAD_ACCOUNTS.search(_lead(text, start)):
        return kind  # …支出决算数为86万元,…。其中:公务接待费为30万元: the 决算's part
    heading_end = _heading_above(text, start) if kind in ("REVENUE", "SPENDING") else None
    if heading_end is None:
        return _note_kind(text, start, own, kind)
    years = _YEAR.findall(text, heading_end, start)
    if years and any(year != years[0] for year in _YEAR.findall(own)):
        return kind
    return "BUDGET"


def _note_kind(text: str, start: int, own: str, kind: str | None) -> str | None:
    """BUDGET for a 收入, 支出 or 计划 of a budget note's own year, or an amount no word names
    under the note's heading of its 收入 or 支出 (see above); else ``kind``."""
    year = budget_note_year(text)
    if year is None and not undated_budget_note(text):
        return kind  # no budget note, or one naming no year at all (1209: its year unknown)
    lead = _lead(text, start)
    if _LEAD_ACCOUNTS.search(lead):
        return kind
    named = _NOTE_YEAR.findall(lead) + _NOTE_YEAR.findall(own)
    if any(int(named_year) != year for named_year in named):
        return kind
    if kind is None:
        heading = _nearest_heading(text, start, joined=True)
        if heading is None or not _LISTED.search(heading[1]) or _NOT_LISTED.search(heading[1]):
            return kind
    return "BUDGET"


def _lead(text: str, start: int) -> str:
    """The words of the statement the amount at ``start`` is in, up to it."""
    sentence = last(_CLAUSE_END, text, max(0, start - SENTENCE_REACH), start)
    return text[sentence.end() if sentence else max(0, start - SENTENCE_REACH) : start]


def _heading_above(text: str, at: int) -> int | None:
    """Where the budget section's heading above ``at`` ends, when the nearest heading line
    above the amount's line is one (see above); else None."""
    heading = _nearest_heading(text, at)
    if heading is None:
        return None
    end, words = heading
    if _BUDGET_NOTE.search(words) and not _NOT_BUDGET.search(words):
        return end
    return None  # the nearest heading is another section's


def _nearest_heading(text: str, at: int, joined: bool = False) -> tuple[int, str] | None:
    """(where it ends, its words) of the nearest heading line above the line of ``at``, within
    the reach; else None. ``joined``: a numbered heading the cleaning joined to the line after
    it counts too, its words read up to …情况 / …说明 / …明细 (2、公共预算拨款支出明细情况一是
    工资福利支出…), the amount's own line included."""
    low = max(0, at - REACH)
    line = last(_LINE_END, text, low, at)
    if joined and (lead := _JOINED_HEADING.match(text, line.end() if line else low, at)):
        return lead.end(), lead["words"].strip()
    end = line.start() if line else None
    while end is not None and end > low:
        above = last(_LINE_END, text, low, end)
        begin = above.end() if above else low
        if above is None and begin > 0:
            return None  # past the reach: no heading found
        heading = _HEADING.fullmatch(text, begin, end)
        if heading and not _FIGURE.search(heading["words"]):
            return end, heading["words"].strip()
        if joined and (lead := _JOINED_HEADING.match(text, begin, end)):
            return lead.end(), lead["words"].strip()
        if joined and (lead := _CIRCLED_HEADING.match(text, begin, end)):
            return lead.end(), lead["words"].strip()
        end = above.start() if above else None
    return None
