"""Rule ``figure-share``: the share a report states for an amount that is no funding line,
mostly revenue (本年收入合计4125.49万元，其中：一般公共预算财政拨款收入3859.16万元，占本年
收入合计的93.54%；其他收入266.33万元，占6.46%), and the figure it is a share of.

Two steps, because the percent and its base are written in different places: the percent is
read where its amount is read (``money``, on the text as simplified, so 佔 is 占), right
after the amount in its clause (，占…的93.54%, 占比30.08%, 所占比重为…); the figure it is
of may be written anywhere in the report, so it is looked for among every figure of the
report once all are read (``draft``).

Not shares, never read as one: a rate of growth (增长10%: no 占), a completion or execution
rate and a share of a budget or plan (占年初预算的95%: how much was spent, not of what), a
schedule (支付50%), a percent the excerpt pairs with others (占…的60%和40%: whose?), an
approximate one (占30%以上; 占比近50%, 约占三成: trial 56's 1037, a news item on 国家邮政局's 三公,
公务用车购置及运行费…花费1048.84万元,占比近50%: 近 says the share is not stated exactly, and
its expected file attaches none).

The base is resolved only by checks that cannot invent: another read figure of the report,
not smaller, whose amount the arithmetic agrees with (amount / base within one unit of the
share's last written place: 93.54 -> 0.01, 61 -> 1), of the kind the base words say (收入:
revenue, 支出: spending; none said: the figure's own kind), with the words' name in its label
when they name one (一般公共预算财政拨款总支出); the nearest before it first, then after. A
part listed with a share of its own in the same sentence is a sibling, not the base. A share
of 0 (or of an amount of 0) agrees with any base: it takes the one base the other shares of
its sentence resolved to, or none. No base passes: no share.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from govkg.ingest.facts import Cite, cite
from govkg.ingest.kinds.bracketparts import after_parts
from govkg.ingest.kinds.prosekinds import procured
from govkg.ingest.text.sentences import sentence_start
from govkg.ingest.text.textview import TextView

__all__ = ["StatedShare", "approximate", "share_bases", "stated_share"]

RULE = "figure-share"
_SHARE = re.compile(
    r"[\s，,（(]{0,3}所?占(?P<base>[^，,。；;：:%\d（()）\t\n]{0,20}?)的?(?:比[例重]?)?(?:为|是|达)?"
    r"\s*(?P<pct>\d{1,3}(?:\.\d+)?)(?:(?<=0)(?<![\d.]0)\*+)?\s*%"
    r"(?!\s*(?:以上|以下|左右|[和、及与至~-]\s*\d))"
)
"""A percent right after an amount, in its clause: ，占本年收入合计的93.54%, （占比30%）; a
template's star glued to a zero (占0*%: trial 58's 1091, as ``text.amounts``' 0*万元) is 0%."""
_APPROXIMATE = re.compile(r"(?:近|约|将近|接近|超过?|逾|不到|不足|大约|几乎|达到?近)\s*$")
"""Words before the percent saying it is not stated exactly: 占比近50%."""
_GLOSS = re.compile(r"[，,]\s*(?:系|即|指)[^，,。；;：:%\d]{2,30}(?=[，,])")
"""A clause saying what the amount is, between it and its share (a 决算's template: 财政拨款收入
1505.75万元,系本单位当年从财政取得的资金,占收入总计的9.02%): words only, no figure."""
_NOT_OF_A_TOTAL = re.compile(r"率|完成|执行|到位|增|减|下降|上年|同期|同比")
_OF_A_PLAN = re.compile(r"预算|计划|目标|任务|全年")
_GENERIC = re.compile(
    r"本年度?|本单位|本部门|部门|单位|全年|年度|整体|全部|合计|总计|总额|总|收入|支出|决算数?|的"
)
_MARKS = re.compile(r"[\s“”\"'‘’「」『』《》〈〉]")
REACH = 300  # figures looked at on each side: a base is stated near its parts
_SENTENCE_REACH = 1000  # characters back to the start of a sentence


def approximate(base: str) -> bool:
    """Whether the words between 占 and a percent say it is not stated exactly (占比近50%);
    ``lines.spending`` asks it of a spending line's share too."""
    return _APPROXIMATE.search(base) is not None


