"""A unit's name whose organisation word the text doubled by a slip (鄂州市急救中心中心), read
as the text writes it once elsewhere.

Trial 53's 901, a budget note: 设立鄂州市急救中心(原名…) in its duties, then 鄂州市急救中心中心为
公益一类事业单位 in its 机构设置, the introduction the unit rules read first; the draft named
鄂州市急救中心中心. A name ending on an organisation word written twice over (中心中心,
委员会委员会, 办公室办公室) is the once-written name where the text writes that name without the
second word: the name as the text writes it, cited there. Only words no title or rank goes on
from (局局长, 馆馆长, 院院长, 站站长 are a name and a post: not doubled names), and only where the
once-written name stands in the text; otherwise the name stays as found.
"""

from __future__ import annotations

import re

__all__ = ["once_written"]

_DOUBLED = re.compile(r"(?P<word>中心|委员会|办公室|管理处|服务站)(?P=word)$")


Stated = tuple[str, tuple[int, int]]


def once_written(text: str, found: Stated) -> Stated | None:
    """The name ``found`` with its doubled organisation word written once, at the first place
    ``text`` writes it so (not followed by the word again); None where the name is not doubled
    or the text never writes it once."""
    name = re.sub(r"\s+", "", found[0])
    doubled = _DOUBLED.search(name)
    if doubled is None:
        return None
    single = name[: doubled.end("word")]
    word = doubled["word"]
    for at in re.finditer(re.escape(single), text):
        if not text.startswith(word, at.end()):
            return single, at.span()
    return None
