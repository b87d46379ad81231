"""A year whose 年 a page's line break cut off: the same year, read as written on one line.

A budget note laid out in a PDF's cells may print a year's digits at one line's end and its
年 at the next line's start (trial 55's 996, a 审计局's 三公 budget note: 一、“三公”经费安排情况
/ 2019 / 年本部门财政拨款安排“三公”经费 10.8 万元…, its signature's date likewise 2019 / 年3月7日;
no year read before). The year rules read a year line by line, so such a year went unread.
The break (and the blanks around it) between four digits and 年 is read as a blank, the text's
length and every place in it kept: the line's year rules then read it as any year (a date's
month after it still makes it a date's). Any other break (a figure, a word before 年) stays."""

from __future__ import annotations

import re

__all__ = ["joined_years"]

_BROKEN = re.compile(r"(?<![\d.])20\d\d[ \t\u3000]*\n[ \t\u3000]*(?=年)")


def joined_years(head: str) -> str:
    """``head`` with each year broken from its 年 by a line break joined by a blank instead
    (see above): as long as ``head``, each character in its place."""
    return _BROKEN.sub(lambda m: m.group().replace("\n", " "), head)
