"""A “三公”经费 table printed one row a line under a head of two lines: a money column's head
over its parts (forty-fourth trial's 663).

A municipal commission's 三公 budget table, pasted as plain lines under its unit:

    2016年市国资委财政拨款“三公”经费预算表
    金额单位:万元
    项目 2016年预算数
    小计 其中:一般公共预算安排数
    一、“三公”经费合计 21.63 21.63
    (一)因公出国(境)费 单位不需填列 单位不需填列
    (二)公务接待费 14.83 14.83
          1.公务用车购置费
    二、会议费 7.59 7.59

``threepubliclines`` reads a head of one column on one line, and the grid readers take a
line's words as one cell, so all twelve figures were listed unread. Here the head's first line
is the label's head (项目) and one money column (预算数 BUDGET, 决算数 SPENDING, with its year:
``threepublicitemgrid.columns_of``), its second line that column's parts (小计 / 合计 and the
其中 columns, each of the group's kind). Each later line is a row: its label, then its cells
a blank apart. A row with exactly one figure for each part is read, each figure in its part's
column: a row a line loses no cell to another row. A row of words (单位不需填列) or of no
cells reads nothing and moves nothing; a row with fewer or more figures is left to the other
rules. The rows end at a blank line, a sentence or a note (注:). Read only under a 三公
table's title that does not name the other kind, where the rows name two 三公 items.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from govkg.ingest.kinds.money import MoneyFound
from govkg.ingest.tables.cellfound import cell_found
from govkg.ingest.tables.threepublicgrid import DECLARED, ITEMS
from govkg.ingest.tables.threepublicitemgrid import columns_of
from govkg.ingest.tables.threepubliclines import title_above
from govkg.ingest.text.simplified import simplified
from govkg.ingest.text.textview import TextView

__all__ = ["find_three_public_grouped_lines"]

RULE = "three-public-grid"
_GAP = r"[ \t\u3000]"
_GROUP_HEAD = re.compile(
    rf"{_GAP}*项{_GAP}*目{_GAP}+(?P<group>(?:本{_GAP}*年|上{_GAP}*年|20\d\d{_GAP}*年{_GAP}*度?)?"
    rf"{_GAP}*(?:预{_GAP}*算|决{_GAP}*算){_GAP}*数){_GAP}*"
)
_PARTS_HEAD = re.compile(
    rf"{_GAP}*(?P<first>[小合]{_GAP}*计)(?P<parts>(?:{_GAP}+其中[:：]\S+)+){_GAP}*"
)
_FIGURE = re.compile(r"\d{1,9}(?:\.\d{1,6})?")
_TOKEN = re.compile(r"\S+")
_ENDS = re.compile(r"[。；;]|^注")
MAX_ROWS = 24


def find_three_public_grouped_lines(view: TextView, year: int | None) -> Iterator[MoneyFound]:
    """Each figure of such a table's full rows (see above)."""
    text = simplified(view.text)
    for declared in DECLARED.finditer(text):
        lines = _lines_after(text, declared.end("unit"))
        if len(lines) < 3:
            continue
        group = _GROUP_HEAD.fullmatch(text, *lines[0])
        parts = _PARTS_HEAD.fullmatch(text, *lines[1])
        title = title_above(text, declared.start())
        if group is None or parts is None or not title:
            continue
        heads = [
            re.sub(r"\s+", "", group["group"]),
            *(re.sub(r"\s+", "", part) for part in parts["parts"].split()),
        ]
        columns = columns_of(["项目", *heads], year)
        if len(columns) != len(heads) or _disagrees(title, columns):
            continue
        rows = list(_rows(text, lines[2:], len(columns)))
        labels = "".join(label for label, _ in rows)
        if len(set(ITEMS.findall(labels))) < 2:
            continue
        unit = re.sub(r"\s+", "", declared["unit"])
        for label, cells in (row for row in rows if row[1]):
            for (start, end, figure), (head, kind, shift) in zip(cells, columns, strict=True):
                yield cell_found(
                    view,
                    start,
                    end,
                    figure,
                    unit,
                    rule=RULE,
                    kind=kind,
                    year=year + shift if year is not None else None,
                    label=f"{label} {head}",
                )


def _disagrees(title: str, columns) -> bool:
    """Whether the title names only the other kind (a …决算表 with a 预算数 column)."""
    kinds = {kind for _, kind, _ in columns}
    budget, accounts = "预算" in title, "决算" in title
    return (accounts and not budget and "BUDGET" in kinds) or (
        budget and not accounts and "SPENDING" in kinds
    )


def _lines_after(text: str, at: int) -> list[tuple[int, int]]:
    """(start, end) of the lines after the one ``at`` is on, up to MAX_ROWS + 2."""
    lines = []
    begin = text.find("\n", at)
    while begin >= 0 and len(lines) < MAX_ROWS + 2:
        end = text.find("\n", begin + 1)
        end = len(text) if end < 0 else end
        lines.append((begin + 1, end))
        begin = end if end < len(text) else -1
    return lines


def _rows(text: str, lines, width: int) -> Iterator[tuple[str, list[tuple[int, int, str]]]]:
    """(label, cells) of each row with one figure per column; every row's label, figures
    or not, counts towards the items named (a row of words yields an empty cell list)."""
    for begin, end in lines:
        tokens = [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text, begin, end)]
        if not tokens or _ENDS.search(text[begin:end].strip()):
            return
        figures = [t for t in tokens if _FIGURE.fullmatch(t[2])]
        words = [t for t in tokens if not _FIGURE.fullmatch(t[2])]
        label = words[0][2] if words else ""
        if not label or _FIGURE.fullmatch(tokens[0][2]):
            return  # a line that opens on a figure is no row of this table
        if len(figures) == width and tokens[-width:] == figures and len(words) == 1:
            yield label, figures
        else:
            yield label, []
