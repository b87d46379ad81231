"""Rule ``rated-rows``: the rows of a money table that their own 执行率 proves.

A project list or funds form flattened from a PDF or page loses its grid: one cell a line
(``2 |`` ``办学评估系统 |`` ``45 |`` ``44.89 |`` ``99.76% |``), an office cell lost to a merged
cell, or cells between blanks (``1 52.800000 52.800000 52.800000 100.00% 30.800000 58.33%``
under ``全年预算数 (A) 统筹整合资金数 (B) … 全年到位资金 (D) 预算到位 (D/C×100%) 全年执行资金
(E) 预算执行 (E/C×100%)``). Where empty cells are lost a figure's column cannot be told by
its place, so ``tables`` lists such cells unread (``loosecells``).

A rate column proves some of them. Its heads say which two money columns it divides: the
letters of its formula (E/C), or, with none, the two money heads written right before it
(预算数 | 执行数 | 预算执行率: 执行数 over 预算数). In a row, the figures right before a rate
cell stand, from the right, under the money heads right before the rate's head. Two
figures are read only where their quotient is the stated rate to its written precision
(44.89 / 45 = 99.76%; 0 / 11 = 0.00%, the 0 then right after a row's words, not after
another row's rate, so that a row's item number is never taken for its budget). A figure
that no rate checks (the form's 全年预算数 (A) beside a lost 统筹整合资金数 (B)) stays
unread. A head's kind: 预算 BUDGET, 执行/支出 SPENDING, 到位 REVENUE; a head that names none
is never read. The unit is declared just before the heads (单位:万元, (万元)); with none,
nothing is read. A 分值 between the money heads and the rate leaves unsaid which two it
divides (nothing read); rows end at the form's indicators (一级指标, 指标值…).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from govkg.ingest.kinds.money import MoneyFound
from govkg.ingest.tables.cellfound import cell_found
from govkg.ingest.text.numbers import number_value
from govkg.ingest.text.simplified import simplified
from govkg.ingest.text.textview import TextView

__all__ = ["find_rated_rows"]

RULE = "rated-rows"
_TOKEN = re.compile(r"[^\s|]+|(?<=\|)[ \t\u3000]*(?=\|)")  # an empty cell between bars kept
_FIGURE = re.compile(r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?")
_RATE_CELL = re.compile(r"(?P<rate>\d{1,3}(?:\.(?P<dec>\d+))?)%")
_LETTER = re.compile(r"[(（](?P<letter>[A-Z])[)）]")
_FORMULA = re.compile(r"[(（](?P<num>[A-Z])\s*/\s*(?P<den>[A-Z])\s*(?:[×*xX]\s*100%)?[)）]")
_UNIT_DECLARED = re.compile(
    r"[(（]\s*(?P<u>万元|元|亿元)\s*[)）]|单位\s*[：:]\s*(?P<v>万元|元|亿元)"
)
_KINDS = (
    (
        "SPENDING",
        re.compile(r"(?:全年|预算|实际)?执行(?:数|资金|金额)|实际支出(?:数|金额)?|决算数"),
    ),
    ("REVENUE", re.compile(r"(?:全年|实际)?到位(?:资金|数|金额)")),
    (
        "BUDGET",
        re.compile(r"(?:年初|全年|调整后?|本年)?预算(?:数|金额|资金)|扣除[^\s|]{1,10}后预算金额"),
    ),
)
_KINDLESS = re.compile(r"[^\s|]{1,12}(?:资金数|资金|金额)")
_RATE_HEAD = re.compile(r"(?:预算|资金)?(?:执行|到位)率")
_RATE_WORDS = re.compile(r"预算(?:执行|到位)")  # a rate's head only with its formula after it
_OTHER_HEAD = re.compile(r"分值|得分|权重")
_STOP = "。"
_END = re.compile(r"绩效指标|一级指标|指标值|年度总体目标|预期目标|总体目标|评价结论|项目名称")
"""Words that open a form's next part (its indicators, whose 100% cells rate no money)."""
HEAD_REACH = 200  # characters before the heads in which their unit is declared
REACH = 3000  # characters of rows after the heads


@dataclass
class _Head:
    kind: str | None  # money: its kind (None: money of no kind); "RATE"; "OTHER"
    letter: str | None = None
    formula: tuple[str, str] | None = None  # a rate's (numerator, denominator) letters
    name: str = ""


def _money_kind(word: str) -> tuple[bool, str | None]:
    """Whether a head is a money column, and its kind."""
    word = _UNIT_DECLARED.sub("", word)
    for kind, pattern in _KINDS:
        if pattern.fullmatch(word):
            return True, kind
    return bool(_KINDLESS.fullmatch(word)), None


def _heads(tokens: list[re.Match], at: int) -> tuple[list[_Head], int]:
    """The run of column heads from ``tokens[at]`` and its end (empty: none there)."""
    heads: list[_Head] = []
    index = at
    while index < len(tokens):
        word = tokens[index].group()
        letter, formula = _LETTER.fullmatch(word), _FORMULA.fullmatch(word)
        glued = _FORMULA.search(word)
        if letter and heads and heads[-1].kind not in ("RATE", "OTHER") and not heads[-1].letter:
            heads[-1].letter = letter["letter"]
        elif formula and heads and heads[-1].kind == "RATE" and heads[-1].formula is None:
            heads[-1].formula = (formula["num"], formula["den"])
        elif _RATE_HEAD.fullmatch(word) or _RATE_WORDS.fullmatch(word):
            heads.append(_Head("RATE", name=word))
        elif glued and _RATE_HEAD.fullmatch(word[: glued.start()]):
            heads.append(_Head("RATE", formula=(glued["num"], glued["den"]), name=word))
        elif _OTHER_HEAD.fullmatch(word):
            heads.append(_Head("OTHER", name=word))
        else:
            money, kind = _money_kind(word)
            if not money:
                break
            heads.append(_Head(kind, name=_UNIT_DECLARED.sub("", word)))
        index += 1
    return heads, index


