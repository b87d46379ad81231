"""An amount no word before names, followed by the name of the money it is and 中 (of it).

A news item may open a breakdown on the total, the money's name written after its figure:
今年63.1亿元中央本级“三公”经费预算中,因公出国(境)费20.27亿元,… (trial 58's 1119, a news
item on the central 三公 budget, listed unread before: only 今年 stood before the figure). The
figure is the money the words after it name, their last money word (预算: a budget; 支出:
spent), where those words end on 中 and a comma (the parts follow). An amount with a word of
its own before it keeps it; words naming no kind (63.1亿元的数据中), or without 中 and its
comma, read nothing.
"""

from __future__ import annotations

import re
from collections.abc import Callable

__all__ = ["named_after_kind"]

_NAMED_AFTER = re.compile(r"\s*(?P<name>[^，,。；;：:\d\n]{2,20}?)中\s*[，,]")
_SAID_TO_BE = re.compile(r"\s*为(?P<name>[^，,。；;：:\d\n]{2,30}?(?:收入|支出))\s*[。；;\n]")
"""其中5,498.23万元为高等学校学费、住宿费及成人教育收入。: a part said after its figure to be the
revenue (or spending) it names, to the sentence's end (trial 63's 1293, a college's 决算)."""


def named_after_kind(after: str, kind_of: Callable[[str], str | None]) -> str | None:
    """The kind the words right after an amount name, said to hold its parts (see above),
    from ``after``, the text right after the amount (readings taken out); else None."""
    found = _NAMED_AFTER.match(after) or _SAID_TO_BE.match(after)
    if found is None:
        return None
    return kind_of(found["name"])
