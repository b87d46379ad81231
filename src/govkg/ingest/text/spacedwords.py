"""Words a page letter-spaced read as the words they are (trial 64).

A PDF set in justified type may come out with a blank between characters of some lines (trial
64's 1334, a civil affairs bureau's 2025 budget note: 事业运行经 费 总预 算 安 排 37337407.64 元,
同 比 增 加27125219.46 元; 2025 年 政 府 采 购 预 算 6429768.84 元): the words that name an
amount's kind (预算, 同比增加) are there, but no rule reads 预 算 as 预算, so the figures were
listed unread. A blank between two Chinese characters is dropped where one of them stands alone
between blanks (or at the words' edge): that is letter-spacing, not a blank between two words.
Blanks between words of two characters or more (收入 支出, a table's cells a blank apart) and
blanks beside a figure or a mark stay. Only the words an amount's kind is read in are closed
up; its label and quote keep the blanks, as stored.
"""

from __future__ import annotations

import re

__all__ = ["closed_up"]

_CJK = re.compile(r"[\u4e00-\u9fff]")
_GAP = re.compile(r"(?<=[\u4e00-\u9fff]) (?=[\u4e00-\u9fff])")


def _alone(words: str, at: int, step: int) -> bool:
    """Whether the character at ``at`` has no Chinese character next to it on the side away
    from the blank (``step``: -1 looking left, 1 right)."""
    beyond = at + step
    return beyond < 0 or beyond >= len(words) or not _CJK.match(words[beyond])


def closed_up(words: str) -> str:
    """``words`` with each letter-spacing blank dropped (see above)."""
    if " " not in words:
        return words
    gaps = [
        gap.start()
        for gap in _GAP.finditer(words)
        if _alone(words, gap.start() - 1, -1) or _alone(words, gap.start() + 1, 1)
    ]
    if not gaps:
        return words
    dropped = set(gaps)
    return "".join(char for at, char in enumerate(words) if at not in dropped)
