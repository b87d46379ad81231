"""An item of a list written without its unit word, its siblings each with one (trial 58).

A budget note may drop one unit in a list of like items (trial 58's 1085, a town's 部门预算
情况说明: 其中:一般公共服务支出795.93万元,教育支出5.98万元,文化旅游体育与传媒支出92.65,社会保障
和就业支出…): the figure was missing from the draft. Where a bare figure with decimals stands
as an item of a list, right before the list's comma or 、, and the two items or more right
before it in its sentence are each a label and a figure with a unit word, all in one unit
word, their labels ending on the two characters its label ends on (支出, 经费, 收入), it is an
item of that list and in that unit: the list's own form says it. Items in two unit words,
a single sibling, a label unlike the siblings' (增长12.5,), a figure without decimals (a count,
a 行次), one with a percent or a measure word after it, or a figure at the text's end (cut
there: its unit, and perhaps digits, lost) read nothing.
"""

from __future__ import annotations

import re

from govkg.ingest.text.numbers import NUMBER

__all__ = ["unitless_siblings"]

_BARE = re.compile(
    r"(?P<label>[\u4e00-\u9fff()（）]{2,20}?)"
    r"(?P<fig>(?<![\d.])\d{1,9}\.\d{1,4})(?=\s*[,，、](?!\s*\d))"
)
"""A label, then a figure with decimals right before the list's comma: no unit of its own."""
_ITEM = re.compile(rf"(?P<label>[^\d,，、]{{2,30}}?)(?P<fig>{NUMBER})\s*(?P<unit>亿元|万元|元)")
_SENTENCE_START = re.compile(r"[。；;！？!?\n:：]")
_SEPARATORS = re.compile(r"[,，、]")


def unitless_siblings(text: str) -> list[tuple[int, int, str, str]]:
    """(start, end, figure, unit word) of each bare item its siblings give a unit (above)."""
    found = []
    for bare in _BARE.finditer(text):
        start = bare.start()
        opening = max((m.end() for m in _SENTENCE_START.finditer(text, 0, start)), default=0)
        chunks = _SEPARATORS.split(text[opening:start])
        if not chunks or chunks[-1].strip():
            continue  # the label's words run on from the chunk before: no item of a list
        siblings = []
        for chunk in reversed(chunks[:-1]):
            item = _ITEM.fullmatch(chunk.strip())
            if item is None:
                break
            siblings.append(item)
        units = {item["unit"] for item in siblings}
        ending = bare["label"][-2:]
        if len(siblings) < 2 or len(units) != 1:
            continue
        if any(item["label"].strip()[-2:] != ending for item in siblings):
            continue
        found.append((bare.start("fig"), bare.end("fig"), bare["fig"], units.pop()))
    return found
