"""Whether a text writes 年 as a dash: a mirror's substitution (forty-first trial).

Some mirror sites of county pages lose the character 年 and print a dash in its place:
2015-度, 比2014-决算数, 本-决算数, 当-公务用车购置数. A word such as 本-决算数 is then
本年决算数; but a dash after 本 or 上 alone could be anything, so it is taken for 年 only
where the text shows the substitution plainly elsewhere: a year written as four digits
and a dash followed by a word (2015-度, 2014-决算数), never by a digit (2016-06-10, a date)
or a space.
"""

from __future__ import annotations

import re

__all__ = ["YEAR_DASH", "writes_year_as_dash"]

YEAR_DASH = re.compile(r"(?<!\d)(?:19|20)\d\d-(?=[\u4e00-\u9fff])")
"""A year followed by a dash and a word: 2015-度, 2014-決算數 (年 printed as -)."""


def writes_year_as_dash(text: str) -> bool:
    """True where the text plainly prints 年 as a dash after a year (see above)."""
    return YEAR_DASH.search(text) is not None
