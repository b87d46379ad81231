"""A season across the turn of a year is one season, not a range of years the report covers.

``years.stated_year`` reads no year where a text covers a range (2019-2021年…), as a report
over several years does. A disaster-relief fund's report names the winter-spring season it
helps through, which always runs over the turn of the year: 2023-2024年冬春临时生活困难救助资金
(forty-eighth trial's 743), and so does a heating season (2023-2024年采暖季). Two consecutive
years written before such a season's name are that season, and leave the report's own year
to the rules that read it; a range of non-consecutive years (2019-2021年冬春), or one before any
other word, still makes the text cover several years.
"""

from __future__ import annotations

import re

__all__ = ["is_season"]

_SEASON = re.compile(r"\s*度?\s*(?:冬春|冬季和春季|采暖季|供暖季|取暖季|采暖期|供暖期)")
_YEARS = re.compile(r"(?P<first>20\d\d)\s*[-—~至到]\s*(?P<last>20\d\d)")


def is_season(head: str, found: re.Match) -> bool:
    """Whether the range ``found`` (20XX-20YY年, ending at its 年) is a season over one turn of
    the year: consecutive years, the season's name right after (see above)."""
    years = _YEARS.match(found.group())
    if years is None or int(years["last"]) - int(years["first"]) != 1:
        return False
    return _SEASON.match(head, found.end()) is not None
