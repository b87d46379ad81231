"""Kinds said by words the nearest money word misses (eleventh trial), each kept to what
the words say; ``money`` asks ``said_kind`` after its own rules:

- a cell inside a unit split around it (情况(万 210 0 元), ``splitunit``) is never read: its
  column, hence its kind, the flattened form does not show;
- money won (争取, 争取到) is money the body that won it took in, REVENUE (trial 56's 1012,
  a memorial hall's year: 向各部门单位争取专项经费513万元; 1013, 日照市发改委争取省区域战略推进
  专项资金1亿元; the corpus reads so 272 已争取中、省各类水利资金, 615 向县级财政争取资金, 618
  争取后期扶持资金, 650 and 651 争取债券资金): the 经费 of a fund's name is no act of spending.
  Where its sentence sets it for a use (争取到…项目资金42万元,用于更换…) or computes it by a
  standard (按照…2元的标准测算,争取到市级财政资金21.44万元: the 标准 of a rate quoted before 争取
  is no price) it is the budget of that use, as trial 11's 162 reads; so is money a body
  strives for (积极争取, 努力争取, 力争), not yet had;
- a money word inside the name of items counted right after it ((上级专款对下转移)…财力补助资金
  1个,项目资金0.24万元) names the items, not the amount: the amount is read from the words
  after the count (none: it takes its total's kind under 其中);
- a sum followed by what was spent of it and the budget's completion rate (…合计75万元,已于
  本年度支出75万元,预算完成率100%): the rate is spent over budget, so the sum is the budget,
  where the figures check (75 / 75 = 100%; 2668 / 2842.5157 = 93.86%).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from decimal import ROUND_HALF_UP, Decimal

from govkg.ingest.text.amounts import Amount
from govkg.ingest.text.splitunit import SPLIT_REASON

__all__ = ["said_kind"]

_WON = re.compile(r"争取(?:到|了)?")
_STRIVING = re.compile(r"(?:积极|努力|力|全力|继续|进一步|计划|拟|将)\s*$")
"""Before 争取: money striven for, not yet won (积极争取…)."""
_COMPUTED = re.compile(r"测算\s*[，,]?\s*$")
"""Before 争取: the sum computed by a standard (按照…的标准测算,争取到…), the budget set."""
_USE_AFTER = re.compile(r"[\s（(]*[，,]\s*(?:主要|全部|专门|专项|拟|将)?\s*用于")
"""After the amount: the use its sentence sets it for (…资金42万元,用于更换…)."""
_NAME_FEE = re.compile(r"经费|费用")
_COUNTED = re.compile(r"\d+\s*(?:个|项)\s*[，,]")
"""A count of items ending its clause part: 财力补助资金1个, (the words before it name them)."""
_RATED = re.compile(
    r"\s*[，,]\s*(?:已经?)?\s*(?:于)?\s*(?:本年度?|当年|年内)?\s*(?:执行)?\s*(?:支出|支付)\s*"
    r"(?P<spent>\d+(?:\.\d+)?)\s*万元[^。；;\n]{0,40}?(?:预算)?(?:完成|执行)率\s*(?:为|达到?)?\s*"
    r"(?P<rate>\d+(?:\.\d+)?)\s*%"
)
"""After a sum: what was spent of it, then the budget's completion or execution rate, which
must be the spent over the sum (checked): 合计75万元,已于本年度支出75万元,预算完成率100%;
资金2842.5157万元,已执行支付2668万元,全部用于…支出,执行率93.86%."""


def said_kind(
    text: str,
    amount: Amount,
    clause_start: int,
    kind: str | None,
    reason: str | None,
    kind_of: Callable[[str], str | None],
    total: Callable[[], str | None],
) -> tuple[str | None, str | None]:
    """(kind, reason) of ``amount`` after the rules above; as given where none applies.
    ``total`` gives the kind of the total it is listed under (其中), if any."""
    if amount.split:
        return None, SPLIT_REASON
    own = text[clause_start : amount.start]
    won = _last(_WON, own)
    if won is not None and _names_only(own[won.end() :], kind_of):
        before = own[: won.start()]
        used = _USE_AFTER.match(text, amount.end)
        if _STRIVING.search(before) or _COMPUTED.search(before) or used:
            return "BUDGET", None  # 争取到…项目资金42万元,用于更换…: the budget of that use
        return "REVENUE", None  # 向各部门单位争取专项经费513万元: money the body took in
    counted = _last(_COUNTED, own)
    if (
        counted is not None
        and kind == "REVENUE"
        and kind_of(own[: counted.start()]) == kind
        and kind_of(own[counted.end() :]) is None  # its own words name no kind
    ):
        kind = total()  # 其中:…资金1个,项目资金0.24万元: its total's (项目预算资金)
        return kind, None if kind else "no word before it says what kind of money it is"
    if kind in (None, "SPENDING", "CARRY_OVER") and _rate_checks(text, amount):
        return "BUDGET", None  # 合计75万元,已于本年度支出75万元,预算完成率100%
    return kind, reason


def _rate_checks(text: str, amount: Amount) -> bool:
    """True where a spent amount and a rate follow ``amount`` and the rate is the spent
    over ``amount``, rounded as written."""
    rated = _RATED.match(text, amount.end)
    if rated is None or amount.unit != "万元" or amount.yuan == 0:
        return False
    spent = Decimal(rated["spent"]) * 10_000
    rate = Decimal(rated["rate"])
    places = Decimal(1).scaleb(rate.as_tuple().exponent)
    return (spent * 100 / amount.yuan).quantize(places, ROUND_HALF_UP) == rate


def _names_only(words: str, kind_of: Callable[[str], str | None]) -> bool:
    """True where ``words`` (from 争取到 to the amount) state no kind but a fund's name:
    a 资金 or 经费 they name, and no money word other than the 经费 of a name."""
    if "资金" not in words and not _NAME_FEE.search(words):
        return False
    return kind_of(_NAME_FEE.sub("", words)) is None


def _last(pattern: re.Pattern, text: str) -> re.Match | None:
    found = None
    for found in pattern.finditer(text):  # noqa: B007 (the last one is kept)
        pass
    return found
