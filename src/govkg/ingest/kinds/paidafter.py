"""Paid out, said after the figure with a date between, is spending (thirty-second trial).

A project report tells when each fund came and when it went:

    州级补助资金28800元于2020年11月10日发放,省级补助资金17280元于2020年12月18日发放。
    补助款按照下达资金,严格按照补助标准发放,共计46080元全部发放完毕。

The words before each figure name only the fund by its source (补助资金: a word of money
received) or nothing but 共计 (the clause's 标准 then made it a rate). The verb comes after
the figure, behind a date (于2020年11月10日) or 已 / 全部: 发放, 兑付, 支付, 发放完毕. What was
paid out is SPENDING. This holds where the amount's own words (since the last comma) name
no kind, or only a fund by its source (补助资金, 补助款), or only a total word; not where
they name another kind (预算资金…于…发放 stays a budget; 收到…), nor where the verb is
planned or owed (将于…发放, 计划于…发放, 未发放, 待发放), nor 发放标准 / 发放率, nor a verb
with a figure of its own (资金18万元,已支付9万元: what was paid is the 9万元).
Executed in full, said after the figure (…服务资金3728万元全部执行到位, 已执行完毕: thirty-third
trial), is spent too: 执行 is the act, 到位 only says it was done in full (the words before had
let a 分配到位 of the clause before read it as money arrived).
Paid in a later year, said 在…年予以支付 (trial 64's 1300, a court's 决算 note: 结转和结余…减少
28.11万元,…主要原因是2018年员额法官工资调资32.97万元在2019年予以支付): spent, though the change
of the clause before named it a change; its own words name no kind.
``usedup`` reads a figure no word names followed by …使用完毕; ``saidafter`` money
received after its figure (于…拨付到账).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from govkg.ingest.text.amounts import PINYIN

__all__ = ["paid_after_kind"]

_PAID_AFTER = re.compile(
    r"\s*(?:[，,]\s*)?(?:已经?|均已?)?\s*"
    r"(?:[于在]\s*20\d\d\s*年度?(?:\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?)?(?:前|底前)?\s*)?"
    r"(?:已经?|均已?)?\s*(?:全部|全额|足额|及时)?\s*(?:予以)?"
    r"(?:(?:发放|兑付|兑现|支付)(?:完毕|到位|到户|给|至)?|执行(?:完毕|到位))"
    r"(?!标准|率|对象|范围|办法|方式|\s*[\d０-９])"
)
"""A verb of paying out right after the figure: 于2020年11月10日发放, 全部发放完毕, 已兑付;
not one with a figure of its own (补助资金18万元,已支付9万元: the 9万元 was paid)."""
_DATED_OR_DONE = re.compile(r"于|在|已|全部|全额|足额|完毕|到位|到户")
"""Said as done: a date or 已 / 全部 / 完毕 (a bare 发放 after a figure may begin a name)."""
_SEGMENT_CUT = re.compile(r"[，,：:；;。\n]")
_FUND_NAME = re.compile(r"补助(?:资金|款|金)?|补贴(?:资金|款)?|资金|款项?")
_TOTAL = re.compile(r"(?:共计|合计|总计|共|计)\s*$")
_RECEIVED = re.compile(r"到位|到账|拨付|下达|下拨|拨入|收到|收入|来源")


def paid_after_kind(
    text: str, end: int, own: str, kind: str | None, kind_of: Callable[[str], str | None]
) -> str | None:
    """SPENDING for an amount said after its figure to be paid out (the rule above); else
    ``kind``."""
    if kind not in (None, "REVENUE", "PRICE_OR_RATE") and (kind != "CHANGE" or kind_of(own)):
        return kind  # a change only by the clause before, its own words naming none, is open
    found = _PAID_AFTER.match(PINYIN.sub("", text[end : end + 40]))
    if found is None or not _DATED_OR_DONE.search(found.group()):
        return kind
    cuts = list(_SEGMENT_CUT.finditer(own))
    segment = own[cuts[-1].end() :] if cuts else own
    if _TOTAL.search(segment) and kind_of(segment) is None:
        return "SPENDING"  # 共计46080元全部发放完毕: the total paid out
    if kind == "PRICE_OR_RATE" or _RECEIVED.search(segment):
        return kind  # 每人100元于…发放: a rate; 收到…资金: received
    own_kind = kind_of(segment)
    if own_kind is None or (own_kind == "REVENUE" and _FUND_NAME.search(segment)):
        return "SPENDING"
    return kind
