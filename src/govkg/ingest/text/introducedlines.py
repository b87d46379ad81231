"""Numbered lines a colon introduces belong to the paragraph that introduces them (eighteenth
trial).

A 三公 note states its total, says the details follow, and gives each item a numbered line:

    2017年…“三公”经费支出合计13.78万元,比上年减少15万元。具体情况如下:
    1、因公出国(境)费用0万元,比去年减少15万元,…
    2、公务接待费8.5万元,与去年持平,…

A rule that looks for an item's total in its paragraph (``threepublic.items``) stops at the
line break before "2、", so the item named only by 公务接待费 was left unread. The numbered
lines are the paragraph's own list: where the amount's line opens on an enumerator (1、,
2., (3), （4）) and every line between it and a line ending in a colon (如下: / 如下：) opens
on one too, the paragraph starts at that line. Anything else between (a heading 二、, a
line of prose, a blank line) ends it, as a line break always did.

A line opening on 其中 lists the parts of what the line above it stated, and belongs to its
paragraph (trial 57's 1073, a news item on 福建's 2016 省级 三公 决算: ``…“三公”经费支出2.29亿元,
比上年减少支出0.88亿元,降幅达到38.7%。`` then, on the next line, ``其中,因公出国(境)费0.61亿元。
…公务接待费0.27亿元,…``: the items were left unread, their total a line above). Only the one
line above, and only where it is not blank: a 其中 after a blank line reads its own
paragraph as before.
"""

from __future__ import annotations

import re

__all__ = ["paragraph_start"]

_ENUMERATED = re.compile(r"[ \t\u3000]*(?:\d{1,2}\s*[、.．]|[（(]\d{1,2}[）)])")
_INTRODUCES = re.compile(r"[：:][ \t\u3000]*$")
_PARTS = re.compile(r"[ \t\u3000]*其中[，,：:、]?")
MAX_LINES = 12  # numbered lines looked back over
REACH = 1500  # characters looked back over


def paragraph_start(text: str, at: int) -> int:
    """Where the paragraph of ``text[at]`` starts: its line's start, or that of the line
    introducing the numbered list its line is an item of (see above)."""
    line = text.rfind("\n", 0, at) + 1
    if line > 1 and _PARTS.match(text, line):  # 其中,…: the parts of the line above's figure
        above = text.rfind("\n", 0, line - 1) + 1
        if text[above : line - 1].strip():
            return above
    if not _ENUMERATED.match(text, line):
        return line
    low = max(0, at - REACH)
    start = line
    for _ in range(MAX_LINES):
        if start <= low or start == 0:
            return line
        previous = text.rfind("\n", 0, start - 1) + 1
        words = text[previous : start - 1]
        if _INTRODUCES.search(words):
            return previous
        if not _ENUMERATED.match(words):
            return line
        start = previous
    return line
