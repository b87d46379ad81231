"""A fund named in a title with a bracket after it: the bracket glosses the fund, it names
no unit (fifty-third trial).

A provincial evaluation of a fund may be titled by the fund with its other name, or what it
funds, in brackets right after it: "2017年度节能和新能源发展资金(建筑节能与绿色建筑发展资金)
绩效评价报告" (trial 53's 895, 山东), as the corpus writes 中央农业生产和水利救灾资金(第八批)
and 自然灾害救灾中央直达资金(冬春救助资金). ``titleunit.is_fund`` tests the word a title's
words end on; the closing bracket hid the fund's 资金, so the fund was taken as the unit. The
words before the last bracket are what the title names: a fund there is a fund, whatever the
bracket holds. A name whose bracket follows an organisation word (某某局(本级), 某委员会
(某某管理委员会)) is tested as before: its words before the bracket end on no fund word.
"""

from __future__ import annotations

import re

__all__ = ["without_gloss"]

_GLOSS = re.compile(r"\s*[（(][^（()）\n]{1,40}[)）]\s*$")
"""A bracket closing the title's words: what the fund funds, its batch or its other name."""


def without_gloss(words: str) -> str:
    """``words`` without the bracket that closes them (节能和新能源发展资金(建筑节能与绿色建筑
    发展资金) -> 节能和新能源发展资金); as they are where no bracket closes them."""
    return _GLOSS.sub("", words)
