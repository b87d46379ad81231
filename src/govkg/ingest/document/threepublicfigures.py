"""Money of the “三公” stated again and again: a news item's or a roundup's 三公 figures.

A 三公 note is a report of the family (``threepublic``), and so is a news item relaying one or
several bodies' 三公 figures, as the corpus reads its many (993 湖南, 994 济南, 998 四川…). The
signs asked so far are a note's title, its total stated as a 决算 or 预算, or two of the three
items each with its amount (``threepublic.sign``). A roundup of several bodies says neither
(trial 56's 1031, ten 陕西 departments' 2010 三公 in traditional characters with readings:
2010年“三公”支出为1421.31万元 … “三公经费”支出合计为7.27亿元, its items written 出国(境)经费
and 车辆购置及运行费; 1032, fifteen provinces' 2013 budgets: 2013年三公经费预算总额多为5亿-10亿元
… 北京三公经费在查询的省份中最高,达11.1亿元 … “三公经费”共114.72亿元; both refused before).
What they share: the 三公 named (三公经费, “三公”支出 / 预算 / 决算 / 开支) with an amount of
money in the same clause, at least twice. A news item on cutting them names no amount; one
sentence stating a total (今年全县安排“三公”经费500万元) is not enough; and a text of another
class (an audit, a procurement, a company, a government's budget: ``otherclasses``) stays
refused whatever its 三公 figures. A news item's own signs (记者, 本报讯) do not refuse it: the
corpus's 三公 news items have them. Its unit and year are read as any untitled report's are,
an unnamed unit said so (a roundup names no one issuer).

The items' amounts count too (trial 57's 1078, a 人民日报 brief on 辽宁's 2013 三公 stating
only its changes: 全年公务接待费比上年同期减少0.31亿元…;因公出国(境)支出比上年同期减少0.14亿元…。
全年“三公”经费总额比上年同期减少0.46亿元: the total named with money once, refused before).
So the 三公 money is stated at least twice counting an item's (``threepublic.items``'
因公出国(境)费, 公务接待费, 公务用车购置及运行费, and 因公出国(境)支出 as news writes it) with
an amount in its clause, the 三公 themselves named with one at least: items alone are
``threepublic.sign``'s to judge, and one sentence naming the 三公's amount alone stays short.

A region's 三公 money is stated for its parts too (trial 59's 1142, a city finance bureau's
news item: 1-6月,全市“三公”经费累计支出2780.7万元,同比下降6.4%;市本级支出879.1万元,…: the
city's total, then its own level's, refused before). So the 三公 named with money over the
whole of a region (全市, 全县, 全区, 全省…) counts twice where the same sentence goes on to the
region's own level (市本级, 县本级, 本级…) spending, or budgeting, an amount: that level's
share of the same 三公. Not past the sentence's end (市本级一般公共预算收入… said after a full
stop is other money), not a level's amount with no 三公 over the whole region before it,
and not a level's words other than its 支出, 经费, 预算 or 决算 (市本级财政收入8亿元).

In a news item once is enough where the 三公's spending is stated with its change since the
year before, a rate, right after it (``reports_three_public_change``; trial 60's 1197, a 市场星报
item: 星报讯…记者从省财政厅获悉,今年前5个月,全省“三公经费”支出13.5亿元,比上年同期下降30.6%,
refused before): the finance department's outcome relayed, as a 三公 note's total is. A
budget (安排“三公”经费500万元), a spending with no change after it, or the same sentence in a
text that is no news item (a bureau's own 1-6月 figure, trial 59's tests) stays short.
"""

from __future__ import annotations

import re

from govkg.ingest.document.otherclasses import other_class
from govkg.ingest.threepublic.items import ITEM_NAMES

__all__ = ["reports_three_public_change", "states_three_public_figures"]

