"""Rule ``money-table``: a 收入支出决算总表 flattened into rows whose 行次 count up.

A PDF's or a page's text may run the 总表 onto one line, or pipe it with its empty cells
dropped, so that the columns no longer line up:

    单位:万元 收入 项 目 栏 次 支出 行次 决算数 项 目 1 栏 次 行次 决算数 2
    一、一般公共预算财政拨款收入 1 83.22 一、一般公共服务支出 27 87.21 二、… 2 0.00 …

    三、事业收入 | 3 | 34221.23 | 三、国防支出 | 30 | |
    9 | 九、医疗卫生与计划生育支出 | 36 | 36341.62 | |      (the 收入 side's cells lost)

Each side (项目 | 行次 | 金额) has one money column, right after its 行次, and the 行次 count
up row by row, the two sides taking turns. So a figure is placed with certainty where it
comes right after a 行次 that is the next of its side: it is that row's 金额, and the words
before the 行次 are the row's label. Reading stops at the first thing the counting does not
explain (a 行次 out of turn or out of order, two figures after one 行次, a figure after a
word, a whole number that is not the next 行次, a sentence, a 注: note, an amount with its
unit word, a label longer than a row's): the rest is left to ``loosecells``,
listed unread. Only under a title naming a 收支 决算/预算 table and its unit (单位:万元),
with heads that are the 总表's own (项目 行次 金额/决算数/预算数 栏次, one 行次 and one money
head per side), and only where at least two rows of each side counted. The 支出 side's 项目
may name its classification, 项目(按功能分类) or (按经济分类), as the 公开01表 prints it
(twentieth trial): still the 总表's head.

Kinds as in ``accountstables``: a 决算 table's 收入 row is revenue, its 支出 row spending,
a 结转/结余 row carry-over; a 预算 table's are budgets. 用事业基金弥补收支差额 draws on the
事业基金 to cover the year: money of no kind the table names (OTHER), as is a row whose
label the flattening lost (its 行次 and column are certain, what it is is not).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from govkg.ingest.kinds.money import MoneyFound
from govkg.ingest.tables.accountstables import _ENUMERATOR, _TITLE, _row_kind
from govkg.ingest.tables.cellfound import cell_found
from govkg.ingest.text.simplified import simplified
from govkg.ingest.text.textview import TextView

__all__ = ["find_accounts_rows"]

RULE = "money-table"
_DECLARED = re.compile(r"单\s*位\s*[：:]\s*(?P<unit>万元|元|亿元)")
TITLE_REACH = 160  # characters before the unit's declaration in which the title stands
REACH = 4000  # characters of the table after the declaration
_HEAD = re.compile(
    r"收入|支出|项\s*目(?:\s*[（(]按(?:功能|经济)分类[)）])?|项|目|栏\s*次|栏|次|行次|金额|决算数|预算数"
    r"|\d{1,2}"
    r"|收\s*入|支\s*出|收|入|支|出"  # 收 入 spaced, one cell a line (trial 65's 1354)
)
_MONEY_HEAD = re.compile(r"金额|决算数|预算数")
_ROW_NUMBER = re.compile(r"\d{1,3}")
_FIGURE = re.compile(r"(?:\d{1,3}(?:,\d{3})+|\d{1,9})\.\d{1,6}")
_WORDS = re.compile(r"[\u4e00-\u9fff]")
_PAST_TABLE = re.compile(r"。|^注\s*[：:]|\d\s*[万亿]?元")
"""What no row's label holds: a sentence, a note, an amount with its unit."""
MAX_LABEL_CELLS = 4  # blank-split pieces of one row's label
_OTHER_ROWS = re.compile(r"用事业基金弥补")
"""Rows that are money of no kind the table names."""
_PART_ROW = re.compile(r"其中\s*[：:]")
"""A row listed as a part of the row right above it (一、财政拨款收入 | 1 | 4,267.38 / 其中:政府
性基金预算财政拨款 | 2 | 565.68: trial 65's 1350, whose label names no kind): where that row, the
last 行次 of its side, was read, the part has its kind."""


