"""Funds said to be put in (投入) a work, no word saying the act done, are its budget.

A report's section on the funds' input states what was put into the work: 2024年我市共投入中央
福彩公益金870.2万元,用于我市社会福利事业发展 (trial 50's 789, under (一)资金投入情况分析。).
投入 names the funds committed to it, the sum the work had to draw on, not what was paid out of
them (资金使用288.2万元 follows, item by item); the corpus reads such figures as the budget (13 of
its 投入 figures: 共投入資金456.62萬元 (379), 学校自筹资金投入560万元 (692), 投入中央直达资金29.6万
(321), 2024年共投入…经费预算14856.17万元 (491); those two of them were unread).

Only an amount written in 元 (万元, 亿元: a bare 18.4万 is left to what proves it money, an
execution pair's rate: ``executed``) that no other word names (kind None), whose own segment of
its clause (after the last ，；：) holds 投入 and names the money as funds (资金, 经费, 公益金,
专款, 财政资金…) on either side of it. Not where the act is said done or measured (实际投入,
已投入, 累计投入: spent, the corpus's 12's 实际投入资金额), planned (预计投入, 计划投入, 拟投入,
将投入: ``projected``, ``kindwords``), per unit (亩均投入, 人均投入: a rate), a target (投入目标:
``targets``), nor a finance body's own 投入 with no fund named (市财政投入2000万元: 211, read as
paid on).

Funds put in and said done are spent (trial 59's 1144, a county hospital's 决算 on its new
site: 进一步加大硬件设施建设力度,先后投入资金4,700万元购置了美国通用GE16排螺旋CT、…): 先后投入
(put in one after another, over the years) or a purchase or work said done with 了 right after
the figure (购置了, 建成了) says the money went on it, SPENDING. Not where a plan's word is in the
segment (将先后投入, 计划投入…购置), nor a bare 投入 whose figure a plan follows (…万元购置设备,
no 了: what the funds are for).

A fund's name may hold 补助 (残疾人事业发展补助资金), a word read alone as money received: funds
of such a name put in are read as the funds put in are, where that 补助 is the segment's only
word of a kind (the budgets the money comes from, 一般公共预算, left out): trial 61's 1211.
"""

from __future__ import annotations

import re

from govkg.ingest.kinds.bracketparts import without_budget_sources
from govkg.ingest.kinds.kindwords import KIND, PLAN_WORD
from govkg.ingest.text.amounts import PINYIN

__all__ = ["put_in_kind"]

_CUT = re.compile(r"[，,；;：:。！？!?\n]")
_PUT_IN = re.compile(r"(?<![实已累拟将均])(?<!预计)(?<!计划)(?<!实际)投入(?!目标|产出|比|率|使用)")
"""共计投入 is a sum put in (trial 53's 891); 预计投入, 计划投入 are plans."""
_FUNDS = re.compile(r"资金|经费|公益金|专款|拨款")
_NOT_DONE = re.compile(
    rf"实际|已|累计|预计|{PLAN_WORD}"
    r"|拟|将|均|目标|共需|需要|需"
)
"""…质量提升计划资金共计投入: the 计划 of a programme's fund's name is no plan (``kindwords``)."""


def _granted_fund_only(segment: str) -> bool:
    """Whether the only word of a kind in ``segment`` is the 补助 of a fund's name, the names
    of the budgets the money comes from left out (…补助资金(一般公共预算)和…彩票公益金支持残疾人
    事业发展补助共投入资金1987.08万元: trial 61's 1211, a city's disabled persons' fund
    self-evaluation, its funds put in read as revenue by the fund's 补助)."""
    words = [found.group() for found in KIND.finditer(without_budget_sources(segment))]
    return bool(words) and all(word == "补助" for word in words)


_ONE_AFTER_ANOTHER = re.compile(r"先后投入")
_DONE_AFTER = re.compile(
    r"\s*(?:用于|用来)?(?:购置|购买|添置|采购|建成|建设|新建|改建|扩建|修建|完成)了"
)
"""A purchase or a work said done right after the figure: …万元购置了…, …万元建成了…"""
_PLANNED = re.compile(rf"预计|{PLAN_WORD}|拟|将|需|目标|均")


def put_in_kind(written: str, own: str, kind: str | None, after: str = "") -> str | None:
    """BUDGET for an amount no word names whose own words put funds in, SPENDING where they
    say it done (see above); else ``kind``. ``written``: the amount as written; ``own``: its
    own words before it; ``after``: the words right after it."""
    if "元" not in written:
        return kind
    segment = _CUT.split(PINYIN.sub("", own))[-1]
    if not _PUT_IN.search(segment) or not _FUNDS.search(segment):
        return kind
    if kind == "REVENUE" and _granted_fund_only(segment):
        kind = None  # 地方投入残疾人事业发展补助资金877.99万元: the 补助 of the fund's name
    if kind is not None:
        return kind
    done = _ONE_AFTER_ANOTHER.search(segment) or _DONE_AFTER.match(PINYIN.sub("", after))
    if done and not _PLANNED.search(segment):
        return "SPENDING"
    if _NOT_DONE.search(segment):
        return kind
    return "BUDGET"