@dataclass(frozen=True)
class StatedShare:
    """A percent the text states right after an amount, before its base is known."""

    percent: str  # as written: "93.54"
    base: str  # the words naming what it is a percent of (本年收入合计), "" when none
    cite: Cite  # the amount's own quote carried on through the percent
    sentence: int  # where its sentence starts: the shares of one list have the same


def stated_share(view: TextView, text: str, start: int, end: int) -> StatedShare | None:
    """The share stated right after the amount ending at ``end`` (``text`` is the view's
    text as simplified); ``start`` is where the amount's quote starts."""
    found = _SHARE.match(text, end)
    if found is None and (past := after_parts(text, end)) is not None:
        found = _SHARE.match(text, past)  # 4,146.90万元(其中,…),占总收入92.12%: past its parts
    if found is None and (gloss := _GLOSS.match(text, end)) is not None:
        found = _SHARE.match(text, gloss.end())  # …万元,系本单位当年从财政取得的资金,占…9.02%
    if found is None:
        return None
    base = found["base"]
    if approximate(base):
        return None  # 占比近50%: near half, no share stated
    if Decimal(found["pct"]) > 100:
        return None  # 占上年的110%: no part of a whole
    if _NOT_OF_A_TOTAL.search(base) or (_OF_A_PLAN.search(base) and not _sides(base)):
        return None  # 占年初预算的95%: an execution rate; 占上年的110%: a comparison
    sentence = sentence_start(text, start, _SENTENCE_REACH)
    return StatedShare(found["pct"], base, cite(view, start, found.end()), sentence)


def _sides(words: str) -> str | None:
    """The kind of money the base words say it is a share of."""
    if "收入" in words:
        return "REVENUE"
    if procured(words):
        return "CONTRACT"  # 占政府采购支出总额的20.5%: of the contracts (``prosekinds``)
    return "SPENDING" if "支出" in words else None


def share_bases(money: Sequence) -> list[int | None]:
    """For each money figure (``money.MoneyFound``, in text order), the index of the figure
    its stated share is of; None where it states none or none is resolved."""
    bases: list[int | None] = [None] * len(money)
    open_ones = []
    for at, found in enumerate(money):
        share = getattr(found, "share", None)
        if share is None or found.kind is None:
            continue
        if found.amount == 0 or Decimal(share.percent) == 0:
            open_ones.append(at)  # arithmetic says nothing: the list's base, below
            continue
        bases[at] = _nearest(money, at, share)
    for at, found in enumerate(money):  # 上年结转14351.71万元,占24.80%: its list's base
        share = getattr(found, "share", None)
        unresolved = bases[at] is None and at not in open_ones
        if unresolved and share is not None and found.kind and not share.base:
            bases[at] = _listed_base(money, at, share, bases)
    for at in open_ones:
        share = money[at].share
        near = range(max(0, at - REACH), min(len(money), at + REACH + 1))
        resolved = {
            bases[other]
            for other in near
            if bases[other] is not None and _share(money[other], share.sentence)
        }
        if not resolved and share.base:  # 上级补助收入0万元,占收入合计0%。 alone in its sentence:
            resolved = {  # the base its neighbours name in the same words (trial 49's 778)
                bases[other]
                for other in near
                if bases[other] is not None and money[other].share.base == share.base
            }
        if len(resolved) == 1 and _agrees(money, at, share, base := resolved.pop()):
            bases[at] = base
    return bases


def _share(found, sentence: int) -> StatedShare | None:
    """The share ``found`` states in the sentence starting at ``sentence``, if any."""
    share = getattr(found, "share", None)
    return share if share is not None and share.sentence == sentence else None


def _nearest(money: Sequence, at: int, share: StatedShare) -> int | None:
    """The nearest figure before, else after, that the share can be of."""
    before = range(at - 1, max(-1, at - REACH - 1), -1)
    after = range(at + 1, min(len(money), at + REACH + 1))
    for candidates in (before, after):
        for other in candidates:
            if _agrees(money, at, share, other):
                return other
    return None


