"""A news item giving a year's 三公 spending as its change, a rate only: a sign.

A news item on a province's budget report may state its 三公 spending as a rate against the
year before, with no amount of it (trial 61's 1226, 甘肃省去年“三公”经费支出下降30.1% … 2014
年,我省…全省“三公”经费支出比2013年下降30.1%, then the province's 一般公共预算收入672.2亿元;
refused before). It is 三公 news, which the corpus files with the final accounts (993, 994,
998): the rate is the outcome of a year's 三公 accounts.

The sign: the 三公 spending (三公经费支出, “三公”支出, 三公经费) compared with a year, the year
before or the same period (比2013年, 比上年, 同比, 较上年) and changed by a rate (下降30.1%,
减少5%, 增长2%), in a text with money (``report`` asks it first) and of no class of non-report
but news (``otherclasses``). A cut asked or planned (压减三公经费5%, 三公经费力争下降10%,
要求…下降) is no outcome; nor a rate with no comparison (三公经费下降明显).
"""

from __future__ import annotations

import re

from govkg.ingest.document.otherclasses import other_class
from govkg.ingest.threepublic.words import QUOTED

__all__ = ["states_three_public_rate"]

_RATE = re.compile(
    r"(?:" + QUOTED + r"|三\s*公\s*[”\"'」』’]?)\s*(?:支\s*出|开\s*支)?\s*"
    r"(?:比\s*(?:20\d\d\s*年|上\s*年|去\s*年|上\s*一\s*年)(?:\s*同\s*期)?|同\s*比|较\s*(?:上\s*年|去\s*年))"
    r"\s*(?:下\s*降|减\s*少|增\s*长|增\s*加|上\s*升|降\s*低)\s*(?:了\s*)?\d+(?:\.\d+)?\s*[%％]"
)
_PLANNED = re.compile(r"(?:压\s*减|力\s*争|要\s*求|确\s*保|计\s*划|将|拟|目\s*标)[^。；;\n]{0,12}$")
SCANNED = 20_000  # characters


def states_three_public_rate(text: str) -> bool:
    """True where ``text`` (simplified, with money) states a year's 三公 spending as a rate
    against another period (see above), in a text of no other class than news."""
    scanned = text[:SCANNED]
    for found in _RATE.finditer(scanned):
        if _PLANNED.search(scanned, max(0, found.start() - 12), found.start()):
            continue
        return other_class(text) in (None, "news")
    return False
