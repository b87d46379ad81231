"""A “三公”经费 table whose rows and columns its own sums make certain (tenth held-out trial).

A 三公 note's table, flattened one cell a line or piped, under its unit (单位:万元):

    项目 | 合计 | 一般公共预算 | 政府性基金预算 | 国有资本经营预算 |
    “三公”经费 | 29.00 | 29.00 | 0.00 | 0.00 |                      (a sum grid)

    项目 | 上年决算数 | 本年决算数 | 比上年增、减情况 | 增、减金额 | 增、减幅度 |
    合计 | 2911.47 | 2706.86 | -204.61 | -7.03% |                   (a change grid)

    合计 | 因公出国(境)费 | 公务用车费 | 公务接待费 | 小计 | 公务用车运行维护费 |
    公务用车购置费 | 1.7 | 0 | 0 | 0 | 0 | 1.7 |                   (a nested grid)

Each row's cells are read only where the row is certain: as many cells as money columns,
and its figures check by the table's own arithmetic: a sum grid's 合计 is the sum of the
row's other cells; a change grid's 上年 + 增减金额 = 本年 (the 增减幅度 % cell, when there, is
a rate, not money); a nested grid's 合计 is the sum of its first-level columns with the
expanded one's 小计, and the 小计 the sum of its sub-columns; its first head may be
“三公”经费合计 (twenty-sixth trial's 333), and where the note names the sub-columns' figures
the other way round from the heads (``threepublicorder``) each is labelled a part of its
小计. A row that fails is left to ``loosecells`` (listed unread). The grid must be a 三公
table: its rows or heads name two of 因公出国, 公务用车/公车, 公务接待. Its kind: a 上年/本年
决算数 column is SPENDING, a 预算数 column BUDGET; a sum or nested grid's columns name no
kind, so theirs is the note's, where the text names one only: it speaks of the 三公经费's
预算 (…“三公”经费预算情况, 财政拨款安排“三公”经费) and never of a 决算 (BUDGET), or the
reverse (SPENDING); else none is read. A 增减金额 cell is a CHANGE, its yuan the magnitude,
its minus sign left out of what is quoted (the sign is the direction, said in its label:
减少 or 增加).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal

from govkg.ingest.kinds.money import MoneyFound
from govkg.ingest.tables.brokenheads import joined_heads
from govkg.ingest.tables.cellfound import cell_found
from govkg.ingest.tables.threepublicemptycells import empty_cell_grid
from govkg.ingest.tables.threepublicitemgrid import HEAD_UNIT, item_grid
from govkg.ingest.tables.threepublicorder import order_contradicted
from govkg.ingest.tables.unlabelledtotal import unlabelled_total
from govkg.ingest.text.amounts import PINYIN
from govkg.ingest.text.simplified import simplified
from govkg.ingest.text.textview import TextView
from govkg.ingest.threepublic.words import ITEM_HEADS, TABLE_TITLE

__all__ = [
    "DECLARED",
    "ITEMS",
    "NUMBER",
    "SUBTOTAL",
    "TOTAL",
    "find_three_public_grids",
    "grid_tokens",
]

RULE = "three-public-grid"
DECLARED = re.compile(r"单\s*位\s*[：:]\s*(?P<unit>万\s*元|元)\s*[）)]?")
_TOKEN = re.compile(r"[^|\n]+")
_PIPED = re.compile(r"[^|]+")
NUMBER = re.compile(r"(?P<sign>-)?(?P<fig>\d{1,9}(?:\.\d{1,6})?)")
_RATE = re.compile(r"-?\d{1,4}(?:\.\d{1,4})?\s*%")
ITEMS = re.compile(ITEM_HEADS)
TOTAL = re.compile(r"^合\s*计$")
SUBTOTAL = re.compile(r"^小\s*计$")
_GRID_TOTAL = re.compile(r"^(?:[“\"]?三公[”\"]?经费)?合\s*计$")
"""The grid's first head: 合计, or “三公”经费合计 (twenty-sixth trial's 333)."""
_LAST = re.compile(r"^上\s*年\s*(?P<kind>决\s*算|预\s*算)\s*数$")
_THIS = re.compile(r"^本\s*年\s*(?P<kind>决\s*算|预\s*算)\s*数$")
_DELTA = re.compile(r"^增\s*[、,，]?\s*减\s*(?:金\s*额|数)$")
_RATE_HEAD = re.compile(r"增\s*[、,，]?\s*减\s*(?:幅\s*度|率)|增\s*长\s*率")
_BUDGET_NOTE = re.compile(r"三公[”\"']?经费(?:财政拨款)?预算|财政拨款安排[“\"']?三公")
_ACCOUNTS_NOTE = re.compile(r"决算")
REACH = 1500  # characters of the table after its unit's declaration
_TITLE = re.compile(TABLE_TITLE)
"""A 三公 table's title: …“三公”经费预算支出表, …“三公”经费情况统计表."""
TITLE_REACH = 300  # characters above the table in which its title is looked for
TITLE_LINES = 3  # lines above the table's unit in which its title is looked for
_BORDERS_ONLY = re.compile(r"[|\s]+")


