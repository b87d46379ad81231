"""Money paid out to people (发放) is spending, whatever the name of what was paid (eighteenth
trial).

A veterans' bureau reports what it handed to those it looks after:

    1.数量指标。404名服务对象发放补助金2126.81万元,持续有效改善他们的基本生活情况

The nearest money word is the 补助 of 补助金, a revenue word (补助收入, 上级补助), so the amount
was read as money received. But 发放 is the act of paying it out: what follows the verb
(补助金, 补贴, 抚恤金, 优待金, 工资, 资金, 经费) names what was paid, not how it came in. An
amount whose own words hold 发放 and, after it, no money word but those names (补助, 补贴,
资金, 经费, 费用) is SPENDING. Not where 发放 is only planned or owed (计划发放, 拟发放,
应发放, 需发放, 将发放, 预计发放, 待发放, 未发放: a plan or a debt, read by those words), nor
where a word after it names another kind (发放补助资金预算50万元 is a budget; 发放…较上年增加
is a change) or one before it does (下达发放补助资金50万元: funds handed down to be paid out,
a budget; 收到…), nor 发放率 (a rate, no amount). An amount no word named (发放慰问金3万元)
is paid out too. Only the verb of the amount's own segment counts (为发放补助,收到资金50万元:
the 收到 after the comma is the amount's verb).

So is money paid (支付) or charged (列支) under a fund's name (thirty-third trial):
收到…拨入食品药品监管补助资金8万元,支付食品药品监管补助资金8万元 — the 补助 after 支付 is the
fund's name, what was paid out of it, not money received. Not 转移支付 (a transfer's name),
nor a payment planned or owed (需支付, 待支付, 未支付: read by those words).
"""

from __future__ import annotations

import re
from collections.abc import Callable

__all__ = ["disbursed_kind"]

_PAID_OUT = re.compile(
    r"(?<![拟应需将预待未])(?<!预计)(?<!计划)(?<!准备)(?:发放|(?<!转移)支付|列支)(?!率)"
)
"""The verb of paying out; not a plan or a debt (预计发放, 计划支付, 待支付), while 共计列支 and
共计发放 (a total paid) are paid."""
_SEGMENT_CUT = re.compile(r"[，,：:；;。\n]")
_NAMES = re.compile(r"补助|补贴|资金|经费|费用|总?(?:金额|数额)|总额")
"""What the verb names as paid (补助金, 生活补贴, 补助资金, 慰问经费), and the sum's word after it
(发放住房租赁补助金总金额23.139万元: trial 57's 1051, a housing bureau's rent subsidy, read as
a sum of no kind by its 金额): no kind of its own."""


def disbursed_kind(own: str, kind: str | None, kind_of: Callable[[str], str | None]) -> str | None:
    """SPENDING where ``own`` (the amount's own words) pays the amount out (see above); else
    ``kind``."""
    if kind in ("SPENDING", "CHANGE", "PRICE_OR_RATE", "PLANNED"):
        return kind  # read already as spent, or by a word that settles it
    cuts = list(_SEGMENT_CUT.finditer(own))
    own = own[cuts[-1].end() :] if cuts else own  # 为发放补助,收到资金50万元: not its verb
    found = None
    for found in _PAID_OUT.finditer(own):  # noqa: B007 (the last one is kept)
        pass
    if found is None or "收到" in own:
        return kind
    after = own[found.end() :]
    if kind_of(_NAMES.sub("", after)) is not None:
        return kind  # 发放补助资金预算50万元: a word after the verb names the kind
    if kind_of(own[: found.start()]) not in (None, "SPENDING"):
        return kind  # 下达发放补助资金50万元: funds handed down to be paid out, a budget
    return "SPENDING"
