"""Rule ``money-table``: a 收支总表 whose two sides share one money column, empty cells lost.

A 收入支出决算总表 or a budget's 收支总表 sets two sides beside each other, each a label
column and one money column, both money columns headed alike (项目 | 预算数 | 项目 | 预算数,
or 决算数 on both). Flattened, its empty cells may vanish, so a figure no longer stands in
its column's place (| 四、财政专户管理资金收入 | 四、公共安全支出 | 481.81 | |: forty-seventh
trial's 735), or the rows run one cell a line with nothing marking a row's end (一、财政拨款
收入 | / 9909.76 | / 一、一般公共服务支出 | / |: forty-sixth trial's 702). Yet the table
still shows what each figure is: whichever side it sits on, its column is the one money
head both sides share, and its row is the label cell right before it (a figure never
stands before its own label). So, under a declared unit (单位:万元) and that head, a figure
cell whose nearest cell before it is a row label is read: under 预算数 a budget (its
结转/结余 rows carry-over), under 决算数 by its label, 收入 or a 拨款 (其中:…财政拨款)
revenue, 支出 spending, 结转/结余 carry-over. A label naming none of these, a figure after a
figure, a table whose two money heads differ or that has a 行次 column (``accountstables``),
and a figure the text ends on (it may be cut) are left to ``loosecells``, listed unread.
But in a table of bars, whose cells are written with a blank before their bar (690.36 |), a
figure the stored text ends on with that blank after it (…支出总计 |\n690.36␣) is whole: the cut
fell after the cell's padding, only its bar lost (trial 59's 1150, a township finance office's
2025 收支总表, its 支出总计 unread before). A figure the text ends on with no blank after it, or in
a table with no bars, may have lost digits and stays unread.

The sides may be named once above the heads, each over its label and money columns, the
label heads left blank (收入 | 支出 / ␣ | 预算数 | ␣ | 预算数) or written (收 入 | 支 出 /
项 目 | 预算数 | 项 目 | 预算数: trial 53's 903); a 序号 column may number the rows, and
a 栏次 row number the columns (栏次 | 1 | 2 | 3 | 4), one cell a line with no bar, empty
cells blank lines (trial 53's 893, a 2026 部门预算收支总表: 1 / 一、一般公共预算拨款收入 /
3415.94 / 一、一般公共服务支出 / ␣ / 2 / …). The 栏次 row and the rows' numbers are no
figures; a table with no bar ends at a sentence or a line of prose. Under 预算数 a row
naming a source of the revenue side by its 预算 or 资金 (一、一般公共预算, 五、单位资金) is
budgeted too; under 决算数 such a row stays unread.

A page may also give each cell on a line and its bar on the next, an empty cell a bar line
alone (一、公共预算拨款 / | / 404.77 / | / 二、政府性基金拨款 / | / | /: trial 61's 1206, a
statistics bureau's 2016 收支预算总表): a cell line with its bar line right below is in the
table as a cell written with its bar is. Under 预算数 a spending row named by the funds it
uses (3.日常公用经费, 人员经费) is budgeted too; under 决算数 it stays unread.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from govkg.ingest.kinds.money import MoneyFound
from govkg.ingest.tables.cellfound import cell_found
from govkg.ingest.tables.tablecells import FIGURE
from govkg.ingest.text.amounts import PINYIN
from govkg.ingest.text.simplified import simplified
from govkg.ingest.text.textview import TextView

__all__ = ["find_same_column_sides"]

RULE = "money-table"
_DECLARED = re.compile(r"单位\s*[：:]\s*(?P<unit>万元|元)")
HEAD_REACH = 80  # characters from the unit's declaration to the column heads
REACH = 3000  # characters of a table after its heads
_CELL = re.compile(r"[^|\n]+")
_LABEL_HEAD = re.compile(r"(?:项目|科目)(?:[(（]按(?:功能|经济)分类[)）])?")
"""A side's label head may say how its rows are classed (项 目 | 预算数 | 项目(按功能分类) | 预算数:
trial 63's 1271, a women's federation's 2019 财政拨款收支预算总表)."""
_MONEY_HEAD = re.compile(r"(?:(?:19|20)\d\d年度?)?(?:(?:本年|年初)?预算数?|决算数)")
"""Both heads may say 预算 without 数 (项 目 | 预算 | 项 目 | 预算: trial 64's 1307, a
procuratorate's 2021 收支总体情况表 one cell a line, nothing read before): the same budget
column."""
_HEAD_YEAR = re.compile(r"(?P<year>(?:19|20)\d\d)年度?")
"""Both heads may name their year, the same on both sides, and a mirror may print a reading
after a character (项目 | 2017年預算數(shù) | 项目 | 2017年預算數(shù): trial 63's 1276, a school's
2017 收支總體情況表 in traditional characters): the head is 预算数 and its cells of that year."""
_ENUMERATOR = re.compile(r"^(?:[一二三四五六七八九十]+[、.．]|\d+[、.．]|[（(]\d+[）)])")
_PART = re.compile(r"^其中[:：]?")
_CJK = re.compile(r"[\u4e00-\u9fff]")
_ACCOUNTS_KINDS = (
    ("CARRY_OVER", re.compile(r"结转|结余(?!分配)")),
    ("SPENDING", re.compile(r"支出(?:合计|总计)?$")),
    ("REVENUE", re.compile(r"收入(?:合计|总计)?$|拨款$")),
)


