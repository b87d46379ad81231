"""A finance bureau's key evaluation of several projects, with the money it covered: a sign.

A finance bureau tells of the 重点绩效评价 it made of a number of projects, in a short note or
in a news item in its own voice, and states one amount: the money the evaluated projects
hold (trial 61's 1210, a city finance bureau's news: 2021年,我局重点抽取了…共20个项目进行了
绩效评价。涉及资金总额26490万元; 1216, a district's 预算绩效工作开展情况说明: …选取7个项目开展
重点评价,涉及预算金额为2298万元; both refused before). They are reports of the family, a
project's evaluation (of several projects), as ``evaluationoutcome`` reads a notice that
scores many projects at once.

The sign: a count of projects (N个项目) evaluated (进行了/开展…评价), then within the next
sentence the money the evaluation covered (涉及资金总额, 涉及预算金额, 涉及金额) with its
amount, in a text of no class of non-report but news (``otherclasses``: the bureau's news
item is written by its own 通讯员). Projects to be evaluated (将对N个项目开展评价) are a plan,
not an evaluation made; projects counted with money but no evaluation (下达N个项目,涉及资金…:
an allocation) show no sign; nor does an evaluation with money that is not its scope
(评价费用5万元).
"""

from __future__ import annotations

import re

from govkg.ingest.document.otherclasses import other_class

__all__ = ["reports_key_evaluation"]

_EVALUATED = re.compile(
    r"(?<![将拟])(?:[共对]\s*)?\d+\s*个\s*项\s*目\s*"
    r"(?:进\s*行\s*了?|开\s*展\s*了?|实\s*施\s*了?)\s*(?:重\s*点\s*)?(?:绩\s*效\s*|财\s*政\s*)?"
    r"(?:评\s*价|评\s*估)"
)
_COVERED = re.compile(
    r"[^。！？!?\n]{0,30}?[。，,；;]?[^。！？!?\n]{0,10}?涉\s*及\s*(?:资\s*金|预\s*算|财\s*政\s*资\s*金)?"
    r"\s*(?:总\s*额|金\s*额|总\s*量|规\s*模)?\s*(?:为|共|达|约)?\s*"
    r"(?<![\d.])\d[\d,]*(?:\.\d+)?\s*(?:万\s*元|亿\s*元|元)"
)
_PLANNED = re.compile(r"(?:将|拟|计划)\s*(?:对|选取|抽取|开展|组织|于)")
"""将对…开展评价, 拟选取…: an evaluation planned (雨露计划 is a project's name, no plan)."""


def reports_key_evaluation(text: str) -> bool:
    """Whether ``text`` (simplified) tells of an evaluation made of several projects and the
    money it covered (see above), in a text of no other class than news."""
    for made in _EVALUATED.finditer(text):
        sentence = text[text.rfind("。", 0, made.start()) + 1 : made.start()]
        if _PLANNED.search(sentence):
            continue
        if _COVERED.match(text, made.end()):
            return other_class(text) in (None, "news")
    return False