def _agrees(money: Sequence, at: int, share: StatedShare, other: int) -> bool:
    """Whether figure ``other`` can be what figure ``at`` states ``share`` of."""
    found, base = money[at], money[other]
    if other == at or base.kind is None or base.cites[0].end == found.cites[0].end:
        return False  # never its own base, nor the other side of one written figure
    if _share(base, share.sentence):
        return False  # a part listed with its own share: a sibling
    if base.amount <= 0 or base.amount < found.amount:
        return False
    percent = Decimal(share.percent)
    unit = Decimal(1).scaleb(percent.as_tuple().exponent)
    if abs(found.amount / base.amount * 100 - percent) > unit:
        return False
    if base.kind != (_sides(share.base) or found.kind) and not _budgeted_side(found, base, share):
        return False
    named = _MARKS.sub("", _GENERIC.sub("", share.base))
    if base.kind == "BUDGET" and found.kind == "BUDGET":
        named = _BUDGET_WORD.sub("", named)  # 占项目支出预算2.56%, of 项目支出 469500 元 budgeted
    return not named or named in _MARKS.sub("", base.label or "")


_BUDGET_WORD = re.compile(r"预算$")
"""A budget's share of a budget names its base with 预算 after it (工资福利支出 12000 元,占项目
支出预算 2.56%: trial 60's 1187 and trial 61's 1204, budget notes in 元 on the 梧州 template,
whose 2. 项目支出 469500 元 is read BUDGET): the base is that budget, its label without the word."""


_SIDE_WORD = {"REVENUE": "收入", "SPENDING": "支出"}


def _budgeted_side(found, base, share: StatedShare) -> bool:
    """Whether ``base`` is the side the share's words name, read as a budget: a budget note
    reads its 收入 and 支出 as BUDGET (``budgetnote``), so its 总收入 is a budget whose label
    says 收入 (trial 51's 834: 1.财政拨款收入23039.32万元,占总收入的68.6%, of 2012年部门预算收入
    共计33609.06万元; 2012年年初预算26408.27万元,占当年总支出的78.8%, of 2012年当年支出). The
    part is budgeted too, or carried over into the budget (5.上年结转收入10万元,占总收入的
    0.03%); a budget whose label names no side, or the other side, is no base. A budget total
    of both sides at once (2023 年财政拨款收支总预算 7,057,486.18 元: trial 59's 1154, a school's
    budget note whose 教育支出类科目 5,806,105.16 元 is 占支出总预算82.27%) names each side."""
    side = _sides(share.base)
    word = _SIDE_WORD.get(side or "")
    label = base.label or ""
    return (
        word is not None
        and base.kind == "BUDGET"
        and found.kind in ("BUDGET", "CARRY_OVER", side)
        and (word in label or _BOTH_SIDES_TOTAL.search(label) is not None)
    )


_BOTH_SIDES_TOTAL = re.compile(r"收\s*支\s*总")
"""A total of 收 and 支 together (收支总预算, 收支总计): the total of each side."""


def _listed_base(money: Sequence, at: int, share: StatedShare, bases: list) -> int | None:
    """The base of a share naming none (占24.80%) whose kind no base has, where the other
    shares of its sentence resolved to one base and the arithmetic agrees: the part carried
    over listed among the year's budgeted ones (trial 51's 831: 2013年收入预算57860.38万元,
    其中:当年财政拨款43308.67万元,占74.85%;其他收入200万元,占0.35%;上年结转14351.71万元,
    占24.80%, a budget of which the 上年结转 is a part though read CARRY_OVER). Siblings
    resolving to two bases, or none, or a share the arithmetic refutes: no base."""
    near = range(max(0, at - REACH), min(len(money), at + REACH + 1))
    resolved = {
        bases[other]
        for other in near
        if other != at and bases[other] is not None and _share(money[other], share.sentence)
    }
    if len(resolved) != 1:
        return None
    base = resolved.pop()
    found, whole = money[at], money[base]
    if whole.amount <= 0 or whole.amount < found.amount or whole.kind is None:
        return None
    percent = Decimal(share.percent)
    unit = Decimal(1).scaleb(percent.as_tuple().exponent)
    return base if abs(found.amount / whole.amount * 100 - percent) <= unit else None
