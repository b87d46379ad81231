"""What is left unpaid of funds, said right after what was paid of them, is carried over
(trial 52).

A project's report states the payment of its funds and, in the next clause, what is not yet
paid: 20xx年,巩固拓展脱贫攻坚成果和乡村振兴建设任务资金支付18501.096万元,未支703万元,支付率
95%。(trial 52's 866, a county's 衔接资金 evaluation: 19204.096 - 18501.096 = 703, held for
projects not yet audited and for 质保金). The 未支 amount is the rest of the funds, not spent
(its 支 had read it so) and not a plan: CARRY_OVER, as a fund's 余额 after its 支出 is
(``kindwords``).

Read so only where the amount's own words are 未支 / 未支付 / 尚未支付 alone and the clause before
them ends on a paid amount (支付X万元, / 拨付X万元, / 支出X万元,). A 未支付 with words of its own
(未支付的质保金8.93万元, read PLANNED by ``kindwords``) or after no paid amount keeps its reading.
"""

from __future__ import annotations

import re

__all__ = ["unpaid_rest_kind"]

_PAID_THEN_UNPAID = re.compile(
    r"(?:支付|拨付|支出)(?:了|资金)?\s*[\d,.]+\s*[万亿]?元\s*[，,]\s*(?:尚|仍|还)?未(?:支付?|拨付|支出)\s*$"
)
REACH = 120  # characters before the amount: the paid amount is in the clause before


def unpaid_rest_kind(text: str, start: int, kind: str | None) -> str | None:
    """CARRY_OVER for the unpaid rest of funds said right after their payment (see above);
    else ``kind``."""
    if _PAID_THEN_UNPAID.search(text[max(0, start - REACH) : start]):
        return "CARRY_OVER"
    return kind
