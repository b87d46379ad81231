"""A “三公”经费 table of items under a column of the year's spending, its rows proven by
their sums (twenty-ninth trial).

A district's 三公 决算 table, piped one cell a line, carries its unit in its money heads and
writes an empty cell as a dash:

    经费项目 | 2020年度支出 (万元) | 支出减少情况(万元) | 支出减少率 |
    因公出国(境)费 | 0 | 0 | 0% |
    公务接待费 | 71.53 | - | - |
    公务用车购置及运行维护费 | 1857.23 | - | - |
    公务用车购置费 | 423.81 | - | - |
    公务用车运行维护费 | 1433.42 | - | - |
    总“三公”经费支出 | 1928.76 | - | - |

``threepublicitemgrid`` knows heads of 预算数 / 决算数 only, with the 合计 first and no dash,
so the cells were missing or listed unread. Here a head ``<year>年(度)支出(万元)`` (实际支出,
支出数) is a column of money spent that year (SPENDING); a head of the change (支出减少情况,
增减金额, 比上年增减…) with its unit a CHANGE column, its figure the magnitude; a rate's head
(…率, 幅度) no money. The table is read only where it is certain:

- every head is one of those, the spending column among them; every row is a label and one
  cell a column (a figure, a dash or —, /, 无 for an empty cell, a rate under the rate's head);
- every row but the total (总…, 合计, 总计) names one 三公 item, and each item's rows add up:
  where an item has several rows, the first is their sum (the cars item over its 购置费 and
  运行维护费 rows), and the total is the sum of each item's first row, to the fen, in the
  spending column, which has a figure in every row.

Otherwise nothing is read here (other rules list the cells unread). A cell under the change
head is read only in a table so proven; a dash is never read.

Trial 57's 1070 (渝中区 2017, the same district's template a page later republished) gives
the table unpiped, one cell a paragraph, its heads each alone on a line (``2017年度支出
(万元)``, a blank line, ``支出减少情况(万元)`` …), its figures with thousands commas
(``4,058.29``) and its total row named for the whole, ``“三公”经费支出``: a head alone on its
line opens the table as a piped one does, a comma-grouped figure is a cell, and a row naming
the 三公经费 itself (“三公”经费支出, 三公经费合计, “三公”经费总额) is the total. The sums
prove it as before (1,471.69 + 2,586.60 = 4,058.29; 91.85 + 183.19 + 4,058.29 = 4,333.33);
a table whose sums fail reads nothing.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal

from govkg.ingest.kinds.money import MoneyFound
from govkg.ingest.tables.cellfound import cell_found
from govkg.ingest.tables.threepublicgrid import grid_tokens
from govkg.ingest.text.amounts import PINYIN
from govkg.ingest.text.numbers import number_value
from govkg.ingest.text.simplified import simplified
from govkg.ingest.text.textview import TextView
from govkg.ingest.threepublic.items import ITEM_NAMES

__all__ = ["find_three_public_spent"]

RULE = "three-public-grid"
_UNIT = r"\s*[（(]\s*(?P<unit>万\s*元|元)\s*[）)]"
_SPENT = r"(?P<year>20\d\d)\s*年\s*度?\s*(?:实\s*际\s*)?支\s*出\s*(?:数|额)?" + _UNIT
_SPENT_HEAD = re.compile(
    r"(?:^|(?<=\|))[ \t\u3000]*" + _SPENT + r"[ \t\u3000]*(?=\||$)", re.M
)  # piped (| after it), or alone on its line (one cell a paragraph: trial 57's 1070)
_SPENT_WORDS = re.compile(_SPENT)
_CHANGE_HEAD = re.compile(
    r"(?:支出)?(?:比上年)?(?:增减|增、减|减少|增加|变动)(?:情况|金额|额|数)?[（(](?:万元|元)[)）]"
)
_RATE_HEAD = re.compile(r".*(?:率|幅度)(?:[（(]%[)）])?")
_EMPTY = re.compile(r"[-—–/]|无")
_FIGURE = re.compile(r"(?:\d{1,3}(?:,\d{3})+|\d{1,9})(?:\.\d{1,6})?")  # 4,058.29 too
_RATE = re.compile(r"-?\d{1,4}(?:\.\d{1,4})?\s*%")
_TOTAL = re.compile(r"^(?:总.*|.*合计|.*总计|[“\"]?三公[”\"]?经费(?:支出|总额|合计)?)$")
_NUMBERING = re.compile(r"^(?:其中[:：]?)?(?:[(（]?[\d一二三四五六七八九十]+[)）、.．]?)?")
_ITEMS = {item: re.compile(pattern) for item, pattern in ITEM_NAMES.items()}
REACH = 1500  # characters of the table after its spending head


def find_three_public_spent(view: TextView, year: int | None) -> Iterator[MoneyFound]:
    """The cells of each such table the sums prove (see above)."""
    text = simplified(view.text)
    blank = PINYIN.sub(lambda m: " " * len(m.group()), text)
    for head in _SPENT_HEAD.finditer(blank):
        unit = re.sub(r"\s+", "", head["unit"])
        tokens = grid_tokens(blank, head.start(), min(len(blank), head.start() + REACH))
        table = _table(tokens)
        if table is None:
            continue
        heads, rows = table
        for label, cells in rows:
            for (start, end, word), (head_word, kind) in zip(cells, heads, strict=True):
                sign = 1 if kind == "CHANGE" and word.startswith("-") else 0
                if kind and _FIGURE.fullmatch(word[sign:]):
                    yield cell_found(
                        view,
                        start + sign,  # a change's minus sign: its direction, not quoted
                        end,
                        word[sign:],
                        unit,
                        rule=RULE,
                        year=int(head["year"]) if kind == "SPENDING" else year,
                        kind=kind,
                        label=f"{label} {head_word}",
                    )


def _table(tokens) -> tuple[list[tuple[str, str]], list[tuple[str, list]]] | None:
    """(heads with their kinds, rows as (label, cells)) where the table is proven, else None."""
    heads: list[tuple[str, str]] = []
    at = 0
    while at < len(tokens) and (kind := _head_kind(tokens[at][2], at == 0)) is not None:
        heads.append((re.sub(r"\s+", "", tokens[at][2]), kind))
        at += 1
    if len(heads) < 1 or heads[0][1] != "SPENDING":
        return None
    rows: list[tuple[str, list]] = []
    while at < len(tokens):
        label = tokens[at][2]
        cells = tokens[at + 1 : at + 1 + len(heads)]
        if _cell(label, "") or len(cells) < len(heads):
            break
        if not all(_cell(c[2], kind) for c, (_, kind) in zip(cells, heads, strict=True)):
            break
        rows.append((re.sub(r"\s+", "", label), cells))
        at += 1 + len(heads)
    return (heads, rows) if _sums_prove(rows) else None


def _head_kind(word: str, first: bool) -> str | None:
    """The kind of a column head of such a table, "" for a rate; None: no head of it."""
    words = re.sub(r"\s+", "", word)
    if first and _SPENT_WORDS.fullmatch(word.strip()):
        return "SPENDING"
    if _CHANGE_HEAD.fullmatch(words):
        return "CHANGE"
    if _RATE_HEAD.fullmatch(words):
        return ""
    return None


def _cell(word: str, kind: str) -> bool:
    """Whether ``word`` is a cell under a head of ``kind``: a figure or an empty cell under a
    money head, a rate or an empty cell under a rate's."""
    if _EMPTY.fullmatch(word):
        return True
    if kind == "":
        return bool(_RATE.fullmatch(word))
    return bool(_FIGURE.fullmatch(word[1:] if kind == "CHANGE" and word[:1] == "-" else word))


def _sums_prove(rows: list[tuple[str, list]]) -> bool:
    """Each item's first row the sum of its others, the total the sum of the first rows."""
    if len(rows) < 3 or any(not _FIGURE.fullmatch(cells[0][2]) for _, cells in rows):
        return False
    totals = [i for i, (label, _) in enumerate(rows) if _TOTAL.match(label)]
    if len(totals) != 1:
        return False
    by_item: dict[str, list[Decimal]] = {}
    for at, (label, cells) in enumerate(rows):
        if at == totals[0]:
            continue
        name = _NUMBERING.sub("", label)
        item = next((i for i, p in _ITEMS.items() if p.fullmatch(name)), None)
        if item is None:
            return False
        by_item.setdefault(item, []).append(number_value(cells[0][2]))
    if len(by_item) < 2:
        return False
    if any(len(v) == 2 or (len(v) > 2 and v[0] != sum(v[1:])) for v in by_item.values()):
        return False
    total = number_value(rows[totals[0]][1][0][2])
    return total == sum(v[0] for v in by_item.values())