def _kind_word(word: str) -> str:
    return "SPENDING" if "决" in word else "BUDGET"


def note_kind(text: str) -> str | None:
    """The kind a 三公 note's table has when its columns name none (see above)."""
    plain = re.sub(r"\s+", "", PINYIN.sub("", text))
    budget, accounts = _BUDGET_NOTE.search(plain), _ACCOUNTS_NOTE.search(plain)
    if budget and not accounts:
        return "BUDGET"
    if accounts and not budget and "三公" in plain:
        return "SPENDING"
    return None


def grid_tokens(blank: str, start: int, stop: int) -> list[tuple[int, int, str]]:
    """The cells after the unit's declaration: between cell borders (|) where the table
    has them (a cell may then run over two lines: 一般公共\n预算), else one a line."""
    found = []
    piped = "|" in blank[start : min(stop, start + 200)]
    for token in (_PIPED if piped else _TOKEN).finditer(blank, start, stop):
        word = token.group().strip()
        if word:
            at = token.start() + token.group().index(word)
            found.append((at, at + len(word), word))
    return found


def _rows(tokens):
    """(heads, rows): the words before the first figure, then (label, cells) per row; a
    row's cells are (start, end, token) of figures and rates; the table ends at a word
    after which no figure comes."""
    heads: list[tuple[int, int, str]] = []
    rows: list[tuple[str | None, list]] = []
    for token in tokens:
        figure = NUMBER.fullmatch(token[2]) or _RATE.fullmatch(token[2])
        if figure and not rows:
            rows.append((None, [token]))  # the first row: its label is the last head
        elif figure:
            rows[-1][1].append(token)
        elif rows and not rows[-1][1]:
            break  # a word after a word, past the heads: the table has ended
        elif rows or heads:
            if rows:
                rows.append((token[2], []))
            else:
                heads.append(token)
        else:
            heads.append(token)
    return [h[2] for h in heads], [r for r in rows if r[1]]


def find_three_public_grids(view: TextView, year: int | None) -> Iterator[MoneyFound]:
    """The certain cells of each 三公 grid of the text (see above); a table of items under
    columns of a kind (预算数 | 其中:…) is ``threepublicitemgrid``'s, its unit declared on a
    unit line or in its money column's head (预 算 数(万元))."""
    text = simplified(view.text)
    blank = PINYIN.sub(lambda m: " " * len(m.group()), text)
    given: set[int] = set()  # a cell once, whichever declaration reaches it
    for unit, start, only_items in _declarations(blank):
        stop = min(len(blank), start + REACH)
        heads, rows = _rows(grid_tokens(blank, start, stop))
        if not rows:
            continue
        labelled = [("", rows[0][1])]
        if unlabelled_total(heads, rows):  # 预算数 / 57.9 / 因公出国(境)费 / 13.9 …
            labelled = [("合计", rows[0][1])]
        elif len(rows) > 1 and heads:  # the last word before the first figure: its label
            labelled = [(heads.pop(), rows[0][1])]
        labelled += [(label or "", cells) for label, cells in rows[1:]]
        labelled = [(re.sub(r"\s+", "", label), cells) for label, cells in labelled]
        names = " ".join(heads + [label for label, _ in labelled])
        named = len(set(ITEMS.findall(re.sub(r"\s+", "", names)))) >= 2
        title = _title_above(blank, start)
        if not (named or title):
            continue
        squeezed = joined_heads([re.sub(r"\s+", "", h) for h in heads])  # 公务 / 接待费
        read: list = []
        if named and not only_items:
            for reader in (_sum_grid, _change_grid, _nested_grid):
                read = read or list(reader(squeezed, labelled, text))
        if not only_items:  # 因公出国(境)费 | | 公务接待费 | 0.36 |: its empty cells kept
            read = read or list(empty_cell_grid(blank, start, stop, title, year))
        read = read or list(item_grid(squeezed, labelled, title, year))
        for start_at, end, figure, kind, label, shift in read:
            if start_at not in given:
                given.add(start_at)
                yield _found(view, start_at, end, figure, unit, kind, label, year, shift)


def _declarations(blank: str) -> Iterator[tuple[str, int, bool]]:
    """(unit, where the table's cells start, whether only a table of items under columns of
    a kind is read) of each unit's declaration: 单位:万元, or a money column's head that
    carries it (预 算 数(万元): the head is the table's first cell read)."""
    for declared in DECLARED.finditer(blank):
        yield re.sub(r"\s+", "", declared["unit"]), declared.end(), False
    for head in HEAD_UNIT.finditer(blank):
        yield re.sub(r"\s+", "", head["unit"]), head.start(), True


