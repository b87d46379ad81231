"""An amount stated as a share of a total of spending or revenue, said right after it.

涉及资金593,697.88万元，占专项资金支出总额的100%: a part of spending is spending (``partkinds``'
``share_of``). A self-assessment's grades (the eighth held-out trial's 133) write the share
as a 比例 and give a share of the project count first: 涉及资金 656.93 万元,占项目总数比例
100%,占项目支出总额比例 100% — the count's share (总数, 个数: not money) is passed over, and
占…支出总额比例 N% is the share of spending as 占…支出总额的N% is. A PDF's line break may stand
inside the words (占项目支出\n总额比例 0%).
"""

from __future__ import annotations

import re

__all__ = ["SHARE_OF"]

_COUNT_SHARE = r"占[^。；;，,\d]{0,12}?(?:总数|个数)[^。；;，,\d]{0,6}\d+(?:\.\d+)?\s*%\s*[，,]\s*"
SHARE_OF = re.compile(
    rf"[，,]?\s*(?:{_COUNT_SHARE})?占[^。；;，,]{{0,20}}?(?P<of>支出|收入|三公[”\"’]?经费[”\"’]?)"
    r"\s*(?:总\s*额|合\s*计|总\s*计)?(?:的|\s*比\s*例)?\s*(?:将近|接近|近|约|超过|逾)?\s*\d"
)
"""From right after an amount: its share of spending (``of`` 支出, or the 三公经费 a news item
reports spent: 五者总额约为2.69亿元,占“三公经费”总额将近54%, trial 58's 1113, listed unread
before) or of revenue (收入); a rough share's 将近 / 约 may stand before the percent."""