def find_accounts_rows(view: TextView, year: int | None) -> Iterator[MoneyFound]:
    """The certain cells of each such table (see above), in text order."""
    text = simplified(view.text)
    for declared in _DECLARED.finditer(text):
        title = ""
        for match in _TITLE.finditer(
            text, max(0, declared.start() - TITLE_REACH), declared.start()
        ):
            title = match.group()
        accounts, budget = "决算" in title, "预算" in title and "决算" not in title
        if not (accounts or budget):
            continue  # whether a figure is spent or planned, the table does not say
        tokens = _tokens(text, declared.end(), min(len(text), declared.end() + REACH))
        row_kinds: dict[int, str | None] = {}  # the kind of each row read, by its 行次
        for at, (start, end, word) in _rows(tokens):
            label = _ENUMERATOR.sub("", word) if word else ""
            figure = text[start:end]
            unit = declared["unit"]
            if not label:
                kind, name = "OTHER", "(行名缺失)"
            elif _OTHER_ROWS.search(label):
                kind, name = "OTHER", label
            else:
                kind, name = _row_kind(label, budget), label
            if kind is None and _PART_ROW.match(label):
                kind = row_kinds.get(at - 1)  # 其中:政府性基金预算财政拨款: its whole's part
            row_kinds[at] = kind
            yield cell_found(
                view,
                start,
                end,
                figure,
                unit,
                rule=RULE,
                year=year,
                kind=kind,
                label=f"{name} (行次{at})",
                reason=None if kind else "a row of the table whose label names no kind of money",
            )


def _tokens(text: str, start: int, stop: int) -> list[tuple[int, int, str]]:
    """The cells after the declaration: between | and line ends where the table is piped,
    else between blanks."""
    piped = "|" in text[start : min(stop, start + 300)]
    pattern = re.compile(r"[^|\n]+" if piped else r"\S+")
    found = []
    for token in pattern.finditer(text, start, stop):
        word = token.group().strip()
        if word:
            at = token.start() + token.group().index(word)
            found.append((at, at + len(word), word))
    return found


def _header(tokens) -> tuple[int, int]:
    """(sides, index of the first row's label): the heads must be the 总表's own, one 行次
    and one money head per side, one or two sides; (0, 0) when they are not."""
    at = 0
    while at < len(tokens) and _HEAD.fullmatch(tokens[at][2]):
        at += 1
    heads = [re.sub(r"\s+", "", t[2]) for t in tokens[:at]]
    sides = heads.count("行次")
    money = sum(1 for h in heads if _MONEY_HEAD.fullmatch(h))
    if sides not in (1, 2) or money != sides:
        return 0, 0
    return sides, at


def _rows(tokens) -> Iterator[tuple[int, tuple[int, int, str]]]:
    """(行次, (start, end, label)) of each row whose figure the counting places."""
    sides, at = _header(tokens)
    if not sides:
        return
    last: list[int | None] = [0] + [None] * (sides - 1)  # the 行次 read last, per side
    turn = 0
    words: list[str] = []
    placed = []
    counted = [0] * sides
    while at < len(tokens):
        word = tokens[at][2]
        if _WORDS.search(word) and not _FIGURE.fullmatch(word):
            if _PAST_TABLE.search(word) or len(words) >= MAX_LABEL_CELLS:
                break  # a sentence or a note, or words no row's label runs to
            words.append(re.sub(r"\s+", "", word))
            at += 1
            continue
        if not _ROW_NUMBER.fullmatch(word):
            break  # a figure after a word, or a cell of no row: the counting stops here
        row = int(word)
        expected = last[turn]
        if expected is None:
            if row <= (last[0] or 0):
                break
        elif row != expected + 1:
            break
        last[turn] = row
        counted[turn] += 1
        label = "".join(words)
        words = []
        at += 1
        if at < len(tokens) and _FIGURE.fullmatch(tokens[at][2]):
            figure = tokens[at]
            at += 1
            if at < len(tokens) and _FIGURE.fullmatch(tokens[at][2]):
                break  # two figures after one 行次: which is its 金额 is not shown
            if at >= len(tokens):
                break  # the excerpt's last cell: its digits may be cut short
            placed.append((row, (figure[0], figure[1], label)))
        turn = (turn + 1) % sides
    if min(counted) < 2:
        return
    yield from placed
