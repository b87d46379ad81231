"""Rule ``three-public-title``: a 三公 note's title says whose money its items are
(thirteenth trial).

A 三公 note may state each item in a section of its own, with no total before it and a
heading that names only the item ("二、公务接待费 / 2015年公务接待费9.95万元,较2014年决算数下降
5.5%"): ``threepublic.items`` finds no total, ``threepublic.section`` no heading of the 三公
经费. The note's title still says what it states: "样例镇2015年“三公”经费支出说明", "…“三公”
经费决算说明" states the year's spending. An item whose kind is open takes SPENDING where
the text's first line is a 三公 note's title (``threepublic``) that names 支出 or 决算 and not
预算 (a budget note, "…“三公”经费预算情况说明", or one of both, names 预算), and every amount
read before the item is SPENDING (figures compared with left out).

Eighteenth trial, the other way round: a note titled as a budget ("宣州区…局2018年预算“三公”
经费情况说明", "…“三公”经费支出预算情况说明": 预算 and not 决算) states budgets. An open item
takes BUDGET where nothing read before it is SPENDING; one read as SPENDING only by its own
name's 费 or a 支出 after it ("公务接待费支出3.1万元") where a budget was read before it and
nothing spent: budgeted spending. A budget-titled note whose body states last year's
spending ("2017年…支出合计13.78万元") keeps its items unread, as read.

Twentieth trial: a note may open, with no title, on the line that announces what follows
("样例区某某局财政拨款“三公”经费决算2014年情况如下:"): that line says what the note states, as
a title does, and is read as one. A first line of bare table borders (a lone |, left from
the page's layout) is no line of the note: the first line with words is.

Twenty-seventh trial: a supplement to the final accounts ("样例市某委2015年部门决算公开补充说明")
whose opening says it explains the 三公经费 of those accounts ("现对涉及我部门2015年度决算未公开
“三公”经费的有关内容做如下补充说明:") is a 三公 note of the accounts: its title is read as one
(决算, not 预算: spending). A 决算 supplement on anything else (its opening names no 三公经费
of the 决算) is no 三公 note, and its items stay as read.

Forty-eighth trial: a mirror prints a reading after each traditional character of the title
("2016三公經(jīng)費(fèi)預(yù)算說明"); the title is read with the readings left out, as
``words`` reads the body.

Trial 55's 990, a forestry bureau's quarterly note on a city portal: the page's banner lines
come first (您好,乐昌市政府门户网站欢迎您! 今天是: / 智能机器人 | 网站无障碍 | 适老版 | 手机版 /
| 简体版 | 繁体版), then the title "2018年第四季度“三公经费”管理使用情况", then items with no
total (本年度公务用车费为28万元,比去年同期26万元增长了7.69%). A portal's banner lines (a
welcome, 今天是, the site's tools: 无障碍, 适老版, 手机版, 简体版 / 繁体版, 当前位置) title
nothing: the first line after them is the note's. A title saying how the 三公经费 were used
(…“三公经费”使用情况, 管理使用情况, 开支情况) states spending, as one naming 支出 or 决算 does.
"""

from __future__ import annotations

import re

from govkg.ingest.text.amounts import PINYIN
from govkg.ingest.threepublic.summed import opens_on_summed_spending
from govkg.ingest.threepublic.words import NOTE_TITLE, QUOTED

__all__ = ["budget_note_year", "title_kind"]

