"""The money of the vehicles bought, by type, is the 公务用车购置 item's (twenty-second trial).

A 三公 note's template states the purchase item, then the vehicles it bought by type:

    其中:公务用车购置支出0万元。全年按规定更新购置公务用车0辆,其中:轿车0辆、金额0万元,
    越野车0辆、金额0万元,载客汽车0辆、金额0万元。

The nearest money word of each figure is 金额, which alone says nothing (OTHER). But the
sentence opens on the vehicles bought (购置…N辆,其中:) and each type's 金额 is what was paid
for its vehicles, a part of the purchase item stated just before it in the paragraph: its
kind is that item's, SPENDING in a 决算 (公务用车购置支出, 购置费决算), BUDGET in a 预算
(公务用车购置费预算). Only a vehicle type and its count right before the 金额 (轿车2辆、
金额30万元), after a lead of vehicles bought (购置 … 辆, then 其中) in the same sentence, and
a purchase item read as SPENDING or BUDGET before that lead in the same paragraph. The cars a
unit holds (单位共有公务用车3辆,其中:轿车3辆、金额…: no 购置), a type without that lead, or
no purchase item read before leave the reading as it was.
"""

from __future__ import annotations

import re

from govkg.ingest.text.amounts import PINYIN

__all__ = ["vehicle_type_kind"]

_TYPE_AMOUNT = re.compile(
    r"[\u4e00-\u9fff]{0,6}车\s*\d+\s*辆\s*[、,，]?\s*(?:购置)?\s*(?:金额|费用|价款)\s*[为是：:]?\s*$"
)
_LEAD = re.compile(r"购\s*置[^。；;\n]{0,16}?\d+\s*辆\s*[，,。]?\s*其\s*中\s*[：:]?")
_SENTENCE_END = re.compile(r"[。；;！？!?\n]")
_PURCHASE = re.compile(
    r"(?:公\s*务\s*用?\s*车|公\s*车)\s*购\s*置\s*(?:费\s*用?|经\s*费|支\s*出)?"
    r"[^。，,；;\d]{0,8}?(?P<fig>\d[\d,]*(?:\.\d+)?\s*(?:万\s*元|元|亿\s*元))"
)
REACH = 300  # characters before the lead in which the purchase item is looked for


def vehicle_type_kind(
    text: str, start: int, kind: str | None, kinds: list[tuple[int, str | None]]
) -> str | None:
    """The kind of the purchase item whose vehicles by type the amount at ``start`` is
    the money of (see above); else ``kind``."""
    own = PINYIN.sub("", text[max(0, start - 30) : start])
    if kind not in (None, "OTHER") or not _TYPE_AMOUNT.search(own):
        return kind
    ends = list(_SENTENCE_END.finditer(text, max(0, start - 200), start))
    sentence_start = ends[-1].end() if ends else max(0, start - 200)
    lead = _LEAD.search(text, sentence_start, start)
    if lead is None:
        return kind
    line = text.rfind("\n", 0, lead.start()) + 1
    of = dict(kinds)
    found = None
    for found in _PURCHASE.finditer(text, max(line, lead.start() - REACH), lead.start()):  # noqa: B007
        pass
    if found is None:
        return kind
    item_kind = of.get(found.end("fig"))
    return item_kind if item_kind in ("SPENDING", "BUDGET") else kind
