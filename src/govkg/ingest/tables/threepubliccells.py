"""The whole-number cells of a piped “三公”经费 table in a declared unit: listed unread.

A 三公 note may end on its table, flattened one cell a line (sixth trial):

    2017年渝中区 “三公”经费汇总情况表 | … 单位:万元 | 合计 | 因公出国 | 公务用车购置及运行维护 |
    小计 | 公务用车购置 | 公车运行及维护 | 公务接待费 | 5834 | 100 | 692 | 4612 | 430 |

Its figures are money in the declared unit, whole numbers here (``loosecells`` takes only
cells written to the fen, since 行次 and counts are whole). Which column each stands under
the flattened text does not show for certain (a cell may be missing: six heads, five
figures), and the title says neither 决算 nor 预算, so none is read: each is listed unread
with the reason, so that every amount is accounted for.

Only under a title naming the 三公经费 and a table (…“三公”经费…表) followed by its unit's
declaration (单位:万元) before any sentence; only where the heads are the 三公 items (two of
因公出国, 公务用车/公车, 公务接待) and none counts something (行次, 列次, 辆, 批次, 人次, 人数: a
whole number there is a count, not money); and only a row of figures after all the heads,
no word between them (a table whose rows are labelled, 合计 | 46 |, says what its figures
are by its column's head alone: a 备注 column states no money). A cell is a figure alone
between cell borders (|) or line ends.

A table whose rows are labelled (合計 | 3318 | / 2、公務接待費 | 1372 |) is read by the
table rules where its title and its column's head agree on 决算 or 预算; where they do not
(a 決算表 whose one column is headed 本-預算數; a 预算情况表 of two money columns whose rows,
label and figure after blanks, give one figure each: fourteenth trial) no rule places its cells,
so they are listed unread here too (a rule that reads them goes first: its reading stands).
Its column's head must be money (not a 备注), its rows name two 三公 items, and a row that
counts something (团组数(个), 保有量(辆)) ends it: its whole numbers are counts, not money.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from govkg.ingest.text.amounts import PINYIN
from govkg.ingest.threepublic.words import ITEM_HEADS, TABLE_TITLE

__all__ = ["three_public_cells"]

_TITLE = re.compile(TABLE_TITLE)
_DECLARED = re.compile(
    r"单\s*位\s*[：:]\s*(?P<unit>万\s*元|元)"
    r"|(?:决\s*算|预\s*算)[^\n|。]{0,6}?[（(]\s*(?P<head>万\s*元|元)\s*[）)][ \t\u3000]*\|"
)
"""单位:万元, or a money column's head carrying it: 2017年决算(万元) | (fifteenth trial)."""
_COUNTS = re.compile(r"行次|列次|辆|批次|人次|人数|[（(](?:个|人|次)[）)]")
_ITEMS = re.compile(ITEM_HEADS)
_WORD = re.compile(r"[\u4e00-\u9fff]")
_NEXT_CELL = re.compile(r"[ \t\u3000]*\|[ \t\u3000]*")
"""Between two figures of one row: a cell border on the row's line."""
_MONEY_HEAD = re.compile(r"预\s*算|决\s*算|执\s*行|金\s*额")
_CELL = re.compile(
    r"(?:^|(?<=\|))[ \t\u3000]*(?P<fig>(?:\d{1,3}(?:,\d{3})+|\d{1,9})(?:\.\d{1,6})?)"
    r"[ \t\u3000]*(?=\||$)",  # 1,014: a thousands comma in a cell (fifteenth trial)
    re.M,
)
DECLARED_REACH = 300  # characters after the title in which the unit is declared
REACH = 1500  # characters of the table after the declaration
REASON = (
    "a cell of a “三公”经费 table in {unit} whose column the flattened text does not show "
    "for certain, and whose title says neither 决算 nor 预算: not read"
)
LABELLED_REASON = (
    "a cell of a “三公”经费 table in {unit} that no rule placed (its title and its column's "
    "head do not say together whether it is 决算 or 预算, a row has fewer figures than "
    "the money columns, or its 合计 is not the sum of its rows): not read"
)
HEAD_REASON = (
    "a cell of a “三公”经费 table in {unit}, the unit stated only in its column's head, that "
    "no rule placed: not read"
)
_BLANK_CELL = re.compile(
    r"(?<=[ \t\u3000]{2})(?P<fig>\d{1,9}(?:\.\d{1,6})?)[ \t\u3000]*(?:$|(?=其中))", re.M
)
"""A figure at a line's end after blanks: a table's row flattened to its label and figure
(or right before a 其中 row the cleaning joined to it)."""