def _title_above(blank: str, at: int) -> str:
    """The line of the 三公 table's title among the few lines right above ``at`` (the unit
    line, a 项目 head between), "" where none: a title further up is another table's. A line
    of borders only (| or ||: the empty cells a page's table left after its title, trial 54's
    954) is no line of its own."""
    begin = at
    lines = 0
    while lines <= TITLE_LINES and begin > 0:
        begin = blank.rfind("\n", 0, max(0, begin - 1)) + 1
        end = blank.find("\n", begin)
        lines += bool(_BORDERS_ONLY.sub("", blank[begin : at if end < 0 else end]))
    found = None
    for found in _TITLE.finditer(blank, max(begin, at - TITLE_REACH), at):  # noqa: B007
        pass
    if found is None:
        return ""
    line = blank.rfind("\n", 0, found.start()) + 1
    return re.sub(r"\s+", "", blank[line : found.end()])


def _value(token) -> Decimal:
    return Decimal(token[2])


def _money(cells) -> bool:
    return all(NUMBER.fullmatch(cell[2]) for cell in cells)


def _sum_grid(heads, rows, text):
    """合计 then its parts; each row's 合计 the sum of its other cells."""
    at = next((i for i, h in enumerate(heads) if TOTAL.match(h)), None)
    kind = note_kind(text)
    if at is None or kind is None or any(SUBTOTAL.match(h) for h in heads):
        return
    columns = heads[at:]
    if len(columns) < 3 or any(_LAST.match(h) or _THIS.match(h) for h in columns):
        return
    for label, cells in rows:
        if len(cells) != len(columns) or not _money(cells):
            continue
        if _value(cells[0]) != sum(_value(c) for c in cells[1:]):
            continue
        for cell, head in zip(cells, columns, strict=True):
            yield cell[0], cell[1], cell[2], kind, f"{label} {head}".strip(), 0


def _change_grid(heads, rows, text):
    """上年…数 | 本年…数 | 增减金额 (| 增减幅度): 上年 + 增减 = 本年."""
    last = next((i for i, h in enumerate(heads) if _LAST.match(h)), None)
    this = next((i for i, h in enumerate(heads) if _THIS.match(h)), None)
    delta = next((i for i, h in enumerate(heads) if _DELTA.match(h)), None)
    if last is None or this is None or delta is None or not last < this < delta:
        return
    rated = any(_RATE_HEAD.search(h) for h in heads[delta + 1 :])
    for label, cells in rows:
        money, rates = cells[:3], cells[3:]
        if len(money) != 3 or not _money(money) or len(rates) != int(rated):
            continue
        if rates and not _RATE.fullmatch(rates[0][2]):
            continue
        before, now, change = (_value(c) for c in money)
        if before + change != now:
            continue
        for cell, at, shift in ((money[0], last, -1), (money[1], this, 0)):
            kind = _kind_word(heads[at])
            yield cell[0], cell[1], cell[2], kind, f"{label} {heads[at]}".strip(), shift
        sign = NUMBER.fullmatch(money[2][2])
        direction = "减少" if sign["sign"] else "增加"
        start = money[2][0] + (1 if sign["sign"] else 0)
        label = f"{label} {heads[delta]} ({direction})".strip()
        yield start, money[2][1], sign["fig"], "CHANGE", label, 0


def _nested_grid(heads, rows, text):
    """合计 | first-level columns | 小计 | sub-columns: one first-level column, the one the
    sub-columns' names share a word with (公务用车费: 公务用车运行维护费), is expanded."""
    kind = note_kind(text)
    sub = next((i for i, h in enumerate(heads) if SUBTOTAL.match(h)), None)
    if kind is None or sub is None or not heads or not _GRID_TOTAL.match(heads[0]):
        return
    first, children = heads[1:sub], heads[sub + 1 :]
    if len(children) < 2:
        return
    shared = [i for i, h in enumerate(first) if all(h[:4] in c for c in children)]
    if len(shared) != 1:
        return
    columns = ["合计", *first[: shared[0]], first[shared[0]] + "小计", *children]
    columns += first[shared[0] + 1 :]
    for label, cells in rows:
        if len(cells) != len(columns) or not _money(cells):
            continue
        values = [_value(c) for c in cells]
        part = 1 + shared[0]
        subtotal, subs = values[part], values[part + 1 : part + 1 + len(children)]
        level = [*values[1:part], subtotal, *values[part + 1 + len(children) :]]
        if subtotal != sum(subs) or values[0] != sum(level):
            continue
        heads_of = list(columns)
        if order_contradicted(text, children, subs):  # the note names them the other way
            parent = first[shared[0]]
            heads_of[part + 1 : part + 1 + len(children)] = [f"{parent}之一"] * len(children)
        for cell, head in zip(cells, heads_of, strict=True):
            yield cell[0], cell[1], cell[2], kind, f"{label} {head}".strip(), 0


def _found(view, start, end, figure, unit, kind, label, year, shift) -> MoneyFound:
    year = (year + shift) if year is not None else None
    return cell_found(view, start, end, figure, unit, rule=RULE, year=year, kind=kind, label=label)
