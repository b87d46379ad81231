"""Rule ``paid-list``: the items of a clause that opens with 支付 are payments made, money
spent (twenty-seventh trial).

A project's overview lists what its money paid for after the contract:

    …中标价为2472551.80元,其中:…工程建设其他费38976.00元(…);支付市电商服务中心2018年、
    2019年场地补助经费50万元,保山特色产品体验馆展品购置经费15万元。

支付 governs the whole clause: each item after it (…场地补助经费, …展品购置经费: what the
money was for, the 经费 of an item's name) is a payment, SPENDING. Without this rule the first
was read as the overview's budget (``overviewfunds``) and the second as a part of the contract
listed under the 其中 before the semicolon.

Read so only where the clause (from 。, ；/; or a line's start) opens with 支付 (已 / 共 / 累计 /
实际 / 另 before it at most), and the words from 支付 to the amount name nothing else: no
need or plan (需, 未, 待, 计划, 预计), no budget, change, carry-over, contract, receipt or share.
支付宝 is no payment, nor 支付方式 / 支付进度 (no amount follows in their words).
"""

from __future__ import annotations

import re

__all__ = ["paid_list_kind"]

_CLAUSE_END = re.compile(r"[。；;！？!?\n]")
_OPENS_PAID = re.compile(r"[\s，,：:]*(?:已经?|共|累计|实际|另)?\s*支付(?!宝|方式|进度|率)")
_OTHER = re.compile(
    r"需|未|待|计划|预计|预算|安排|增加|减少|增长|下降|较|比上|结转|结余|中标|合同"
    r"|收到|到位|到账|下达|拨入|占|其中|用于|每|标准"
)
REACH = 200  # characters back in which the clause's start is looked for
_SETTLED = ("PRICE_OR_RATE", "CHANGE", "PLANNED", "SAVING", "CARRY_OVER", "OTHER")
"""Kinds the rule never changes: a rate (500元/人, said after it) or a change stays so."""


def paid_list_kind(text: str, start: int, kind: str | None) -> str | None:
    """SPENDING for an item of a clause that opens with 支付 (see above); else ``kind``."""
    if kind in _SETTLED:
        return kind
    ends = list(_CLAUSE_END.finditer(text, max(0, start - REACH), start))
    if not ends:
        return kind
    opened = _OPENS_PAID.match(text, ends[-1].end())
    if opened is None or opened.end() > start or _OTHER.search(text, opened.end(), start):
        return kind
    return "SPENDING"
