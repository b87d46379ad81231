"""Rule ``money-table``: a 收入支出决算总表's 收入 side flattened onto one line, its cells
bunched after the last row that has a label, placed by the table's own sums.

A sharing site's text of a spreadsheet (``sheetline``) may give the 收入 page alone, its
cells run together after the labels:

    收入支出决算总表 … 收入 项目 行次 栏次 金额 1 一、一般公共预算财政拨款收入 1 … 八、其他收入 8
    11,122,315.04 13,628,965.89 1,003,618.46 9 10 … 26 本年收入合计 27 使用非财政拨款结余 28
    年初结转和结余 29 总计 30 25,754,899.39 25,754,899.39 注:… 入支出决算总表 公开01表
    金额单位:元 支出 …

No figure's row shows, but the sums place them. The figures before the 本年收入合计 row are
cells of the rows above it, every one of which is a 收入 row or a blank one; the two after
the 总计 row are cells of rows 本年收入合计 … 总计. Where the first figures sum to the two
after 总计, and these are equal, the only placement the table allows is 本年收入合计 (it must
be the sum of its parts) and 总计 (本年收入合计 + the rows between, here empty): the parts
are revenue (which 收入 row each is stays unsaid), the two totals revenue. Anything else
(a 支出 label on the side, a row out of order, a sum that does not check, a third figure
after 总计) leaves the line to ``sheetline``, which lists its figures unread. The unit is
the table's: stated on the line before the side, or on the table's next page right after
it (入支出决算总表 公开01表 金额单位:元).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from govkg.ingest.kinds.money import MoneyFound
from govkg.ingest.tables.cellfound import cell_found
from govkg.ingest.text.numbers import number_value
from govkg.ingest.text.simplified import simplified
from govkg.ingest.text.textview import TextView

__all__ = ["find_sheet_sums"]

RULE = "money-table"
MAX_TOKENS = 400  # tokens of the 收入 side looked at
NEXT_PAGE = 200  # characters between the side's end and its next page's unit
_LINE = re.compile(r"[^\n]+")
_TITLE = re.compile(r"收入支出决算总?表")
_NEXT_TITLE = re.compile(r"入支出决算总?表")
_UNIT = re.compile(r"金额单位\s*[：:]\s*(?P<unit>万元|元)(?=\s)")
_TOKEN = re.compile(r"\S+")
_FIGURE = re.compile(r"(?:\d{1,3}(?:,\d{3})+|\d+)\.\d\d")
_ROW = re.compile(r"\d{1,3}")
_FIRST = re.compile(r"一、[\u4e00-\u9fff]{2,30}收入")
_PART = re.compile(r"(?:[一二三四五六七八九十]+、)?[\u4e00-\u9fff]{2,30}收入")
_WORDS = re.compile(r"[\u4e00-\u9fff、（）()]{2,40}")
_SUBTOTAL = "本年收入合计"
_TOTAL = "总计"


def find_sheet_sums(view: TextView, year: int | None) -> Iterator[MoneyFound]:
    """The cells of each such 收入 side (see above), in text order."""
    text = simplified(view.text)
    for line in _LINE.finditer(text):
        title = _TITLE.search(line.group())
        if title is None or "决算" not in title.group() or "行次" not in line.group():
            continue
        tokens = list(_TOKEN.finditer(text, line.start() + title.end(), line.end()))
        start = next(
            (
                i
                for i in range(len(tokens) - 1)
                if _FIRST.fullmatch(tokens[i].group()) and tokens[i + 1].group() == "1"
            ),
            None,
        )
        if start is None:
            continue
        side = _side(tokens[start : start + MAX_TOKENS])
        if side is None:
            continue
        parts, ruled, totals, end = side
        unit = _unit(text, line, tokens[start].start(), end)
        if unit is None:
            continue
        stated_before = bool(_UNIT.search(text, line.start(), tokens[start].start()))
        for token in parts:
            if token in ruled and stated_before:
                continue  # ``sheetline`` reads it, by its row
            yield _found(view, token, unit, year, "收入 (本年收入合计的一项, 行次未示)")
        for token, name in zip(totals, (_SUBTOTAL, f"{_TOTAL} (收入)"), strict=True):
            yield _found(view, token, unit, year, name)


def _side(tokens) -> tuple[list, list, list, int] | None:
    """(parts, those of them ``sheetline`` places by their row, the two totals, where the
    side ends) when the sums place them, else None."""
    row, words = 0, []
    subtotal_row = None
    parts, ruled, after_total = [], [], []
    at = 0
    while at < len(tokens):
        word = tokens[at].group()
        if _FIGURE.fullmatch(word):
            return None  # a figure after a word: the side's shape is not this one
        if not _ROW.fullmatch(word):
            if not _WORDS.fullmatch(word) or "支出" in word:
                return None
            words.append(word)
            at += 1
            continue
        if int(word) != row + 1:
            return None
        row += 1
        label = "".join(words)
        words = []
        at += 1
        run = []
        while at < len(tokens) and _FIGURE.fullmatch(tokens[at].group()):
            run.append(tokens[at])
            at += 1
        if label == _SUBTOTAL:
            subtotal_row = row
        elif subtotal_row is None and label and not _PART.fullmatch(label):
            return None  # a part that is not revenue
        if label == _TOTAL:
            after_total = run
            break
        if run and subtotal_row is not None:
            return None  # a figure between the subtotal and the total: not this shape
        parts += run
        if len(run) == 1 and label and at < len(tokens) and _WORDS.fullmatch(tokens[at].group()):
            ruled.append(run[0])  # between its row's 行次 and the next label: a placed cell
    if subtotal_row is None or len(after_total) != 2 or at >= len(tokens) or not parts:
        return None
    first, second = (number_value(t.group()) for t in after_total)
    if not (first == second == sum(number_value(t.group()) for t in parts) > 0):
        return None
    return parts, ruled, after_total, after_total[-1].end()


def _unit(text: str, line, side_start: int, side_end: int) -> str | None:
    """The table's unit: stated on the line before the side, or on its next page."""
    before = list(_UNIT.finditer(text, line.start(), side_start))
    if before:
        return before[-1]["unit"]
    after = _UNIT.search(text, side_end, min(line.end(), side_end + NEXT_PAGE))
    if after is None or not _NEXT_TITLE.search(text, side_end, after.start()):
        return None
    return after["unit"]


def _found(view, token, unit, year, name) -> MoneyFound:
    return cell_found(
        view,
        token.start(),
        token.end(),
        token.group(),
        unit,
        rule=RULE,
        year=year,
        kind="REVENUE",
        label=name,
    )
