"""A budget and what was paid of it, checked by the execution rate the text states.

Reports state execution as a pair and its rate: 项目资金共2179万元,截止2022年12月8日,已完成
拨付2113.63万元,执行率97%. The second amount over the first gives the stated rate (to its
rounding), so the first is the base the rate is taken of, a BUDGET, and the second what was
paid out of it, SPENDING (拨付 here is paying out, not receiving). It says so only where the
two are the last amounts of one sentence before the rate, the first names no kind but a
budget, the words between them say 已 (done) or name the second 执行数, and the rate agrees;
the rate may be said 完成预算的83.50% (本年度财政拨款为150万元:执行数为125.25万元,完成预算的
83.50%: seventh held-out trial; 执行数29.6万 without 为: trial 25), or 支付率
(2024年项目资金为14.97万元,实际已支付14.97万元,支付率为100%: nineteenth). The first may
name only the item it is for: 2、…稽查核查费用8万元,
实际已支付8万元,资金支付率100% — the 费用 / 经费 ending its name is no act of spending, and
the rate makes it the base. So may its project's name, the funds after it, with the rate
said 预算执行率 and the second said 拨付使用 (…工作经费项目财政资金总额16.20万元,全部为县级配套资金,
拨付使用16.20万元,预算执行率100%: twenty-eighth trial).

The rate may come after what is left (…补助资金2.00万元,截至2023年12月31日,资金已使用2.00万元,
结余0万元,资金执行率100%: thirty-third trial) where that is the base less what was used, to
the fen; and the base may be named by its fund alone, the 补助 of 补助资金 its name (州级补助
资金), no word of money received.

Under a heading of money arriving (…资金到位情况分析。), an amount no word names that the
words after it say has all come (…2179万元目前已全部拨付) is REVENUE: arrived funds. So is
one in the first sentence under that heading whose only kind word is 经费/费用, the name of
what the money is for (1.项目资金到位情况。截至2019年底,…项目经费11.2万元。): the heading says
what the figure reports, money in place, not money spent (fourth held-out trial). Not where
the sentence names another kind (…到位资金11.2万元,支出经费10万元: the second is spent).
Kept apart from ``money`` (a module of its size); ``contextkinds`` asks it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from decimal import ROUND_HALF_UP, Decimal
from itertools import pairwise

from govkg.ingest.kinds.itemfees import without_item_fee
from govkg.ingest.text.amounts import amounts
from govkg.ingest.text.sentences import sentence_end, sentence_start

__all__ = ["arrived_kind", "arrived_named_kind", "execution_kind"]

_SENTENCE_END = re.compile(r"[。！？!?\n]")
_RATE = re.compile(
    r"\s*[，,]?\s*(?:(?:预算|资金)?(?:执行率|支出率)|拨付率|(?:资金)?支付率|完成预算的?)\s*(?:为|达到?|是)?\s*"
    r"(?P<r>\d+(?:\.\d+)?)\s*%"
)
_DONE = re.compile(
    r"已(?:经)?(?:完成|全部)?(?:拨付|支付|支出|使用)|执行数为?|拨付使用|实际(?:支出|使用|支付)"
)
"""已支付, 执行数 between the pair; 实际支出 too (…工作经费20.00万元,实际支出17.05万元,
资金支出率85%: thirty-eighth trial), the rate making the first the base."""
REACH = 400


def execution_kind(
    text: str,
    start: int,
    end: int,
    kind: str | None,
    before_kind: str | None,
    kind_of: Callable[[str], str | None],
) -> str | None:
    """BUDGET or SPENDING for an amount of an execution pair (see above), else ``kind``.
    ``before_kind``: the kind read for the amount before it (None if none)."""
    stop = sentence_end(text, end, REACH)
    if not _RATE.search(text, end, stop):
        return kind  # no rate after it in its sentence: cheap, and linear on long runs
    first = sentence_start(text, start, REACH)
    found = [(first + a.start, first + a.end, a.yuan) for a in amounts(text[first:stop])]
    for at, ((b_start, b_end, base), (p_start, p_end, paid)) in enumerate(pairwise(found)):
        rate = _RATE.match(text, _left_over(text, p_end, found[at + 2 :], base - paid))
        if rate is None or not _DONE.search(text, b_end, p_start) or not base:
            continue
        stated = Decimal(rate["r"])
        places = Decimal(1).scaleb(stated.as_tuple().exponent)
        if (paid * 100 / base).quantize(places, ROUND_HALF_UP) != stated:
            continue
        if (b_start, b_end) == (start, end) and (
            kind in (None, "BUDGET")
            or _fee_named(text[first:start], kind, kind_of)
            or _fund_named(text[first:start], kind, kind_of)
        ):
            return "BUDGET"
        paid_out = kind in (None, "REVENUE", "SPENDING") and before_kind in (None, "BUDGET")
        if (p_start, p_end) == (start, end) and paid_out:
            return "SPENDING"
    return kind


def _fee_named(words: str, kind: str | None, kind_of: Callable[[str], str | None]) -> bool:
    """Whether ``kind`` is a SPENDING read only from the 经费 / 费用 ending the item's name
    (2、…稽查核查费用8万元,实际已支付8万元,资金支付率100%: the base is the item's budget)."""
    own = _ITEM_CUT.split(words)[-1]  # (2)…已到位…;(3)计提工作经费: the item's own words
    return kind == "SPENDING" and kind_of(_PROJECT_FEE.sub("", without_item_fee(own))) is None


_ITEM_CUT = re.compile(r"[；;]")
"""Where a list's item begins within its sentence: the words of the items before it name
their own kinds (thirty-eighth trial: …已到位1746.00万元,资金到位率100%;(3)计提工作经费
20.00万元)."""


def _fund_named(words: str, kind: str | None, kind_of: Callable[[str], str | None]) -> bool:
    """Whether ``kind`` is a REVENUE read only from the 补助 of a fund's name (州级补助资金
    2.00万元,…已使用…,执行率100%: the base is the fund's budget, thirty-third trial)."""
    return kind == "REVENUE" and kind_of(_FUND_AID.sub("资金", words)) is None


_FUND_AID = re.compile(r"补助(?=资金|经费)")
_LEFT = re.compile(r"\s*[，,]\s*(?:结余|结转|剩余)(?:资金)?[为是]?\s*$")


def _left_over(text: str, paid_end: int, after: list, left: Decimal) -> int:
    """Where the rate after what was paid may begin: past a stated remainder equal to the
    base less what was paid (…已使用2.00万元,结余0万元,执行率100%), else right after it."""
    if after and after[0][2] == left and _LEFT.match(text[paid_end : after[0][0]]):
        return after[0][1]
    return paid_end


_PROJECT_FEE = re.compile(r"经费(?=项目[^，,。；;\n]{0,12}?资金)")
"""A 经费 inside a project's name, its funds after it: …工作经费项目财政资金总额 (28th trial)."""


_ARRIVAL_HEADING = re.compile(r"到位情况(?:分析)?[。：:\s]*$")
_ALL_CAME = re.compile(r"\s*(?:目前)?(?:已经?|均已)(?:全部|全额|足额)(?:拨付|到位|到账)")


def arrived_kind(text: str, start: int, end: int, kind: str | None) -> str | None:
    """REVENUE for an amount no word names, under a heading of money arriving, that the
    words after it say has all come; else ``kind``."""
    if kind is not None or not _ALL_CAME.match(text, end):
        return kind
    low = max(0, start - 200)
    ends = list(_SENTENCE_END.finditer(text, low, start))
    if not ends:
        return kind
    heading_start = ends[-2].end() if len(ends) > 1 else low
    if _ARRIVAL_HEADING.search(text[heading_start : ends[-1].end()]):
        return "REVENUE"
    return kind


_NAME_WORDS = re.compile(r"经费|费用")
_HEADING_END = re.compile(r"到位情况(?:分析)?$")


def arrived_named_kind(
    text: str, start: int, kind: str | None, kind_of: Callable[[str], str | None]
) -> str | None:
    """REVENUE for a SPENDING read only from 经费/费用 in the first sentence under a heading
    of money arriving (see above); else ``kind``."""
    if kind != "SPENDING":
        return kind
    low = max(0, start - 200)
    ends = list(_SENTENCE_END.finditer(text, low, start))
    sentence_start = ends[-1].end() if ends else low
    sentence = text[sentence_start:start]
    if not _NAME_WORDS.search(sentence) or kind_of(_NAME_WORDS.sub("", sentence)):
        return kind
    before = text[low:sentence_start].rstrip(" \t\u3000\n。：:")
    heading = re.split(r"[。！？!?\n]", before)[-1]
    return "REVENUE" if _HEADING_END.search(heading) else kind