def find_same_column_sides(view: TextView, year: int | None) -> Iterator[MoneyFound]:
    """Each figure of such a table (see above) read with its row's label, in text order."""
    text = simplified(view.text)
    for declared in _DECLARED.finditer(text):
        cells = [c for c in _CELL.finditer(text, declared.end()) if c.group().strip()]
        head = _heads(text, declared.end(), cells)
        if head is None:
            continue
        column, first = head
        stated = _HEAD_YEAR.match(column)  # 2017年预算数: the cells are of the year it names
        column = column[stated.end() :] if stated else column
        cells_year = int(stated["year"]) if stated else year
        subheads = _subheads(text, cells, first)  # 小计 | 一般公共预算财政拨款支出 | …
        numbered = any(_words(c) == "序号" for c in cells[:first])
        first = _after_column_numbers(cells, first)
        barred = "|" in text[declared.end() : cells[first - 1].end()]
        limit = cells[first - 1].end() + REACH
        following = _DECLARED.search(text, declared.end())  # the next table's unit: its own
        limit = min(limit, following.start()) if following else limit
        serial = 1
        for before, cell in zip(cells[first - 1 :], cells[first:], strict=False):
            if cell.start() > limit:
                break
            if _table_ended(text, before.end(), cell.start(), barred) and not (
                cell.end() >= len(text.rstrip()) and _padded(view, cell.end(), barred)
            ):
                break  # but the text's last cell, its bar lost after its blank (see above)
            figure = cell.group().strip()
            if numbered and figure == str(serial):
                serial += 1  # the row's number (序号), no figure
                continue
            if not FIGURE.fullmatch(figure):
                continue
            label = _label(before.group())
            name = column
            if label is None and subheads:  # a side's 预算数 split under 小计 | …: its place
                label, name = _sub_column(text, cell, subheads, column)
            kind = _kind(label, column) if label else None
            start = cell.start() + cell.group().index(figure)
            end = start + len(figure)
            if kind is None or (end >= len(text.rstrip()) and not _padded(view, end, barred)):
                continue  # no label, no kind named, or a figure the excerpt may cut short
            yield cell_found(
                view,
                start,
                end,
                figure.replace(",", ""),
                declared["unit"],
                rule=RULE,
                year=cells_year,
                kind=kind,
                label=f"{label} {name}",
            )


def _heads(text: str, after: int, cells: list[re.Match]) -> tuple[str, int] | None:
    """The money head both sides share and the index of the first cell under the heads, where
    the heads 项目 | X | 项目 | X stand within reach of the declaration, with no sentence
    between."""
    for at in range(len(cells) - 3):
        if cells[at].start() - after > HEAD_REACH:
            return None
        words = [re.sub(r"\s+", "", PINYIN.sub("", cells[at + i].group())) for i in range(4)]
        if "。" in text[after : cells[at].start()]:
            return None
        if (
            words[:2] == ["收入", "支出"]
            and _MONEY_HEAD.fullmatch(words[2])
            and words[2] == words[3]
        ):
            return words[2], at + 4  # 收入 | 支出 over blank label heads: ␣ | 预算数 | ␣ | 预算数
        if not (_LABEL_HEAD.fullmatch(words[0]) and _LABEL_HEAD.fullmatch(words[2])):
            continue
        if _MONEY_HEAD.fullmatch(words[1]) and words[1] == words[3]:
            if at + 4 < len(cells) and re.sub(r"\s+", "", cells[at + 4].group()) == "行次":
                return None
            return words[1], at + 4
        return None
    return None


def _subheads(text: str, cells: list[re.Match], first: int) -> list[str]:
    """The sub-heads of a side's money column, a line of their own right under the heads, the
    first 小计 (小计 | 一般公共预算财政拨款支出 | 政府性基金预算财政拨款支出: trial 63's 1271);
    else none."""
    if first >= len(cells) or _words(cells[first]) != "小计":
        return []
    line_end = text.find("\n", cells[first].start())
    line_end = len(text) if line_end < 0 else line_end
    words = [_words(c) for c in cells[first:] if c.start() < line_end]
    if len(words) < 2 or any(not _CJK.search(w) or FIGURE.search(w) for w in words):
        return []
    return words


