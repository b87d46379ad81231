"""A page's bar of related headlines: links to other articles, no statement of the report's.

A news page may set, above or below its article, a bar of headlines of related items, each in
square brackets on one line (trial 62's 1267, a 中国网 mirror of a 2011 item on two bodies' 三公
notes: [水利部三公經費八成用于養車 稱因工作性質決定] [地震局去年公車費4100萬元] [農業部去年公車
費用超1.5億] …). The headlines are other articles' figures, of other bodies: 4100萬元 was read
as spending of the item's before. A figure on a line made only of two or more bracketed
headlines ([…] [ …], spaces between, nothing outside them; a mirror's readings read through)
is listed unread with that reason, never read. One bracket inside a sentence (…[注1]…), or a
line with words outside its brackets, is the report's.
"""

from __future__ import annotations

import re

from govkg.ingest.text.amounts import PINYIN

__all__ = ["HEADLINE_REASON", "in_headline_bar"]

_HEADLINE = r"[\[【][^\[\]【】\n。；;]{2,60}[\]】]"
_BAR = re.compile(rf"[ \t\u3000]*{_HEADLINE}(?:[ \t\u3000]*{_HEADLINE})+[ \t\u3000]*")

HEADLINE_REASON = (
    "in the page's bar of related headlines ([…] […]: links to other articles), which states "
    "no money of the report's: not read"
)


def in_headline_bar(text: str, at: int) -> bool:
    """Whether the line holding ``at`` is a bar of related headlines (see above)."""
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    line = PINYIN.sub("", text[start : len(text) if end < 0 else end])
    return bool(_BAR.fullmatch(line))
