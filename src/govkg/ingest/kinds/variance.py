"""A difference from the budget (比年初预算减少537.35万元) is no change on last year: OTHER.

``money`` reads 增加/减少 as a CHANGE (较上年增加…), the year's difference. A report of the
year's accounts also states how far its outcome fell short of or beyond its budget
(财政拨款本年收入1205.11万元,完成年初预算的70%,比年初预算减少537.35万元: fourth held-out
trial): a difference between two figures of one year, neither budget nor spending nor
change, so OTHER, as ``money`` already reads 超出预算 and 差值. Only where the words right
before the amount compare with a budget (比/较/与 + 年初/调整后 + 预算(数) + 增加/减少…);
较上年增加 stays a change.

A budget compared with the budget it was adjusted from is a change of the budget, CHANGE:
年中调整预算为 1781.86 万元,比年初预算增加 758.97 万元 (eighth held-out trial, 133) — the
figure the comparison is of is itself the adjusted budget (调整(后)预算…, written right
before the 比), so the difference is the budget's adjustment, not an outcome's shortfall.

The comparison may say 多 / 少 for 增加 / 减少: 支出合计比年初预算数多1408909.77元,差异率为
76.16% (twenty-first trial, a whole-department self-evaluation; its own words call it a
差异). No change word is there, so ``money`` read the 预算数 right before it: a budget. It is
the same difference, read as 增加 / 减少 are (OTHER; CHANGE for a 三公 item or an adjusted
budget), whatever kind its 预算 gave it.

Trial 52 (news items relaying a 三公 note): the budget compared with may be named by its year
(2013年“三公”经费决算数为4.47亿元,比2013年预算数少0.35亿元: 871, read as a BUDGET by its 预算数),
the same difference of a 三公 total, CHANGE; and the year's 决算 may itself be the subject
written right before the comparison (儘管2012年的決算比預算減少了1.1億元: 874), the accounts
compared with their budget, a CHANGE as a 三公 note's are, whatever the sentence names. A
revenue or spending line's outcome compared with its budget (本年收入…,比年初预算减少…)
stays OTHER; a comparison naming its budget's year outside those two is read as before (收支
总预算…比2012年年初预算增加7188.1万元, trial 51's 831: a change on last year's budget; the
corpus's 393, 因公出国(境)费支出0万元。与2019年预算相比,减少0万元: a change, as read).

Trial 54: the 多 / 少 may take the money's verb (公務用車購置及運行費支出1132.54萬元,比預算數多支
10.19萬元: 922, a news item relaying a ministry's 三公 note, read as a budget by its 預算數;
较2011年预算少支出: 923): the same difference (``moreless``).

Trial 56: a department's 决算 note of the Chongqing template states its revenue's and its
spending's difference from the year's budget as it states their change on last year, each
with its rate (1009: 一般公共预算财政拨款收入1,567.13万元,较上年决算数增加30.43万元,增长2%。…
较年初预算数增加275.39万元,增长21.3%): a difference said with its rate of change (增长21.3%,
下降6%, 差异率为76.16%) is stated as a change, CHANGE, as the corpus reads it (148, 798, 263);
one with no such rate (101: 完成年初预算的70%,比年初预算减少537.35万元) stays OTHER. And an
outcome said 高于 / 低于 / 超出 its budget (no 的 after: 低于预算的1.8亿元 is the budget itself)
is the same difference (1039, a news item on the central 三公 budget: 中央本级2012年“三公经费”
财政拨款预算执行数为80.95亿元。“之所以高于预算数1.11亿元…: a 三公 total's, CHANGE; read BUDGET
by its 预算数 before); elsewhere such a difference stays OTHER, as ``kindwords`` reads 超出预算.
"""

from __future__ import annotations

import re

from govkg.ingest.threepublic.variance import of_three_public_item

__all__ = ["variance_kind"]

_FROM_BUDGET = re.compile(
    r"(?:较|比|与)(?P<year>20\d\d\s*年度?)?(?:年初|全年|调整后?)?预算数?(?:相比)?[，,]?"
    r"(?:增加|减少|增长|下降|超支|节约|(?P<more>[多少](?:支出?|出|用|花)?))了?\s*$"
)
_BEYOND_BUDGET = re.compile(
    r"(?:高于|低于|超过|超出|大于|小于|多于|少于)(?:年初|全年|调整后?)?预算(?:数|额)?\s*$"
)
"""An outcome beyond or short of its budget, the figure the difference: 之所以高于预算数1.11亿元."""
_RATE_AFTER = re.compile(
    r"\s*[，,]?\s*(?:增长|下降|增加|减少|降低|上升|差异率|增长率|下降率|增幅|降幅)(?:率)?"
    r"\s*(?:为|是|了)?\s*\d+(?:\.\d+)?\s*[%％]"
)
"""A rate of change said right after the difference: ,增长21.3%; ,下降6%; ,差异率为76.16%."""
_AMOUNT_END = re.compile(r"[\d.,，\s]*(?:[万亿]\s*)?元")
_ADJUSTED_BEFORE = re.compile(
    r"调整后?(?:的)?预算(?:数|总额)?(?:为|是|达)?\s*[\d.,]+\s*[万亿]?\s*元\s*[，,]?\s*"
    r"(?:较|比|与)年初预算数?(?:相比)?[，,]?(?:增加|减少|增长|下降|多出?|少)了?\s*$"
)
_ACCOUNTS_SUBJECT = re.compile(r"决算数?(?:总[额计])?\s*(?:较|比|与)[^，,。；;]*$")
"""The year's 决算 as the comparison's subject, written right before it: 2012年的决算比预算减少."""
REACH = 60  # characters before the amount in which the adjusted budget is written


def variance_kind(own: str, kind: str | None, text: str = "", start: int = 0) -> str | None:
    """OTHER for a CHANGE whose own words compare with the budget (比年初预算减少, or 多 / 少
    whatever its kind), unless what is compared is a 三公 item or the adjusted budget itself
    (``text[:start]`` ends so): CHANGE; else ``kind``."""
    compared = _FROM_BUDGET.search(own)
    if compared is None and _BEYOND_BUDGET.search(own):
        return "CHANGE" if of_three_public_item(text, start) else "OTHER"  # 高于预算数1.11亿元
    if compared is None or (kind != "CHANGE" and not compared["more"]):
        return kind
    accounts = _ACCOUNTS_SUBJECT.search(own[: compared.end()])
    if (
        accounts
        or of_three_public_item(text, start)
        or _ADJUSTED_BEFORE.search(text[max(0, start - REACH) : start])
    ):
        return "CHANGE"  # what 增加 / 减少 are read as there; 多 / 少 the same
    if compared["year"]:
        return kind  # 收支总预算…比2012年年初预算增加: a change on that year's (831), as read
    if _rate_after(text, start):
        return "CHANGE"  # 较年初预算数增加275.39万元,增长21.3%: stated as a change (trial 56)
    return "OTHER"


def _rate_after(text: str, start: int) -> bool:
    """Whether a rate of change is said right after the amount at ``start``."""
    amount = _AMOUNT_END.match(text, start)
    return amount is not None and _RATE_AFTER.match(text, amount.end()) is not None