def _sub_column(
    text: str, cell: re.Match, subheads: list[str], column: str
) -> tuple[str | None, str]:
    """A figure after a figure in a row written with all its bars, where the cells after its
    label number the sub-heads: the label and the sub-head its place gives; else none. Only
    past the first sub-head (小计 is the column's own figure, read after its label)."""
    line_start = text.rfind("\n", 0, cell.start()) + 1
    line_end = text.find("\n", cell.start())
    line = text[line_start : len(text) if line_end < 0 else line_end].rstrip(" \t\u3000")
    parts = line.split("|")
    if line.endswith("|"):
        parts.pop()  # after the row's last bar: no cell
    offsets = [line_start + sum(len(p) + 1 for p in parts[:i]) for i in range(len(parts))]
    at = next((i for i, o in enumerate(offsets) if o <= cell.start() < o + len(parts[i])), None)
    if at is None:
        return None, column
    labelled = [i for i in range(at) if _label(parts[i])]
    if not labelled:
        return None, column
    after = parts[labelled[-1] + 1 :]
    place = at - labelled[-1] - 1
    if len(after) != len(subheads) or place < 1 or any(_label(p) for p in after):
        return None, column
    return _label(parts[labelled[-1]]), subheads[place]


def _padded(view: TextView, end: int, barred: bool) -> bool:
    """Whether the figure ending at ``end``, the last of the text, is followed in the stored
    text by the blank that pads a cell before its bar, in a table of bars (see above)."""
    if not barred or end <= 0:
        return False
    after = view.source[view.span(end - 1, end)[1] :]
    return bool(after) and not after.strip(" \t\u3000\xa0") and after[0] in " \t\u3000\xa0"


def _table_ended(text: str, before_end: int, at: int, barred: bool = True) -> bool:
    """Whether a line with no cell mark (in a table of bars), a line of prose (in a table
    with none), or a sentence stands between two cells."""
    between = text[before_end:at]
    if "。" in between:
        return True
    line_start = text.rfind("\n", 0, at) + 1
    line_end = text.find("\n", at)
    line = text[line_start : len(text) if line_end < 0 else line_end]
    if not barred:
        return len(line.strip()) > PROSE_LINE or "|" in line
    return "|" not in line and not _bar_below(text, line_end)


_BAR_LINE = re.compile(r"\n[ \t\u3000]*\|+[ \t\u3000]*(?:\n|$)")


def _bar_below(text: str, line_end: int) -> bool:
    """Whether the line after a cell's is its bar alone (一、公共预算拨款 / | / 404.77 / |): a
    table flattened one cell a line with each cell's bar on a line of its own (trial 61's
    1206, a statistics bureau's 2016 收支预算总表), its cell still in the table."""
    return line_end >= 0 and bool(_BAR_LINE.match(text, line_end))


PROSE_LINE = 30  # characters: a longer line in a table of one cell a line is prose, no cell


def _words(cell: re.Match) -> str:
    return re.sub(r"\s+", "", cell.group())


def _after_column_numbers(cells: list[re.Match], first: int) -> int:
    """The first cell after a 栏次 row (栏次 | 1 | 2 | 3 | 4) standing at ``first``, else
    ``first``."""
    if first >= len(cells) or _words(cells[first]) != "栏次":
        return first
    at, number = first + 1, 1
    while at < len(cells) and _words(cells[at]) == str(number):
        at, number = at + 1, number + 1
    return at if number > 2 else first


def _label(cell: str) -> str | None:
    """A row label: words, not a figure, not a head."""
    words = re.sub(r"\s+", "", cell)
    if not _CJK.search(words) or (FIGURE.search(words) and not _ENUMERATOR.match(words)):
        return None
    if _LABEL_HEAD.fullmatch(words) or _MONEY_HEAD.fullmatch(words):
        return None
    return words


def _kind(label: str, column: str) -> str | None:
    name = _PART.sub("", _ENUMERATOR.sub("", label))
    for kind, words in _ACCOUNTS_KINDS:
        if words.search(name):
            if column == "决算数" or kind == "CARRY_OVER":
                return kind
            return "BUDGET"
    if column != "决算数" and _SOURCE.search(name):
        return "BUDGET"  # 一、一般公共预算 | 540.56 under 预算数: a source of the revenue side
    if column != "决算数" and _FUNDS.search(name):
        return "BUDGET"  # 3.日常公用经费 | 57.39 under 预算数: a use of the spending side
    return None


_SOURCE = re.compile(r"(?:预算|资金)$")
"""A revenue side's row named by its source: 一般公共预算, 政府性基金预算, 单位资金."""
_FUNDS = re.compile(r"(?:公用|人员)经费$")
"""A spending side's row named by the funds it uses (日常公用经费, 人员经费: trial 61's 1206)."""