_FIRST_LINE = re.compile(r"[^\s|｜][^\n]*")
"""The first line with words: a line of bare borders (|) before it is layout, not the note."""
_PAGE_FIELDS = re.compile(
    r"[^\n]*(?:文\s*号|发文日期|发布机构|有\s*效\s*性|索\s*引\s*号|发布日期|信\s*息\s*来\s*源"
    r"|信\s*息\s*名\s*称)"
    r"\s*[:：]?\s*[|｜][^\n]*\n|[ \t]*[-|｜: \t]*[|｜][-|｜: \t]*\n"
)
"""A site's table of a document's fields before the note (文 号 | 无 | 发文日期 | … / ---|---|
/ 发布机构 | …: trial 53's 888): its rows and the table's rule are layout; its 标 题 | … | row
holds the note's title, read from the cell on."""
_TITLE_FIELD = re.compile(
    r"(?:^|[|｜])[ \t]*(?:标\s*题|信\s*息\s*名\s*称)\s*[:：]?\s*[|｜]\s*", re.M
)
_FIELD_TITLE = re.compile(
    QUOTED + r"\s*(?:支\s*出\s*)?(?:决\s*算|预\s*算)\s*(?:情\s*况\s*)?(?=\s*(?:[|｜]|$))"
)
"""A title given in its field may lack the 说明 of a note's title line: 信息名称 | 宣城市中级
人民法院2018年“三公” 经费支出预算情况 | 内容概述 | (trial 61's 1228, a court's 2018 三公 budget on
a city portal whose fields 信息来源 | … and 信息名称 | … are its rows): the field says it is the
title, and its words end on the budget or the accounts it states."""
_ANNOUNCING = re.compile(
    QUOTED + r"\s*[)）]?\s*(?:支\s*出\s*)?(?:决\s*算|预\s*算)[^\n。，,；;]{0,12}?(?:情\s*况\s*)?"
    r"(?:公\s*布\s*)?如\s*下\s*[：:]?\s*$"
)
"""A line announcing the note: …“三公”经费决算2014年情况如下: (it ends the line); the 三公经费
may close the bracket that defines them (…(以下简称“三公”经费)支出预算安排情况如下: trial 64's
1331, a city's 三公 budget opening on the line that announces it)."""
TITLE_REACH = 200  # characters in which the first line starts
_SUPPLEMENT = re.compile(r"决\s*算[^\n。]{0,8}补\s*充\s*说\s*明")
"""A supplement to the final accounts: …部门决算公开补充说明."""
_EXPLAINED = re.compile(r"决\s*算[^\n。；;]{0,12}?" + QUOTED + r"[^\n。；;]{0,24}?说\s*明")
"""Its opening: …2015年度决算未公开“三公”经费的有关内容做如下补充说明."""
OPENING_REACH = 600  # characters after the title in which the opening explains itself
_DISCLOSURE_NOTE = re.compile(QUOTED + r"\s*公\s*开\s*说\s*明")
"""A note titled as the disclosure's explanation: …2019年部门预算“三公”经费公开说明 (28th trial)."""
_USAGE_NOTE = re.compile(
    QUOTED + r"\s*(?:管\s*理\s*)?(?:使\s*用|开\s*支)\s*情\s*况\s*(?:的\s*)?"
    r"(?:说\s*明|报\s*告|公\s*[开示])?\s*$"
)
"""A note titled as the 三公经费's use, the whole line: 2018年第四季度“三公经费”管理使用情况 (trial
55's 990), …“三公”经费使用情况说明, …三公经费开支情况公示: spending."""
_SPENT = re.compile(r"支\s*出|决\s*算|使\s*用|开\s*支")
"""A title's words of spending: 支出, 决算, and the use of the money (使用情况, 开支情况)."""
_BANNER = re.compile(
    r"欢\s*迎|今\s*天\s*是|无\s*障\s*碍|适\s*老|长\s*者\s*版|关\s*怀\s*版|手\s*机\s*版"
    r"|简\s*体\s*版|繁\s*体\s*版|当\s*前\s*位\s*置|现\s*在\s*的\s*位\s*置"
)
"""A portal's banner line above the title: a welcome, the date's 今天是, the site's tools
(网站无障碍, 适老版, 手机版, 简体版 | 繁体版), a breadcrumb's 当前位置 (trial 55's 990)."""
BANNER_LINES = 6  # banner lines read past at most


def title_kind(text: str, kind: str | None, read: set[str]) -> str | None:
    """SPENDING for an open item of a note titled as spending (see above); else ``kind``.
    ``read``: the kinds of the amounts read before the item."""
    if kind is None and not read - {"SPENDING", "CHANGE"} and opens_on_summed_spending(text):
        return "SPENDING"  # 经样例区财政局汇总,2017年区级“三公”经费…支出… (fifteenth trial)
    title = _note_title(text)
    if title and "预算" in title and "决算" not in title:
        return _budgeted(kind, read)  # …“三公”经费预算情况说明 (eighteenth trial)
    if kind is not None or read - {"SPENDING"}:
        return kind
    if not title or "预算" in title or not _SPENT.search(title):
        return kind
    return "SPENDING"


def budget_note_year(text: str) -> tuple[int | None] | None:
    """(the year it names, or None) where the text's title is a 三公 note's of a budget (预算
    and not 决算); else None."""
    title = _note_title(text)
    if named := re.search(NOTE_TITLE, title):  # the title's words only: a body line the
        title = title[: named.end()]  # cleaning joined to it (…情况说明经汇总,…一般公共预算…)
    if not title or "预算" not in title or "决算" in title:
        return None
    year = re.search(r"(20\d\d)\s*年", title)
    return (int(year[1]) if year else None,)


def _note_title(text: str) -> str:
    """The text's first line where it is a 三公 note's title (``threepublic``), else ""."""
    text = PINYIN.sub("", text)  # 發(fā)布機構(gòu) | …: a mirror's field names read through
    at, fielded = 0, False
    while fields := _PAGE_FIELDS.match(text, at):
        if field := _TITLE_FIELD.search(text, at, fields.end()):
            at, fielded = field.end(), True  # 标 题 | …: the title, in its row or a row joined
            break
        at = fields.end()
    first = _FIRST_LINE.search(text[at : at + TITLE_REACH])
    for _ in range(BANNER_LINES):  # 您好,…网站欢迎您! 今天是: / …| 手机版: the portal's lines
        if first is None or not _BANNER.search(first.group()) or re.search(QUOTED, first.group()):
            break
        at += first.end()
        first = _FIRST_LINE.search(text[at : at + TITLE_REACH])
    if first is None:
        return ""
    line = PINYIN.sub("", first.group())  # 經(jīng)費: the reading left out
    if (
        re.search(NOTE_TITLE, line)
        or _ANNOUNCING.search(line)
        or _DISCLOSURE_NOTE.search(line)
        or _USAGE_NOTE.search(line)
        or (fielded and _FIELD_TITLE.search(line))
    ):
        return line
    opening = text[at + first.end() : at + first.end() + OPENING_REACH]
    return line if _SUPPLEMENT.search(line) and _EXPLAINED.search(opening) else ""


def _budgeted(kind: str | None, read: set[str]) -> str | None:
    """BUDGET for an open item of a note titled as a budget: one no word names, where
    nothing before it was read as spent, or one SPENDING only by its name's 费 or a 支出
    after it (公务接待费支出3.1万元: budgeted spending), where a budget was read before it
    and nothing spent; else ``kind``."""
    if kind is None and not read - {"BUDGET"}:
        return "BUDGET"
    if kind == "SPENDING" and read == {"BUDGET"}:
        return "BUDGET"
    return kind
