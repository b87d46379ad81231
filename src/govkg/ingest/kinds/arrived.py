"""Funds handed down (下达) stated under a heading of funds in place (到位情况) have arrived.

下达 is the verb of an allocation, so what it governs is read BUDGET (``allocated``). A
project report's section on its funds' arrival (1、项目资金到位情况分析。) states, in the
sentence right after its heading, what reached the unit: 2023年共下达我区补助资金246.2万元
(其中:中央补助资金226.7万元,…) is the money that came in, REVENUE (the nineteenth trial's
243; its 下达 sentence in 一、绩效目标分解下达情况 stays BUDGET). The same words are read
both ways by where they stand, as the report's own headings say.

Only the first sentence after the heading (as ``allocated.under_budget_heading``), and only
where that sentence states no arrival of its own (实际下达15万元,到位率100% / 下达30万元,
实际到位25万元: the sentence says what arrived, and its own words are read); an arrival said
right after the amount of the 下达 (…资金30万元,资金已全部到位, trial 47) is that amount's own, so
it is read as arrived too. A heading of
how the funds were spent (资金执行情况) or of anything else is not this heading.

What was actually handed down set against the budget, with the rate of arrival it makes, is
the money that came in, whatever else its sentence states (``actual_arrival``): 1)项目资金到位
情况。2020年预算飞行经费共计7952万元,财政部实际下达资金2513万元,资金到位率为31%。 (trial 49's
767) and 1.项目资金到位情况。⏎市财政预算安排15万元,实际下达15万元,项目资金到位率100%。 (the
corpus's 187, whose file reads it so). Only 实际下达 (a plain 下达 with a rate after it stays
the budget handed down, as the corpus's 383 reads it), only with 到位率 said after the amount in
its sentence, and only under the heading, a heading's 。 and its line's end read as one.
"""

from __future__ import annotations

import re

from govkg.ingest.text.amounts import PINYIN

__all__ = ["actual_arrival", "under_arrival_heading"]

_SENTENCE_END = re.compile(r"[。！？!?\n]")
_HEADING = re.compile(r"(?:资金|经费)(?:的)?到位(?:情况)?(?:分析|说明)?[\s。:：]*$")
_OWN_ARRIVAL = re.compile(r"到位|到账|收到")
REACH = 200  # characters looked at before the amount for its sentence and the heading
HEADING = 30  # characters at most of a heading (a sentence is no heading)


def under_arrival_heading(text: str, at: int) -> bool:
    """Whether the amount at ``at`` stands in the first sentence after a heading of funds
    in place, a sentence stating no arrival of its own (see above)."""
    low = max(0, at - REACH)
    ends = list(_SENTENCE_END.finditer(text, low, at))
    if not ends:
        return False
    heading_start = ends[-2].end() if len(ends) > 1 else low
    heading = PINYIN.sub("", text[heading_start : ends[-1].end()]).strip()
    if len(heading) > HEADING or not _HEADING.search(heading):
        return False
    after = _SENTENCE_END.search(text, at)
    sentence = PINYIN.sub("", text[ends[-1].end() : after.start() if after else len(text)])
    return not _OWN_ARRIVAL.search(sentence) or bool(_ARRIVED_RIGHT_AFTER.match(text, at))


_ARRIVED_RIGHT_AFTER = re.compile(
    r"\d[\d,，.]*\s*(?:亿元|万元|元)\s*[，,]\s*(?:该|此|上述)?(?:笔|项)?资金\s*(?:已经?|均已)"
    r"\s*(?:全部|全额|足额)?\s*(?:拨付|下拨|下达)?\s*(?:到位|到账)"
)
"""The sentence's arrival said right after the amount, the fund named again as the next
clause's subject (…下达我市…资金30万元,资金已全部到位。: trial 47): under the heading it is
this amount's arrival, not another figure's, so the amount is what came in."""


_ACTUAL_HANDED = re.compile(r"实际(?:已经?)?下达")
_RATE = re.compile(r"到位率")


def actual_arrival(text: str, at: int, own: str) -> bool:
    """Whether the amount at ``at``, its own words ``own`` saying 实际下达, is what came in:
    its sentence states the rate of arrival after it, under a heading of funds in place (see
    above)."""
    if not _ACTUAL_HANDED.search(PINYIN.sub("", own)):
        return False
    after = _SENTENCE_END.search(text, at)
    if not _RATE.search(PINYIN.sub("", text[at : after.start() if after else len(text)])):
        return False
    low = max(0, at - REACH)
    ends = list(_SENTENCE_END.finditer(text, low, at))
    while len(ends) > 1 and not text[ends[-2].end() : ends[-1].start()].strip():
        ends.pop()  # 1.项目资金到位情况。⏎: the heading's 。 and its line's end are one end
    if not ends:
        return False
    heading_start = ends[-2].end() if len(ends) > 1 else low
    heading = PINYIN.sub("", text[heading_start : ends[-1].end()]).strip()
    return len(heading) <= HEADING and bool(_HEADING.search(heading))