_FIGURE = re.compile(
    r"三\s*公\s*[”\"'」』’]?\s*(?:经\s*费|支\s*出|预\s*算|决\s*算|开\s*支)"
    r"[^。；;！？!?\n]{0,24}?(?<![\d.])\d[\d,]*(?:\.\d+)?\s*(?:万\s*元|亿\s*元|元)"
)
"""2010年“三公”支出为1421.31万元, 北京三公经费在查询的省份中最高,达11.1亿元: the 三公 named,
an amount of money in its clause."""
_ITEM_FIGURE = re.compile(
    r"(?:"
    + "|".join(ITEM_NAMES.values())
    + r"|因\s*公\s*出\s*国\s*[（(]\s*境\s*[）)]\s*(?:支\s*出|开\s*支))"
    r"[^。；;！？!?\n]{0,24}?(?<![\d.])\d[\d,]*(?:\.\d+)?\s*(?:万\s*元|亿\s*元|元)"
)
"""全年公务接待费比上年同期减少0.31亿元, 因公出国(境)支出比上年同期减少0.14亿元: an item of
the 三公 named, an amount of money in its clause."""
_REGION = re.compile(r"全\s*[省市县区州旗盟镇乡]\s*[^。；;！？!?\n]{0,12}?[“\"'「『‘]?\s*三\s*公")
"""全市“三公”经费…, 全县2035年三公经费…: the 三公 of a whole region, named in the clause."""
_LEVEL_FIGURE = re.compile(
    r"[^。！？!?\n]{0,40}?(?:[省市县区州旗盟]\s*)?本\s*级\s*"
    r"(?:[“\"'「『‘]?\s*三\s*公\s*[”\"'」』’]?\s*经\s*费\s*)?(?:累\s*计\s*)?"
    r"(?:支\s*出|经\s*费|预\s*算|决\s*算)[^。；;！？!?\n\d]{0,6}?"
    r"(?<![\d.])\d[\d,]*(?:\.\d+)?\s*(?:万\s*元|亿\s*元|元)"
)
"""…;市本级支出879.1万元: the region's own level's amount, later in the sentence."""
_SPENT_AND_CHANGED = re.compile(
    r"三\s*公\s*(?:经\s*费\s*)?[”\"'」』’]?\s*(?:经\s*费\s*)?(?:累\s*计\s*)?(?:支\s*出|决\s*算)"
    r"[^。；;！？!?\n\d]{0,6}?(?<![\d.])\d[\d,]*(?:\.\d+)?\s*(?:万\s*元|亿\s*元|元)"
    r"\s*[,，]\s*(?:比\s*上\s*年|较\s*上\s*年|同\s*比)[^。；;！？!?\n]{0,8}?"
    r"(?:下\s*降|减\s*少|增\s*长|增\s*加|上\s*升)\s*\d[\d.]*\s*[%％]"
)
"""全省“三公经费”支出13.5亿元,比上年同期下降30.6%: the 三公 spent, its change since last year."""
ENOUGH = 2
SCANNED = 20_000  # characters


def states_three_public_figures(text: str) -> bool:
    """True where ``text`` (simplified, a mirror's readings taken out) states 三公 money at
    least ``ENOUGH`` times, the 三公's own once at least, an item's counted too, and shows no
    sign of a class of non-report but news (see above)."""
    scanned = text[:SCANNED]
    named = {found.end() for found in _FIGURE.finditer(scanned)}
    if not named:
        return False
    named |= set(_levels(scanned))
    items = {found.end() for found in _ITEM_FIGURE.finditer(scanned)}
    if len(named | items) < ENOUGH:  # an item's amount the total's own clause ends on: once
        return False
    return other_class(text) in (None, "news")


def reports_three_public_change(text: str) -> bool:
    """True where ``text`` (simplified, a mirror's readings taken out) is a news item stating
    the 三公's spending with its change since the year before right after it (see above)."""
    if not _SPENT_AND_CHANGED.search(text[:SCANNED]):
        return False
    return other_class(text) == "news"


def _levels(text: str):
    """The end of each region's own level's amount said in the sentence of the region's 三公
    money (全市“三公”经费累计支出2780.7万元,…;市本级支出879.1万元): see above."""
    for found in _FIGURE.finditer(text):
        clause = text.rfind("。", 0, found.start()) + 1
        if not _REGION.search(text, clause, found.end()):
            continue
        level = _LEVEL_FIGURE.match(text, found.end())
        if level:
            yield level.end()