def _rates(heads: list[_Head]) -> list[tuple[list[_Head], _Head, _Head]]:
    """Each rate head's group (the money heads between it and the rate before it) with its
    numerator's and denominator's heads; empty where a rate's columns are not shown."""
    out: list[tuple[list[_Head], _Head, _Head]] = []
    group: list[_Head] = []
    groups: list[list[_Head]] = []
    for head in heads:
        if head.kind == "RATE":
            if head.formula:
                letters = {h.letter: h for g in [*groups, group] for h in g if h.letter}
                num, den = letters.get(head.formula[0]), letters.get(head.formula[1])
            elif _RATE_WORDS.fullmatch(head.name) or len(group) < 2:
                return []
            else:
                num, den = group[-1], group[-2]
            if num is None or den is None:
                return []
            out.append((group, num, den))
            groups.append(group)
            group = []
        elif head.kind == "OTHER":
            if group:
                return []  # 分值 between the money and the rate: which two it divides is unsaid
        else:
            group.append(head)
    return out


def _unit(text: str, start: int, end: int) -> str | None:
    declared = list(_UNIT_DECLARED.finditer(text, max(0, start - HEAD_REACH), end))
    if not declared or _STOP in text[declared[-1].end() : start]:
        return None
    return declared[-1]["u"] or declared[-1]["v"]


def _checks(num: str, den: str, rate: re.Match) -> bool:
    """Whether num / den is the stated rate to its written precision."""
    base = number_value(den)
    if base <= 0:
        return False
    places = Decimal(1).scaleb(-len(rate["dec"] or ""))
    ratio = (number_value(num) / base * 100).quantize(places, rounding=ROUND_HALF_UP)
    return ratio == Decimal(rate["rate"])


def find_rated_rows(view: TextView, year: int | None) -> Iterator[MoneyFound]:
    """The cells of every rated money table of the text that a rate proves (see above)."""
    text = simplified(view.text)
    tokens = list(_TOKEN.finditer(text))
    at = 0
    while at < len(tokens):
        heads, end = _heads(tokens, at)
        rates = _rates(heads) if end > at else []
        unit = _unit(text, tokens[at].start(), tokens[end - 1].end()) if rates else None
        if not rates or unit is None:
            at = max(end, at + 1)
            continue
        stop = end
        limit = tokens[end - 1].end() + REACH
        while stop < len(tokens) and tokens[stop].start() < limit:
            if _heads(tokens, stop)[0] and _rates(_heads(tokens, stop)[0]):
                break
            if _STOP in tokens[stop].group() or _END.search(tokens[stop].group()):
                break
            stop += 1
        yield from _rows(view, tokens[end:stop], rates, unit, year)
        at = stop


def _rows(view, tokens, rates, unit, year):
    """The proven cells of the rows in ``tokens``: a row is words, then figures and a rate
    cell, then (for a form of several rates) figures and the next rate, and so on."""
    seen: set[int] = set()
    row_start = 0  # the token after the last rate cell
    placed: dict[int, re.Match] = {}  # id(head) -> its cell, in the current row
    label = ""
    next_rate = 0
    for index, token in enumerate(tokens):
        rate = _RATE_CELL.fullmatch(token.group())
        if not rate:
            continue
        run = index
        while run > row_start and _FIGURE.fullmatch(tokens[run - 1].group()):
            run -= 1
        if not (next_rate and run == row_start):  # not the same row's next rate: a new row
            next_rate, placed = 0, {}
            label = " ".join(t.group() for t in _words_before(tokens, row_start, run))
        group, num, den = rates[next_rate]
        for head, cell in zip(reversed(group), reversed(tokens[run:index]), strict=False):
            placed[id(head)] = cell
        pair = placed.get(id(num)), placed.get(id(den))
        if pair[0] is not None and pair[1] is not None and _proven(tokens, pair, rate, run):
            for head, cell in ((den, pair[1]), (num, pair[0])):
                if head.kind and cell.start() not in seen:
                    seen.add(cell.start())
                    yield cell_found(
                        view,
                        cell.start(),
                        cell.end(),
                        cell.group(),
                        unit,
                        rule=RULE,
                        year=year,
                        kind=head.kind,
                        label=f"{label} {head.name}".strip(),
                    )
        next_rate = next_rate + 1 if next_rate + 1 < len(rates) else 0
        row_start = index + 1


def _words_before(tokens, row_start, run, most=2):
    """A row's name: the words (at most two) right before its figures."""
    words = []
    at = run
    while at > row_start and len(words) < most and not _FIGURE.fullmatch(tokens[at - 1].group()):
        at -= 1
        if tokens[at].group().strip():
            words.insert(0, tokens[at])
    return words


def _proven(tokens, pair, rate, run) -> bool:
    """The quotient checks; a 0 over a figure proves the figure only where words, not
    another rate, stand before the row's figures."""
    num, den = pair
    if not _checks(num.group(), den.group(), rate):
        return False
    if number_value(num.group()) == 0:
        before = tokens[run - 1].group() if run > 0 else ""
        return bool(before) and not _FIGURE.fullmatch(before) and not _RATE_CELL.fullmatch(before)
    return True
