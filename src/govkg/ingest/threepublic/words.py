"""“三公”经费 notes: a department's note on its 三公 spending is a report of the family.

A department's 决算 or 预算 disclosure carries a section on its “三公”经费 (因公出国(境)费,
公务用车购置及运行维护费, 公务接待费), and sites publish that section alone: a titled note
("2017年湛江市委宣传部“三公”经费增减情况说明", "…“三公”经费预算情况说明", "…“三公”经费支出
决算说明"), or, with no title, a body that states the 三公 total as a 决算 or 预算 ("…公车运行费
(“三公”经费)决算总额2771万元"). Both are signs of the genre family (``report``,
``genresigns``); a text that mentions 三公经费 but states no 决算 or 预算 total of it (a news
item on cutting it) shows no sign. Mirrors write traditional characters with a reading after
each (經(jīng)費): the words are matched on the simplified text with the readings left out.
"""

from __future__ import annotations

import re

from govkg.ingest.text.amounts import PINYIN
from govkg.ingest.text.lastmatch import last

__all__ = [
    "ITEM_HEADS",
    "ITEM_NAMES",
    "NOTE_TITLE",
    "QUOTED",
    "TABLE_TITLE",
    "clause_before",
    "states_three_public",
]

ITEM_NAMES = r"因公出国|公务用车|公务接待"
"""The three 三公 items by the words that name them: 因公出国(境)费, 公务用车购置及运行维护费
(and its parts), 公务接待费. The one place these words are written."""
ITEM_HEADS = ITEM_NAMES + r"|公车"
"""The items as a 三公 table's heads name them, the cars item short too (公车运行及维护)."""
QUOTED = r"[“\"'「『‘]?\s*三\s*公\s*[”\"'」』’]?\s*经\s*费(?:\s*[”\"'」』’])?"
"""The 三公经费 as written: “三公”经费, 三公经费, or “三公经费” (quoted whole: corpus round 16); in
the corner brackets a Hong Kong or Taiwan page quotes with, 「三公經費」 (trial 52's 851, 文匯網's
reprint of 審計署's note: 2010年審計署「三公經費」財政撥款預算中…), or single quotes ‘三公’."""
NOTE_TITLE = (
    # 财政拨款 before the 预算 too, and a 补充说明: the Wuhan district template's “三公”经费财政拨款
    # 预算情况说明 / …预算情况补充说明 (trial 53's 887, 888)
    QUOTED + r"\s*(?:财\s*政\s*拨\s*款\s*)?(?:支\s*出\s*)?(?:决\s*算\s*|预\s*算\s*)?"
    # its changes said in full: …“三公”经费预算增减变化情况说明 (trial 60's 1188)
    r"(?:对\s*比\s*)?(?:增\s*减\s*(?:变\s*化\s*)?|执\s*行\s*|安\s*排\s*)?"
    # 的 before the 说明 with no 情况: 关于2031年“三公”经费支出的说明, …预算的说明 (a fictional
    # test's title found refused; the form is common on departments' pages)
    r"(?:(?:财\s*政\s*拨\s*款\s*)?情\s*况\s*(?:的\s*)?)?(?:补\s*充\s*)?(?:的\s*)?说\s*明"
    # its year between: 关于财政拨款“三公”经费2015年决算的情况说明 (thirty-first trial), with
    # 的 after 情况 too: 关于四川省财政厅财政拨款“三公”经费2014年预算情况的说明 (trial 51's 842)
    r"|" + QUOTED + r"\s*20\d\d\s*年度?\s*(?:决\s*算|预\s*算)\s*(?:的\s*)?情\s*况\s*"
    r"(?:的\s*)?说\s*明"
    # a budget's or accounts' disclosure page: 2016年“三公”经费预算公开 (tenth trial)
    r"|" + QUOTED + r"\s*(?:支\s*出\s*)?(?:决\s*算|预\s*算)\s*公\s*开(?!\s*[的了和])"
)
"""A note's title words after its unit: “三公”经费增减情况说明, 三公经费预算情况说明,
“三公”经费支出决算说明 (the unit before them is the title's unit)."""
TABLE_TITLE = (
    r"三\s*公\s*[”\"']?\s*经\s*费"
    r"(?:\s*20\d\d\s*年\s*度?\s*(?:决\s*算|预\s*算)\s*数?\s*[和与及、]"
    r"\s*20\d\d\s*年\s*度?\s*(?:决\s*算|预\s*算)\s*数?)?"
    r"[^\n。|]{0,16}?表"
)
"""A 三公 table's title: …“三公”经费预算支出表, …“三公”经费情况统计表, a few words then 表; or
naming two years and their kinds first, a note's table of last year's 决算 and this year's
预算 (trial 56's 1038: 附:雅安市国土资源局 “三公”经费2011年决算和2012年预算情况表, seventeen
characters before 表, past the sixteen a title's other words reach)."""
_TOTAL = re.compile(
    QUOTED + r"[)）]?\s*(?:财\s*政\s*拨\s*款\s*)?(?:支\s*出\s*)?(?:决\s*算|预\s*算)"
    r"\s*(?:支\s*出\s*)?"  # “三公”经费决算支出数为1165.08万元 (eleventh trial)
    r"\s*(?:总\s*额|合\s*计|总\s*计|数)?"
    r"\s*(?:为|是)?\s*\d[\d,]*(?:\.\d+)?\s*(?:万\s*元|元|亿\s*元)"
)
"""A body stating the 三公 total as a 决算 or 预算 with its amount (“三公”经费财政拨款预算
1.70万元: 财政拨款 may stand between, tenth trial; “三公”经费决算支出数为1165.08万元, 支出 after
决算, eleventh trial)."""
_ARRANGED = re.compile(
    r"财\s*政\s*拨\s*款\s*安\s*排\s*" + QUOTED + r"\s*(?:预\s*算\s*)?(?:为|是)?\s*"
    r"\d[\d,]*(?:\.\d+)?\s*(?:万\s*元|元|亿\s*元)"
)
"""A budget note's total: 本部门财政拨款安排“三公”经费29万元 (money the budget assigns; tenth
trial). 安排 alone (a news item's 今年安排三公经费…) is not enough: 财政拨款 must come with it."""
OPENING = 1500  # characters in which the total is looked for: a note states it first


def states_three_public(text: str) -> bool:
    """True where ``text`` (simplified) opens on a 三公 note's title or states the 三公
    total as a 决算 or 预算 with its amount."""
    plain = PINYIN.sub("", text[: OPENING * 2])[:OPENING]
    return bool(re.search(NOTE_TITLE, plain) or _TOTAL.search(plain) or _ARRANGED.search(plain))


_CLAUSE_END = re.compile(r"[。；;！？!?\n]")


def clause_before(text: str, start: int, reach: int) -> str:
    """The clause an amount at ``start`` ends: the text since the last sentence end, line
    break or semicolon before it, at most ``reach`` characters back."""
    begin = max(0, start - reach)
    cut = last(_CLAUSE_END, text, begin, start)
    return text[cut.end() if cut else begin : start]
