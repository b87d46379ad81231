"""Rule ``three-public-sheet``: a “三公”经费 table or note known by its title or opening line.

Sites publish a 三公 决算 or 预算 table alone, titled and nothing else ("样例县2016年“三公”
经费汇总情况决算表", "…部门“三公”经费预算情况表"), its figures bare cells under a unit line
(单位:万元, 单位:元); or a one-paragraph note with no title that opens on the 三公 total
("2020年“三公”经费支出12万元,比上年…"). Either is a report of the family (``genresigns``):
no readable report of the genre may be refused. The title must name the 三公经费 and a
决算/预算 table (…决算表, …预算表, …情况表), or the text's first sentence must open on a year
and the 三公经费's 支出/决算/预算 with its amount; and the text must state money (an amount
with its unit, or a unit line followed by a numeric cell). A news item that mentions 三公
spending further in (区政府今年“三公”经费支出…) opens on neither. Mirrors' readings (經(jīng)費)
are left out before matching.
"""

from __future__ import annotations

import re

from govkg.ingest.text.amounts import MONEY, PINYIN
from govkg.ingest.threepublic.words import QUOTED as _QUOTED

__all__ = ["sheet_of_three_public"]

_TABLE_TITLE = re.compile(
    _QUOTED + r"\s*(?:汇\s*总\s*)?(?:支\s*出\s*)?(?:情\s*况\s*)?(?:汇\s*总\s*)?"
    r"(?:财\s*政\s*拨\s*款\s*)?(?:支\s*出\s*)?(?:决\s*算|预\s*算)\s*(?:执\s*行\s*)?"
    r"(?:情\s*况\s*)?(?:汇\s*总\s*)?(?:统\s*计\s*)?表"
    r"|" + _QUOTED + r"\s*(?:支\s*出\s*)?(?:决\s*算|预\s*算)\s*(?:执\s*行\s*)?情\s*况\s*表"
)
"""A table's title words: “三公”经费汇总情况决算表, “三公”经费预算情况表, 三公经费支出决算表."""
_OPENING_TOTAL = re.compile(
    r"^[ \t\u3000]*20\d\d\s*年度?\s*(?:本级\s*)?" + _QUOTED
    + r"\s*(?:财\s*政\s*拨\s*款\s*)?(?:支\s*出|决\s*算|预\s*算)\s*(?:支\s*出\s*)?(?:数\s*)?"
    r"(?:总\s*额|合\s*计|共\s*计|总\s*计)?\s*(?:为|是)?\s*\d[\d,]*(?:\.\d+)?\s*(?:万\s*元|元)"
)
"""A note's first sentence: 2020年“三公”经费支出12万元 (the text opens on it)."""
_UNIT_LINE = re.compile(r"单\s*位\s*[:：]\s*(?:万\s*元|元)[^\n]*\n(?:[^\n]*\n){0,3}?[^\n]*\d")
"""A table's unit line (单位:元), a numeric cell on the same line or within the next few."""
TITLE_LINES = 6  # lines in which a table's title is looked for
OPENING = 800


def sheet_of_three_public(text: str) -> bool:
    """True where ``text`` (simplified) is a 三公 table by its title, or a 三公 note by its
    opening sentence, and states money (see above)."""
    plain = PINYIN.sub("", text[: OPENING * 2])[:OPENING]
    lines = [line for line in plain.splitlines() if line.strip()][:TITLE_LINES]
    titled = any(_TABLE_TITLE.search(line) for line in lines)
    opens = bool(_OPENING_TOTAL.search(plain.lstrip()))
    if not (titled or opens):
        return False
    body = PINYIN.sub("", text[:20_000])
    return bool(opens or MONEY.search(body) or _UNIT_LINE.search(body))
