"""Rule ``passed-parts``: the shares of money passed on, each in a bracket after its project,
have the kind of the sum the sentence before states (twenty-seventh trial).

A self-evaluation of a central transfer says what the city was given, then where it sent it:

    …向我市下达2023年中央土壤污染防治资金1300万元。我市…将该笔资金下拨至乌拉特前旗,用于
    实施“…初步调查项目”(723万元)和“…应急工程地块…初步调查项目”(577万元)。

Each share stands alone in a bracket after its project's name, far from the verb, and no word
before it names a kind. The sentence names the money it hands on (该笔资金, 上述资金: the sum
just stated) and the shares add up, to the yuan, to that sum: they are its parts and have its
kind (a budget here, as 下达 is).

Read so only where all of it holds: the amount is alone in its bracket; its sentence says
该笔 / 这笔 / 此笔 / 上述 资金 (or 经费) with 下拨, 拨付, 分配 or 下达; every amount of the
sentence stands alone in a bracket, and together they equal the last amount before the
sentence, which is in the sentence right before it and has a kind. Shares that do not add
up, or a sentence naming no money handed on, leave the amounts unread.
"""

from __future__ import annotations

import re

from govkg.ingest.text.amounts import amounts
from govkg.ingest.text.sentences import sentence_end, sentence_start

__all__ = ["passed_part_kind"]

_HANDED_ON = re.compile(r"(?:该|这|此|上述)笔?(?:资金|经费)[^。；;]{0,12}?(?:下拨|拨付|分配|下达)")
_ALONE = re.compile(r"[（(]\s*$")
_CLOSED = re.compile(r"\s*[）)]")
REACH = 400  # characters looked at on each side for the sentence and the sum before it


def passed_part_kind(
    text: str, start: int, kind: str | None, kinds: list[tuple[int, str | None]]
) -> str | None:
    """The kind of the sum the shares of the sentence add up to (see above); else ``kind``.
    ``kinds``: (end, kind) of each amount before this one."""
    if kind is not None or not _ALONE.search(text, max(0, start - 3), start):
        return kind
    begin = sentence_start(text, start, REACH)
    end = sentence_end(text, start, REACH)
    if not _HANDED_ON.search(text, begin, start):
        return kind
    shares = list(amounts(text[begin:end]))
    if not all(_alone(text, begin + s.start, begin + s.end) for s in shares):
        return kind
    before = [k for k in kinds if k[0] <= begin]
    if not before or before[-1][1] is None:
        return kind
    total_end, total_kind = before[-1]
    previous = sentence_start(text, begin - 1, REACH) if begin else 0
    if total_end <= previous:
        return kind  # the sum is not in the sentence right before
    found = [a for a in amounts(text[previous:begin]) if previous + a.end == total_end]
    if not found or sum(s.yuan for s in shares) != found[-1].yuan:
        return kind
    return total_kind


def _alone(text: str, start: int, end: int) -> bool:
    return bool(_ALONE.search(text, max(0, start - 3), start)) and bool(_CLOSED.match(text, end))
