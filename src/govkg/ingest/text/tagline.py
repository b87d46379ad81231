"""A page's tag line: the keywords a news site lists under an article, no statement of money.

A news page may end its article with its keywords (trial 60's 1198, a mirror of a 中新社 item
on the 2016 central 三公 accounts: 關(guān)鍵詞:“三公”支出 48.25億元 五連降, under 編輯:秦云).
The tags repeat the article's words, an amount among them, but state nothing: the amount was
read a fourth time, as spending, before. A figure on a line that opens with its tag label
(关键词, 关键字, 标签, Tags, each followed by its colon; a mirror's readings read through) is
listed unread with that reason, never read. The same words inside a sentence (本文关键词是…)
or a label with no colon after it are the report's.
"""

from __future__ import annotations

import re

from govkg.ingest.text.amounts import PINYIN

__all__ = ["TAG_REASON", "in_tag_line"]

_TAG_LINE = re.compile(r"[ \t\u3000]*(?:关键[词字]|關鍵[詞字]|标签|標籤|tags?)\s*[:：]", re.I)

TAG_REASON = (
    "in the page's tag line (关键词: …, the article's keywords), which states no money: not read"
)


def in_tag_line(text: str, at: int) -> bool:
    """Whether the line holding ``at`` is a page's tag line (see above)."""
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    line = PINYIN.sub("", text[start : len(text) if end < 0 else end])
    return bool(_TAG_LINE.match(line))
