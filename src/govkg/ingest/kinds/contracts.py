"""A contract's payment schedule, and an amount written twice (大写 and 小写).

A contract's terms quoted in a report state its instalments as shares of the contract sum:
按照合同约定:"…甲方支付软件开发费用总金额的50%人民币贰拾叁万元整(小写:231.00万元)…". An
amount whose own words state it as N% of a 总金额/合同金额, in a sentence that speaks of a
合同, is CONTRACT: an instalment agreed, not a share of spending (no share is emitted for it).

A sum written in capitals (大写: 贰拾叁万元) with its figure beside it (小写:231.00万元) is one
amount written twice. Where both give the same yuan, both are read with the kind the words
before the capitals name; where they disagree (贰拾叁万元 is 230,000 yuan, 231.00万元 is
2,310,000), the 小写 is read and the 大写 listed unread with a reason saying they disagree,
never silently picked. Kept apart from ``money`` (a module of its size).
"""

from __future__ import annotations

import re

from govkg.ingest.text.amounts import amounts
from govkg.ingest.text.sentences import sentence_start

__all__ = ["contract_kind"]

_CAPITALS = re.compile(r"[壹贰叁肆伍陆柒捌玖拾佰仟]")
_SMALL_AFTER = re.compile(r"\s*整?\s*[（(]\s*小写\s*[：:]?\s*")
_SMALL_BEFORE = re.compile(r"整?\s*[（(]\s*小写\s*[：:]?\s*$")
_INSTALMENT = re.compile(r"(?:总金额|合同金额|合同价款?|总价款?)的\s*\d+(?:\.\d+)?\s*%")
REACH = 60  # characters before an amount that may state it as a share of the contract sum
DISAGREE = (
    "written twice and the two disagree: the 大写 {big} is {big_yuan} yuan, the 小写 {small} "
    "beside it {small_yuan} yuan; the 小写 is read, this one is not"
)


def contract_kind(
    text: str, start: int, end: int, kind: str | None
) -> tuple[str | None, str | None]:
    """(kind, reason) of the amount at ``text[start:end]`` by the rules above."""
    figure = text[start:end]
    if _CAPITALS.search(figure):
        small = _SMALL_AFTER.match(text, end)
        pair = next(amounts(text[small.end() : small.end() + 30]), None) if small else None
        kind = _instalment(text, start) or kind
        if pair is not None and pair.start == 0:
            big_yuan = next(amounts(figure)).yuan
            if big_yuan != pair.yuan:
                big = figure
                small_text = text[small.end() + pair.start : small.end() + pair.end]
                return None, DISAGREE.format(
                    big=big, big_yuan=big_yuan, small=small_text, small_yuan=pair.yuan
                )
        return kind, None
    before = _SMALL_BEFORE.search(text, max(0, start - 12), start)
    if before is not None:  # the 小写 of a 大写 just before it: that one's words name it
        capitals = list(amounts(text[max(0, start - 40) : before.start()]))
        if capitals and _CAPITALS.search(capitals[-1].figure):
            at = max(0, start - 40) + capitals[-1].start
            return _instalment(text, at) or kind, None
    return _instalment(text, start) or kind, None


def _instalment(text: str, start: int) -> str | None:
    """CONTRACT where the words just before ``start`` state it as a share of the contract
    sum and its sentence speaks of a 合同."""
    words = text[sentence_start(text, start, REACH) : start]
    found = list(_INSTALMENT.finditer(words))
    if not found or re.search(r"[，,；;]", words[found[-1].end() :].replace(" ", "")) is not None:
        return None
    return "CONTRACT" if "合同" in text[sentence_start(text, start, 600) : start] else None
