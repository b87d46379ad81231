"""An amount a series of parallel clauses leaves unnamed: the kind its first clause names.

Reports list projects in one sentence, one clause per project in one frame, and name the
kind of money only in the first clause: 法院执行年初预算数6万元，年末结算支出6万元，进度
100%；案件审判411.95万元，年末结算支出411.95万元，进度100%. The writer leaves out a word
just said. A later clause's unnamed first amount takes the kind the first clause names for
its first amount, and only where the rest of both clauses is the same frame word for word
(figures aside), with at least one more amount in it, or a share of a whole it names
(…项目经费1322.14万元，占项目经费的32%；电子政务外网运维费179.85万元，占项目经费的4%: the
bundled report's list of project spending): a clause of another shape says nothing of it.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from govkg.ingest.text.numbers import NUMBER
from govkg.ingest.text.sentences import sentence_end, sentence_start

__all__ = ["parallel_kind"]

_CLAUSE_END = re.compile(r"[；;]")
_AMOUNT = re.compile(rf"{NUMBER}\s*(?:亿元|万元|元)")
_DIGITS = re.compile(r"\d[\d,.]*")
_SEGMENT = re.compile(r"[，,：:、]")
_SHARE = re.compile(r"占[^#]{0,20}#\s*[%％]")
"""A share of a whole the clause names, in its frame (占项目经费的#%), or of the whole the
sentence is about (trial 64's 1322, a roundup of universities' budgets: 北大小学教育经费预算
8500万元,占0.63%;高中学历1.88亿元,占1.39%;…;高中学历3.36亿元,占比1.38%: the 高中 items were
unread); 占比 is 占 in a frame."""
REACH = 600  # characters of a sentence looked at on either side of the amount


def parallel_kind(
    text: str, start: int, end: int, kind_of: Callable[[str], str | None]
) -> str | None:
    """The kind of the unnamed amount ``text[start:end]`` by the clause its frame repeats,
    or None; ``kind_of`` names the kind of the words before an amount."""
    clauses = _clauses(text, sentence_start(text, start, REACH), sentence_end(text, end, REACH))
    here = next((i for i, (a, b) in enumerate(clauses) if a <= start < b), None)
    if not here:  # not in the sentence, or in its first clause: no clause before to repeat
        return None
    clause_start, clause_end = clauses[here]
    if _AMOUNT.search(text, clause_start, start):
        return None  # not the clause's first amount
    frame = _frame(text[end:clause_end])
    if not _AMOUNT.search(text, end, clause_end) and not _SHARE.search(frame):
        return None  # a frame of one amount and no share of a whole shows no parallel
    for model_start, model_end in reversed(clauses[:here]):
        first = _AMOUNT.search(text, model_start, model_end)
        if first is None or _frame(text[first.end() : model_end]) != frame:
            continue
        words = _SEGMENT.split(text[model_start : first.start()])[-1]
        if kind := kind_of(words):
            return kind
    return None


def _clauses(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The clauses of ``text[start:end]`` between ；, as spans."""
    spans = []
    for found in _CLAUSE_END.finditer(text, start, end):
        spans.append((start, found.start()))
        start = found.end()
    spans.append((start, end))
    return spans


def _frame(words: str) -> str:
    """A clause's words with its figures blanked and its blanks dropped."""
    return re.sub(r"\s+", "", _DIGITS.sub("#", words)).replace("占比", "占")
