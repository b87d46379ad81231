"""A year before a clause of publishing dates the publishing, not the accounts: no title.

A news item on the departments' disclosures says since when they publish: 自2013年這75所部屬
高校開始公開部門決算 (trial 64's 1323, a roundup of the universities' 2016年度部門決算, read as
of 2013), 這是中央各部門自2011年首次向社會公開部門決算以來 (trial 64's 1329, the 2012 central
三公 accounts, read as of 2011). The title rules read year, words, genre (2013年…部门决算) as a
title whose words are the unit; here the words end on the verb of publishing (开始公开, 首次向
社会公开), and the year is the year the publishing began or happened. A title names its unit
between its year and its genre's words (2016年样例局部门决算), never the act of publishing it:
the line is no title, and the year is read where the text states the accounts' own.

Read only for a title that opens on its year, the words after it ending on 公开 or 公布 (with
了 or 其); a title that names the publisher first (样例区公布2035年“三公”决算) is not this one.
"""

from __future__ import annotations

import re

__all__ = ["dates_publishing"]

_PUBLISHING = re.compile(r"(?:公\s*开|公\s*布)\s*[了其]?\s*$")


def dates_publishing(words: str) -> bool:
    """True where ``words``, those between a title's leading year and its genre's words, end
    on a verb of publishing (see above): the year dates the act, the line is no title."""
    return _PUBLISHING.search(words) is not None
