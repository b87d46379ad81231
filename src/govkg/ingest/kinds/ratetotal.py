"""The total right after a rate is no rate (twenty-second trial).

A project report states its output as a count, a rate per head and their total:

    2019年春节慰问5个县(市、区)共110户侨界代表人士和困难归侨侨眷,标准为每户400元,共计4.4万元

The total's own words are only 共计, so ``money`` took the kind of its clause, the 标准 of
the rate before it: PRICE_OR_RATE, as if 4.4万元 were paid per household. An amount whose
own words (since the amount before it) are only a total word (共计, 合计, 总计, 共, 计),
right after an amount read as a rate in the same sentence, is no rate. Where the sentence
hands the money out (慰问 or 发放 before the rate: the count's heads received it) and names
no plan or budget (计划, 拟, 预计, 预算, 安排, 将), the total is what was paid out, SPENDING;
else it stays unread, saying why. A total with words of its own (共计支出4.4万元, 共拨付…)
is read by them, not here.
"""

from __future__ import annotations

import re

__all__ = ["RATE_TOTAL_REASON", "rate_total_kind"]

RATE_TOTAL_REASON = (
    "the total of a rate said before it: no word says whether it was budgeted, received or paid"
)
_ONLY_TOTAL = re.compile(r"^[，,\s]*(?:共计|合计|总计|共|计)[为是：:\s]*$")
_SENTENCE_END = re.compile(r"[。！？!?；;\n]")
_HANDED_OUT = re.compile(r"(?<![计拟将需])(?<!预计)(?:慰问|发放)(?!率|标准|工作|活动)")
_PLANNED = re.compile(r"计划|拟|预计|预算|安排|将")


def rate_total_kind(
    text: str, start: int, kind: str | None, kinds: list[tuple[int, str | None]]
) -> tuple[str | None, str | None]:
    """(kind, reason if unread) of a total right after a rate (see above); else (``kind``,
    None)."""
    if not kinds or kinds[-1][1] != "PRICE_OR_RATE" or kind not in (None, "PRICE_OR_RATE"):
        return kind, None
    rate_end = kinds[-1][0]
    if not _ONLY_TOTAL.match(text[rate_end:start]):
        return kind, None
    ends = list(_SENTENCE_END.finditer(text, max(0, rate_end - 200), rate_end))
    sentence = text[ends[-1].end() if ends else max(0, rate_end - 200) : rate_end]
    if _HANDED_OUT.search(sentence) and not _PLANNED.search(sentence):
        return "SPENDING", None
    return None, RATE_TOTAL_REASON
