"""The last item of a 三公 total's list set in a paragraph of its own (trial 61).

A news item may break a 三公 note's list of items across paragraphs (trial 61's 1223, a
province's 2013 三公 accounts: …“三公”经费财政拨款支出9.5亿元,下降13.4%。其中,因公出国(境)费
0.4亿元,下降30.9%;公务接待费2.3亿元,下降36.4%。 / 公务用车购置及运行维护费6.8亿元,增长0.7%。):
the item opening the new paragraph is the list's last, a part of the total above it, but a
line break ends the paragraph ``threepublic.items`` looks for the total in, so it was left
unread. Where a line opens with a 三公 item's name (only blanks or a list mark before it),
and the last sentence of the paragraph right above (blank lines aside) names another item
with its figure and not this one, and that paragraph states the 三公 total with its figure,
the two are one paragraph: the item's total is looked for from the start of the paragraph
above. A line opening with words of its own (据介绍, a heading), a sentence above naming no
item with a figure, or naming this item already (a restatement, not the list's next item),
or a paragraph above with no 三公 total (numbered lines after 具体情况如下。, the eighteenth
trial's case: their total's paragraph ended) keeps the paragraph as it was.
"""

from __future__ import annotations

import re

__all__ = ["run_on_start"]

_BLANK_LINES = re.compile(r"(?:\n[ \t\u3000]*)+$")
_SENTENCE_END = re.compile(r"[。！？!?]")
_KEY = {"abroad": "出国", "reception": "接待", "cars": "车"}


def run_on_start(text: str, line: int, start: int, names: dict[str, str]) -> int:
    """The start of the paragraph above where the item at ``text[line:start]`` continues its
    list (see above), else ``line``; ``names`` are the items' patterns by key."""
    if line <= 0:
        return line
    opening = next(
        (
            key
            for key, name in names.items()
            if re.match(rf"[ \t\u3000]*(?:\d+[、.．]|[（(]\d+[）)])?\s*{name}", text[line:start])
        ),
        None,
    )
    if opening is None:
        return line
    gap = _BLANK_LINES.search(text, 0, line)
    above_end = gap.start() if gap else line - 1
    above = text.rfind("\n", 0, above_end) + 1
    paragraph = text[above:above_end].rstrip()
    ends = [m.end() for m in _SENTENCE_END.finditer(paragraph, 0, max(0, len(paragraph) - 1))]
    last = paragraph[ends[-1] if ends else 0 :]
    figure = r"\s*(?:支\s*出|决\s*算|预\s*算)?\s*(?:为|是)?\s*\d[\d,]*(?:\.\d+)?\s*(?:亿|万)?\s*元"
    named = {key for key, name in names.items() if re.search(name + figure, last)}
    if not named or opening in named or _KEY[opening] in last:
        return line
    return above if _TOTAL.search(paragraph) else line  # the list's total above, with it


_TOTAL = re.compile(r"三\s*公[^。\n；;]{0,24}?\d[\d,]*(?:\.\d+)?\s*(?:亿|万)?\s*元")
"""The 三公 total stated with its figure (“三公”经费财政拨款支出9.5亿元) in the paragraph above."""