def three_public_cells(text: str) -> Iterator[tuple[int, int, str, str, str]]:
    """(start, end, figure, unit, reason) of each cell of such a table in ``text``
    (simplified)."""
    blank = PINYIN.sub(lambda m: " " * len(m.group()), text)  # 經(jīng)費: offsets kept
    given: set[int] = set()  # a page's title and the table's own may share one table
    for title in _TITLE.finditer(blank):
        declared = _DECLARED.search(blank, title.end(), title.end() + DECLARED_REACH)
        if declared is None or "。" in blank[title.end() : declared.start()]:
            continue
        stop = min(len(blank), declared.end() + REACH)
        sentence = blank.find("。", declared.end(), stop)
        stop = stop if sentence < 0 else sentence
        following = _TITLE.search(blank, declared.end(), stop)  # another table: its own
        stop = following.start() if following else stop
        cells, border = list(_CELL.finditer(blank, declared.end(), stop)), "|"
        if not cells:  # rows as their label and figure after blanks (…表 under 单位:元)
            cells, border = list(_BLANK_CELL.finditer(blank, declared.end(), stop)), "\n"
            if not cells:
                continue
        unit, reason = re.sub(r"\s+", "", declared["unit"] or declared["head"]), REASON
        if border == "\n" or _WORD.search(blank, cells[0].end(), cells[-1].start()):
            head = declared.start() if declared["head"] else declared.end()  # 决算(万元)
            cells = _labelled(blank, declared.end(), cells, border, head)  # labelled rows
            reason = HEAD_REASON if declared["head"] else LABELLED_REASON
        else:
            heads = blank[title.start() : cells[0].start()]
            if _COUNTS.search(heads) or len(set(_ITEMS.findall(heads))) < 2:
                continue
        for cell in (cell for cell in cells if cell.start("fig") not in given):
            given.add(cell.start("fig"))
            yield cell.start("fig"), cell.end("fig"), cell["fig"], unit, reason


def _labelled(
    blank: str, start: int, cells: list[re.Match], border: str, head: int
) -> list[re.Match]:
    """The cells of a table's labelled rows (between ``border``s: | or line ends), up to a
    row that counts something; none unless the column's head is money (决算数, 预算数…; a 备注
    column states none), the rows name two 三公 items and each row is its label then its
    figures (one a money column, between borders on the row's line: eighteenth trial)."""
    if not _MONEY_HEAD.search(blank, head, cells[0].start()):
        return []
    kept, labels, before = [], [], start
    for cell in cells:
        label = blank[before : cell.start()]
        if border == "|" and kept and _NEXT_CELL.fullmatch(label):
            kept.append(cell)  # 合 计 | 34.35 | 34.35 |: the row's next money column
            before = cell.end()
            continue
        if not _WORD.search(label) or (border not in label and not label.startswith("其中")):
            return []  # two figures in a row, or no border: columns not one a row
        if _COUNTS.search(label):
            break
        labels.append(label)
        kept.append(cell)
        before = cell.end()
    named = re.sub(r"\s+", "", "".join(labels))  # a reading's blanks inside 公务(wù)接待
    return kept if len(set(_ITEMS.findall(named))) >= 2 else []
