"""An amount whose parts are listed in a bracket right after it (ninth trial):

    财政拨款收入4,146.90万元(其中,一般公共预算 2,922.37万元,政府性基金预算1,224.53万元),
    占总收入92.12%

- a share written right after the closing bracket is the share of the amount before the
  bracket (the bracket holds its parts), never of the last amount inside it: a funding line
  (``spending``) never takes it, and the money-figure share rule (``figureshares``) looks for
  it past the bracket;
- 一般公共预算 / 政府性基金预算 / 国有资本经营预算 / 社会保险基金预算 in a part's words name the
  budget the money comes from, not a budget: a part listed under 其中 has the kind of its
  total (``money``), as a part no word names has;
- a bracket opened right after an amount without 其中, its amount named by its source alone
  (发放补助资金2734.6万元,(县级整合、配套资金1290.6万元): nineteenth trial), holds a part
  of that amount: it has that amount's kind (``bracketed_kind``), where its own words name
  none. Without it the words before the amount reached back past the amount before and
  read 补助资金 (the fund's name) as money received. A change's bracket naming an item whose
  own change follows its amount holds the item's level, not a part of the change.
"""

from __future__ import annotations

import re
from decimal import Decimal

from govkg.ingest.text.amounts import PINYIN

__all__ = [
    "after_parts",
    "bracketed_kind",
    "changed_whole_kind",
    "closes_a_bracket",
    "without_budget_sources",
]

_PARTS = re.compile(
    r"\s*[（(](?:其中|含|包括)[^（()）。；;\n]{0,160}?\d\s*(?:亿元|万元|元)[^（()）。；;\n]{0,40}?[）)]"
)
"""A bracket right after an amount that lists its parts, with at least one amount in it."""
_SOURCES = re.compile(
    r"(?:一般公共|政府性基金|国有资本经营|社会保险基金)预算(?!支出|收入|拨款)"
    r"|(?:(?<=其中)|(?<=[：:，,、])|^)\s*(?:一般预算内|预算内|预算)(?=\s*(?:财政)?拨款(?!支出|收入))"
)
"""The budget a part's money comes from, named before it: 一般公共预算; and a part opening on
the budget its appropriation comes from (其中预算财政拨款3277.62万元, 其中:一般预算内拨款270.79
万元: trial 64's 1308 and 1330, parts of a 决算's revenue total): the appropriation is the total's
kind, received, not budgeted by its 预算. A budget named with its year or stage before it
(年初预算财政拨款) keeps its 预算."""


def after_parts(text: str, end: int) -> int | None:
    """Where the bracket of parts right after the amount ending at ``end`` closes; None
    where no such bracket follows it."""
    found = _PARTS.match(text, end)
    return found.end() if found else None


def closes_a_bracket(between: str) -> bool:
    """Whether the words between an amount and a share close a bracket the amount is in
    (…1,224.53万元),占总收入92.12%): the share is then of the amount before the bracket."""
    depth = 0
    for char in between:
        if char in "（(":
            depth += 1
        elif char in "）)":
            depth -= 1
            if depth < 0:
                return True
    return False


def without_budget_sources(words: str) -> str:
    """A part's words without the names of the budget its money comes from."""
    return _SOURCES.sub("", words)


_OPENED = re.compile(r"\s*[，,]?\s*[（(](?P<words>[^（()）。；;\n\d]{0,40})$")
"""A bracket opened right after an amount (a comma may stand between), then the part's
words, no figure among them: 2734.6万元,(县级整合、配套资金."""


def bracketed_kind(text: str, at: int, part: Decimal, before, kind_of) -> str | None:
    """The kind of the amount ``before`` (its end, kind and yuan) for the amount at ``at`` of
    ``part`` yuan, where that amount is the first of a bracket opened right after it, is no
    more than it (a part never is), and its own words name no kind (see above); else None.
    (安排预算稳定调节基金28478万元(累计稳定调节基金43429万元): a larger sum, no part.)"""
    if before is None or before[1] is None or part > before[2]:
        return None
    opened = _OPENED.match(PINYIN.sub("", text[before[0] : at]))  # 資(zī)金: read through
    if opened is None or kind_of(opened["words"]) is not None:
        return None
    if before[1] == "CHANGE" and _OWN_CHANGE.match(text, at):
        return None  # 减少144.92万元(公务用车购置费0万元,同比减少0万元…): ``changed_whole_kind``
    return before[1]


def changed_whole_kind(text: str, at: int, kinds: list[tuple[int, str | None]]) -> str | None:
    """The kind of the amount whose change a bracket opens after, for the amount at ``at``
    that is the first of that bracket, names no kind and is followed by a change of its own
    (公务用车购置及运行费585.53万元,同比减少144.92万元(公务用车购置费0万元,同比减少0万元…;
    公务用车运行维护费585.53万元,…): trial 60's 1160, a district's 2019 三公 accounts): the
    bracket lists the parts of that amount, each with its change, as a bracket of parts after
    the amount itself does; else None. (``kinds``: (end, kind) of each amount read before.)"""
    if len(kinds) < 2 or kinds[-1][1] != "CHANGE" or not _OWN_CHANGE.match(text, at):
        return None
    (whole_end, whole), (change_end, _) = kinds[-2], kinds[-1]
    words = PINYIN.sub("", text[whole_end:change_end])
    if whole in (None, "CHANGE") or not _CHANGE_OF.match(words):
        return None
    opened = _OPENED.match(PINYIN.sub("", text[change_end:at]))
    return whole if opened is not None else None


_CHANGE_OF = re.compile(
    r"\s*[，,]\s*(?:同比|比上年|较上年)(?:增加|减少|增长|下降)了?\s*[\d.,，]+\s*(?:亿元|万元|元)$"
)
"""A change written right after the amount it is of: ,同比减少144.92万元."""


_OWN_CHANGE = re.compile(
    r"[\d.,，]+\s*(?:亿元|万元|元)\s*[，,]\s*(?:同比|比上年|较上年)(?:增加|减少|增长|下降)"
)
"""A part's amount followed by its own change against last year (公务用车购置费0万元,同比减少0万元:
trial 60's 1160, a district's 2019 三公 accounts, its bracket opened after the 购置及运行费's
change): the item's level, named in the bracket, not a part of the change before it."""
