"""An item reporting a fund's performance evaluation, with the fund's money and its uses: a
sign of the project genre with no title of it.

A county's news item may report that it had a fund's use evaluated, "近日,广德县组织第三方
评价机构对2015年地方政府新增债券资金使用情况进行绩效评价", and state the fund's money and what
it was spent on: "2015年省财政厅下拨广德县新增政府一般债券资金19408万元,主要用于五个项目建设。
其中,普通公路建设投入6623万元…" (trial 65's 1348, refused before). An evaluation of one fund's
use with its money is what the family's project evaluations report (the corpus's 专项债券
evaluations, 650, 651, 654, 655), so the text is read as one.

All of these are asked: a sentence saying a fund's use was evaluated (对…资金(使用情况)进行
(了)绩效评价, 开展…绩效评价), in the opening; money after it, within the next paragraphs, stated
as used (用于, 投入, 使用, 支出 in the amount's clause); and no sign of another class
(``otherclasses``: a notice asking for evaluations, the rules of evaluation, an audit). A
sentence on evaluation work in general (对项目支出开展绩效评价工作) names no fund; money before
the sentence or with no use said reads nothing.
"""

from __future__ import annotations

import re

from govkg.ingest.document.otherclasses import other_class
from govkg.ingest.text.amounts import MONEY

__all__ = ["reports_fund_evaluation"]

_S = r"\s*"
_EVALUATED = re.compile(
    rf"对{_S}(?:20\d\d{_S}年度?{_S})?[^。！？\n]{{0,30}}?资{_S}金{_S}(?:使{_S}用{_S}情{_S}况{_S})?"
    rf"(?:进{_S}行|开{_S}展){_S}了?{_S}(?:第{_S}三{_S}方{_S})?绩{_S}效{_S}评{_S}价"
    rf"(?!{_S}工{_S}作)"
)
_NOTICE = re.compile(r"通\s*知[ \t\u3000]*$|请\s*(?:你们|各)", re.M)
"""A notice asking for the evaluation (…开展…绩效评价的通知, 请你们对…进行绩效评价):
``otherclasses`` knows only notices allocating money."""
_USED = re.compile(r"用\s*于|投\s*入|使\s*用|支\s*出")
_CLAUSE_START = re.compile(r"[。；;，,：:！？\n][^。；;，,：:！？\n]*$")
OPENING = 1500  # characters in which the evaluation is reported
AFTER = 600  # characters after it in which its money is stated


def reports_fund_evaluation(text: str) -> bool:
    """Whether ``text`` (simplified) reports a fund's performance evaluation with the fund's
    money stated as used after it (see above)."""
    found = _EVALUATED.search(text[:OPENING])
    if found is None or _NOTICE.search(text[:OPENING]):
        return False
    for money in MONEY.finditer(text, found.end(), found.end() + AFTER):
        clause = _CLAUSE_START.search(text, found.end(), money.start())
        start = clause.start() + 1 if clause else found.end()
        if _USED.search(text, start, money.start()):
            return other_class(text) is None
    return False
