"""The department a commissioned evaluation assesses, said in its opening sentence.

An evaluation a firm writes on commission may name no parties on a cover and say them in
its first sentence instead: "我们接受成都市财政局委托,于2018年5月2日至…对成都市文化广电
新闻出版局(以下简称“市文广新局”)的文化精品项目扶持开展绩效评价" (forty-fifth trial's 672).
The writer (我们) is a firm and the commissioner a finance bureau; the report is of the
department whose project it assesses, as on a commissioned cover (``commissioned``: its
项目主管部门). Read only where the writer says it took the commission (接受…委托, 受…委托)
and the same sentence names, after 对, a placed organisation whose project or funds (…的…)
it evaluated: a self-evaluation (…对本单位…开展自评) names no other, and an unplaced or
pronoun name (对该局…) is not taken.
"""

from __future__ import annotations

import re

from govkg.ingest.document.issuer import NAME, Stated, first_placed

__all__ = ["commissioned_subject"]

_SENTENCE = re.compile(
    r"(?:接受|受)[^。；;\n]{2,40}?委托[^。；;\n]{0,60}?对[ \t\u3000]*"
    rf"(?P<unit>{NAME})[ \t\u3000]*"
    r"(?:[（(][ \t\u3000]*(?:以下)?简称[^（()）\n]{1,20}[）)])?[ \t\u3000]*的"
    r"[^。；;\n]{2,60}?(?:开展|进行)了?[^。；;\n]{0,8}?绩效评价"
)


def commissioned_subject(head: str) -> Stated | None:
    """The placed unit a commissioned evaluation's sentence says it assessed (see above);
    None where no such sentence names one."""
    return first_placed(_SENTENCE, head)
