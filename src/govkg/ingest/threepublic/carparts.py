"""The two parts of the cars item take the kind the cars item was stated with (twenty-fourth
trial's 310).

A 三公 note states the cars item, then each of its two parts on a numbered line:

    2.公务用车购置及运行维护费支出决算为1.33万元,完成预算的38%,比预算减少2.17万元,…
    (1)公务用车购置费0万元,年末公务用车保有量1辆。
    (2)公务用车运行维护费1.33万元,完成预算的38%,…

The parts' names say no kind, and their paragraph (introduced by the total's 其中:) reads
both the 三公 budget and its 决算, so ``threepublic.items`` cannot tell which total they are
parts of. But 公务用车购置费 and 公务用车运行(维护)费 are the parts of the 公务用车购置及运行
(维护)费 stated just before, and are money of its kind: SPENDING where it was stated as
spent or a 决算, BUDGET where as a 预算. Only a part named alone right before its figure, an
unread amount, the combined item read SPENDING or BUDGET before it within the reach, and
between the two only changes and amounts of that kind, and no other 三公 item (因公出国(境)费,
公务接待费) named: a part after the 公务接待费 or with nothing of the cars before keeps no kind.
"""

from __future__ import annotations

import re

from govkg.ingest.text.amounts import PINYIN
from govkg.ingest.threepublic.items import ITEM_NAMES

__all__ = ["car_part_kind"]

_CAR = r"(?:公\s*务\s*用?\s*车|公\s*车)"
_PART = re.compile(
    _CAR + r"\s*(?:购\s*置|运\s*行\s*(?:维\s*护\s*)?)\s*(?:费\s*用?|经\s*费)\s*"
    r"(?:支\s*出\s*)?(?:为|是|[：:])?\s*$"
)
_WHOLE = re.compile(
    _CAR + r"\s*购\s*置\s*(?:及|和|与)\s*运\s*行\s*(?:维\s*护\s*)?(?:费\s*用?|经\s*费)"
    r"[^。；;\n\d]{0,12}?\d[\d,]*(?:\.\d+)?\s*(?:万\s*元|元|亿\s*元)"
)
_OTHER_ITEMS = re.compile(ITEM_NAMES["abroad"] + "|" + ITEM_NAMES["reception"])
KINDS = ("SPENDING", "BUDGET")
REACH = 400  # characters before the part in which the cars item is looked for


def car_part_kind(
    text: str, start: int, kind: str | None, kinds: list[tuple[int, str | None]]
) -> str | None:
    """The kind of the cars item the amount at ``start`` is a part of (see above); else
    ``kind``."""
    if kind is not None:
        return kind
    begin = max(0, start - REACH)
    blank = PINYIN.sub(lambda m: " " * len(m.group()), text[begin:start])
    if not _PART.search(blank[-30:]):
        return kind
    wholes = list(_WHOLE.finditer(blank))
    if not wholes:
        return kind
    whole_end = begin + wholes[-1].end()
    of = dict(kinds)
    said = of.get(whole_end)
    if said not in KINDS or _OTHER_ITEMS.search(blank, wholes[-1].end()):
        return kind
    between = {k for end, k in kinds if whole_end < end <= start}
    if not between <= {said, "CHANGE"}:
        return kind
    return said
