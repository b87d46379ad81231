"""The items of a sentence that opens on a revenue's name and 中 are parts of that revenue.

A unit's own year-end account lists what one revenue was made of in a sentence of its own
(trial 51's 824, a hospital's 經濟及財務運行情況通報, traditional):

    財政補助收入中,在職人員經費8,613,987.00元,退休人員經費2,804,723.00元,中醫醫院制劑室建設項目1,500,000元,…

Each item names what the subsidy pays for (人員經費, 建設項目), words that alone read as
spending; but the sentence says they are parts of the 财政补助收入, money received. So an
amount read as spending, or read as nothing, in a sentence opening on …收入中, (…收入中：)
is revenue. A sentence opening on 支出中, a 收入 named later in the sentence (…中,收入…), and
an amount another word names (a change, a price) keep their readings.
"""

from __future__ import annotations

import re

__all__ = ["revenue_lead_kind"]

_LEAD = re.compile(r"[ \t\u3000]*[\u4e00-\u9fff（）()]{0,16}收入中[ \t\u3000]*[，,：:]")
"""A sentence's opening on a revenue's name: 财政补助收入中, / 医疗收入中:"""
_SENTENCE_END = re.compile(r"[。；;\n]")


def revenue_lead_kind(text: str, start: int, kind: str | None) -> str | None:
    """REVENUE for an amount read as spending or as nothing in a sentence that opens on a
    revenue's name and 中 (see above); else ``kind``."""
    if kind not in (None, "SPENDING"):
        return kind
    ends = [m.end() for m in _SENTENCE_END.finditer(text, max(0, start - 400), start)]
    opening = ends[-1] if ends else max(0, start - 400)
    return "REVENUE" if _LEAD.match(text, opening) else kind
