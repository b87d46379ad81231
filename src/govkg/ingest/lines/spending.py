"""Expenditure lines: every amount the report states, its share, its place in the tree.

Rules (each extracted line names the one that found it):
- ``spending-amount``: "<name>…<figure>万元|元|亿元" in prose, with "占<base>的<n>%" after it;
- ``spending-budget``: "预算数X万元…执行数/实际支出Y万元" for one line: budget and executed;
- ``spending-table``: a table row (cells split by tabs) under a 万元/元 caption, one line per
  year column, or budget/executed columns;
- ``spending-none``: "政府性基金预算支出情况：无" -> a stated zero;
- ``spending-sum`` / ``spending-remainder``: DERIVED lines, never stated figures: the total
  when the report gives none, and what a stated total leaves after its stated parts.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from decimal import Decimal

from govkg.ingest.facts import Cite, Line, cite
from govkg.ingest.kinds.bracketitems import bracket_owner, left_out
from govkg.ingest.kinds.bracketparts import closes_a_bracket
from govkg.ingest.kinds.figureshares import approximate
from govkg.ingest.kinds.saidafter import BUDGET_AFTER
from govkg.ingest.lines.linetree import with_tree
from govkg.ingest.text.bounded import REACH, strip_tail
from govkg.ingest.text.numbers import NUMBER, YUAN_PER, number_value, yuan
from govkg.ingest.text.textview import TextView

__all__ = ["find_lines"]

_CN = "零〇一二两三四五六七八九十百千万点"
# Chinese numerals are tried from the first of a run only: a figure that fails from there
# fails from inside it too, and trying each would reread the run (quadratic).
AMOUNT = re.compile(
    rf"(?P<fig>{NUMBER}|(?<![{_CN}])[{_CN}]+)\s*(?P<unit>亿元|万元|元)(?!\s*/|\s*每)"
)
_GLOSS = r"(?:[ \t]*[（(][^（()）\d%。；;]{1,30}[)）])?"
"""A bracket of words glossing the amount before its share (…决算数为294万元(全部为公务用车运行
费),占“三公”经费财政拨款决算总数的73.6%: trial 51's 844); a bracket holding a figure is parts."""
_SHARE = re.compile(
    rf"^{_GLOSS}[^。；;]{{0,6}}?占(?P<base>[^，,。；;的%]{{0,14}}?)的?(?:比[例重])?(?:为|是)?\s*(?P<pct>{NUMBER})\s*%"
    rf"|^{_GLOSS}[^。；;]{{0,6}}?占比(?:为|是)?\s*(?P<pct2>{NUMBER})\s*%"
)
_SENTENCE = re.compile(r"[^。；;！？!?\n]+")
_LEAD = re.compile(
    r"^(?:(?:基本支出|项目支出|人员经费|公用经费)(?:主要)?(?:包括|包含|用于)|"
    r"其中|主要包含项目有|主要包括项目有|主要包含|主要包括|主要项目有|包括|主要有|还有|以及|另有|含|"
    r"分别为|分别是|即|为|是|和|及|与|包含|"
    # the unit by its pronoun (2019年我局基本支出…): the report's own, named by the caller
    r"[我本](?:局|单位|部门|中心|院|委|办|所|站|馆|队|会))+"
)
_ENUMERATOR = re.compile(
    r"^(?:[（(][一二三四五六七八九十\d]+[）)]|[一二三四五六七八九十\d]+[、.])\s*"
)
_WHOLE_UNIT = re.compile(r"本部门|本单位|部门整体|单位整体|部门|单位")
_NET = re.compile(r"净(?:值|额)$")
"""A net value (固定资产净值): the bracket after it gives its gross and its deduction
(原值6606.25万元,累计折旧389.87万元), a difference, not parts: no lines of it."""
_YEAR_WORDS = re.compile(r"^(?:20\d\d\s*年度?|全年|本年度?|年度|当年)")
_TAIL = (
    "共计", "合计", "总计", "总额为", "为", "是", "达到", "达", "共", "计", "约", "金额",
    "均", "各",  # 收、支总计均为…: of both sides, no name (the cut leaves 支总计均)
)
# A budget figure, not a kind of budget: 一般公共预算支出 is spending.
_BUDGET = re.compile(
    r"(?<!一般公共)(?<!基金)(?<!经营)(?:年初预算数?|调整后?预算数?|全年预算数?|预算数|预算金额|"
    r"预算(?!支出|执行|绩效|管理|编制))(?:安排)?"
)
"""…with its verb: 项目支出年初预算安排… names 项目支出 (a 安排 left behind named a second line
of the same figure, thirtieth trial's 376)."""
_EXECUTED = re.compile(r"执行数|实际支出|决算数|支出数|实际执行|执行金额|实际完成")
_NONE = re.compile(
    r"(?P<name>政府性基金预算支出|国有资本经营预算支出|社会保险基金预算支出)(?:情况)?"
    r"[：:\s]*(?P<none>无)(?![\u4e00-\u9fff])"
    r"|(?P<none2>无)(?P<name2>政府性基金预算支出|国有资本经营预算支出|社会保险基金预算支出)"
)
# Money that is not spent in the year: investment, savings, changes, revenue, money received
# or contracted, and a part in brackets ("985万元（含…50万元）").
_NOT_SPENDING = re.compile(
    r"总投资|投资总额|计划投资|节约|节省|增加|减少|较上年|同比|下降|增长|补助资金|收入|争取"
    r"|比上年|到位|到账|中标|小写|大写|合同|涉及|收到|结转|结余|[（(]含"  # 比上年…: last year
    r"|人均|每人|每月|每件|每户|每次|每年|标准"
    r"|零售额|销售额|进出口|营业额|生产总值|产值|[≤≥<>＜＞]"  # the economy's; a target
    r"|大于|小于|超过|超出|低于|差额"  # a difference, not money spent
    r"|资金来源"  # where money comes from: revenue
    r"|(?:去年|上年|上一年)同期"  # 比去年同期26万元: the year before's (trial 55's 990)
    r"|[增减]\s*$"  # …上升到1,740萬元,增720萬元: the rise, no money spent (trial 63's 1279)
)

_TABLE_UNIT = re.compile(
    r"(?:单位|金额)\s*[：:]\s*(?P<unit>亿元|万元|元)|[（(](?P<unit2>亿元|万元|元)[）)]"
)
_CATEGORIES = (
    (
        "total",
        re.compile(
            r"总支出|整体支出|支出总额|支出合计|支出总计|全年支出|本年支出|决算总支出|总计|合计"
            r"|^支出$"
        ),
    ),
    ("budget", re.compile(r"一般公共预算|政府性基金|国有资本经营|社会保险基金")),
    ("basic", re.compile(r"基本支出")),
    ("personnel", re.compile(r"人员经费|人员类经费|人员支出|工资福利")),
    ("public", re.compile(r"公用经费|公用类经费|公用支出|商品和服务")),
    ("project", re.compile(r"^项目支出|^项目经费")),
)
_BASES = (
    ("basic", re.compile(r"基本")),
    ("project", re.compile(r"项目")),
    ("budget", re.compile(r"一般公共预算")),
    ("total", re.compile(r"总|整体|全部|全年|部门|单位|年度")),
)


def find_lines(view: TextView, year: int, title: Cite) -> list[Line]:
    """Every expenditure line the report states, in a tree, plus derived sum/remainder."""
    lines = _dedupe(
        [*_prose_lines(view, year), *_table_lines(view, year), *_none_lines(view, year)]
    )
    return with_tree(lines, view, year, title)


def _prose_lines(view: TextView, year: int) -> Iterator[Line]:
    for sentence in _SENTENCE.finditer(view.text):
        if "\t" in sentence.group():
            continue
        start = sentence.start()
        amounts = list(AMOUNT.finditer(view.text, start, sentence.end()))
        budget = None
        breakdown = False  # the sentence breaks a budget down: its figures are budget figures
        group = None  # “三公”经费 and the items after it in the sentence
        _named = lambda a, b: _name(_label(view.text[a:b]))  # noqa: E731 (bracketitems)
        for index, match in enumerate(amounts):
            begin = amounts[index - 1].end() if index else start
            end = amounts[index + 1].start() if index + 1 < len(amounts) else sentence.end()
            label_text = view.text[begin : match.start()]
            try:
                value = yuan(match["fig"], match["unit"])
            except ValueError:
                continue
            # 基本支出300万元，150万元: the amount before names it (a sentence longer than
            # REACH is read within REACH of its figures, so each stays linear)
            label = _label(label_text) or _label(view.text[max(start, begin - REACH) : begin])
            if _NOT_SPENDING.search(label_text[-24:]) or "分别" in label_text:
                continue  # 总投资1.26亿元, 节约资金85万元, 每人每月500元; 分别为…和…: whose?
            budget_after = BUDGET_AFTER.match(view.text, match.end(), end)
            if budget_after or (_BUDGET.search(label_text) and not _EXECUTED.search(label_text)):
                # 年初预算520万元，调整预算560万元: the latest budget, the first name
                named = _name(label) or (budget[2] if budget else "")
                budget = (value, match, named)
                continue
            if (budget or breakdown) and _name(label) and not _EXECUTED.search(label_text):
                budget, breakdown = None, True  # 年初预算500万元，其中基本支出300万元…: budget
                continue
            share = _SHARE.search(view.text[match.end() : end])
            if share and not _is_share_of_spending(share):
                share = None  # 分别占…的60%和40%, 占年初预算的95%: not this line's share
            share_end = match.end() + share.end() if share else match.end()
            if budget:  # from the sentence's start: its budget figure and what it is of
                first = max(start, budget[1].start() - REACH)
            else:
                first = _clause_start(view.text, begin, match.start())
            name = _name(label) or (budget[2] if budget else "")
            near = max(start, end - REACH)
            if not name and budget and _WHOLE_UNIT.search(view.text, near, end):
                name = "部门整体支出"  # 本部门年初预算数为…，全年执行数为…: the whole
            if not name and not budget and "支出" in label:
                name = "支出"  # 全年实际支出…: the year's spending, a total
            if not name:
                continue
            if "三公" in name:
                group = name
            under = group if group and "三公" not in name else None
            owner = bracket_owner(view.text, start, match.start(), amounts[:index], _named)
            if owner and _NET.search(owner):
                continue  # 净值…(原值…,累计折旧…): no part of the net value, nor of the total
            under = owner or under
            if leaves_out := left_out(view.text, start, match.start()):
                name, under = name.partition(leaves_out)[2] or name, None  # neither's part
            pct = (share["pct"] or share["pct2"]) if share else None
            yield Line(
                rule="spending-budget" if budget else "spending-amount",
                cites=(cite(view, first, share_end),),
                key="",
                name=name,
                category=_category(name),
                year=year,
                amount=value,
                as_written=view.source[slice(*view.span(match.start(), match.end()))],
                share=Decimal(pct) if pct else None,
                share_of=_base(share["base"]) if share and share["base"] else None,
                budget=budget[0] if budget else None,
                budget_as_written=(
                    view.source[slice(*view.span(budget[1].start(), budget[1].end()))]
                    if budget
                    else None
                ),
                under=under,
            )
            budget = None


def _clause_start(text: str, begin: int, at: int) -> int:
    """Start of the clause holding the amount (after the last comma before it)."""
    cut = max(text.rfind(mark, begin, at) for mark in "，,：:")
    return cut + 1 if cut >= 0 else begin


def _label(text: str) -> str:
    """The last clause of the text before an amount ("基本支出:612.50万元": before the colon)."""
    return re.split(r"[，,：:、]", text.rstrip().rstrip("：:"))[-1].strip()


# Particles at either end; a trailing run is tried from its first character only (retrying
# from each would reread the run: quadratic).
_PARTICLES_AROUND = re.compile(r"^[的了\s]+|(?<![的了\s])[的了\s]+$")


def _name(label: str) -> str:
    label = _ENUMERATOR.sub("", label.strip().lstrip("：:"))
    name = _LEAD.sub("", _YEAR_WORDS.sub("", label)).lstrip("：: ")
    name = strip_tail(
        _BUDGET.sub("", _EXECUTED.sub("", strip_tail(name, _TAIL))), _TAIL
    )  # 项目支出执行数 -> 项目支出
    name = _PARTICLES_AROUND.sub("", name)
    if _WHOLE_UNIT.fullmatch(name):
        return ""  # 本部门年初预算数: the whole department, named by the caller
    if len(name) > MAX_NAME or _CELL_FIGURE.search(name):
        return ""  # 财政拨款 90 89.974 上年结转资金…: a run of a table's cells, no name
    return name if len(name) >= 2 and not name.isdigit() else ""


MAX_NAME = 40  # characters of a line's name; a longer "name" is a run of text
_CELL_FIGURE = re.compile(r"(?:^|\s)\d+(?:\.\d+)?(?:\s|$)")


def _category(name: str) -> str:
    for category, pattern in _CATEGORIES:
        if pattern.search(name):
            return category
    return "other"


def _is_share_of_spending(share: re.Match) -> bool:
    base = share["base"] or ""
    if "分别" in share.group() or "收入" in base:
        return False  # a share of 收入 is no spending line's share
    if approximate(base):
        return False  # 花费1048.84万元,占比近50%: near half, no share stated (trial 56's 1037)
    if closes_a_bracket(share.group()[: share.group().find("占")]):
        return False  # …1,224.53万元),占总收入92.12%: of the amount before the bracket
    if re.search(r"支出|收入|经费|费用", share.group()[: share.group().find("占")]):
        return False  # …工资福利支出55,868,615.00元,人员支出占业务支出比例为35.30%: the
        # share names its own subject, another sum (trial 51's 824), not this line's
    return not (("预算" in base or "全年" in base) and "支出" not in base)


def _base(base: str) -> str | None:
    if "三公" in base:
        return None  # 占“三公”经费财政拨款决算总数的23.5%: the 三公 total, not the year's
    for category, pattern in _BASES:
        if pattern.search(base):
            return category
    return None


def _none_lines(view: TextView, year: int) -> Iterator[Line]:
    """A 无…支出 line: its 无 as the text writes it (a mirror's 無), so the draft's figure
    occurs in its own quote."""
    for match in _NONE.finditer(view.text):
        at = match.start("none") if match["none"] else match.start("none2")
        yield Line(
            rule="spending-none",
            cites=(cite(view, match.start(), match.end()),),
            key="",
            name=match["name"] or match["name2"],
            category="budget",
            year=year,
            amount=Decimal("0"),
            as_written=view.source[view.origin[at]],
        )


_COLUMN_HEAD = re.compile(r"20\d\d年?度?|.*(?:预算|执行|决算|金额|支出|合计|占比|比例|增减).*")
_FIGURE_CELL = re.compile(rf"(?:{NUMBER})%?")


def _cells(line: str) -> list[tuple[str, int]] | None:
    """A table row's cells with their offsets: split by tabs (a .docx or .html table, a
    flattened text) or, in a PDF's text layer, by spaces when every cell after the first
    is a figure or a column head."""
    if "\t" in line:
        cells, at = [], 0
        for cell in line.split("\t"):
            stripped = cell.strip()
            cells.append((stripped, at + (cell.index(stripped) if stripped else 0)))
            at += len(cell) + 1
        return cells
    tokens = [(m.group(), m.start()) for m in re.finditer(r"[^ \u3000]+", line)]
    rest = [token for token, _ in tokens[1:]]
    if len(tokens) >= 3 and (
        all(_FIGURE_CELL.fullmatch(t) for t in rest) or all(_COLUMN_HEAD.fullmatch(t) for t in rest)
    ):
        return tokens
    return None


def _table_lines(view: TextView, year: int) -> Iterator[Line]:
    header: list[str] | None = None
    unit: str | None = None  # only a caption or a head cell says; never guessed
    for row in re.finditer(r"[^\n]+", view.text):
        found = _cells(row.group())
        if found is None:
            if not _TABLE_UNIT.search(row.group()) and not row.group().lstrip().startswith("表"):
                header, unit = None, None  # prose: the table, and its unit, have ended
            continue
        cells = [cell for cell, _ in found]
        window = view.text[max(0, row.start() - 120) : row.start()] + row.group()
        caption = _TABLE_UNIT.search(window)
        if caption:
            unit = caption["unit"] or caption["unit2"]
        if not any(re.fullmatch(NUMBER, c) for c in cells[1:]):
            header = cells
            continue
        if header is None or not cells[0] or unit is None:
            continue
        budget = executed = None
        for column, (cell, offset) in enumerate(found[1:], start=1):
            if not re.fullmatch(NUMBER, cell) or column >= len(header):
                continue
            head = header[column]
            here = (cell, row.start() + offset)
            column_year = re.search(r"20\d\d", head)
            if _BUDGET.search(head) and not _EXECUTED.search(head):
                budget = here
            elif _EXECUTED.search(head):
                executed = here
            elif column_year:
                yield _table_line(view, row, cells[0], here, unit, int(column_year.group()))
        if executed:
            yield _table_line(view, row, cells[0], executed, unit, year, budget)


def _table_line(view, row, label, cell, unit, year, budget=None) -> Line:
    figure, at = cell
    value = number_value(figure) * YUAN_PER[unit]
    label = _name(label) or label.strip("：: ")  # 合计 is its own name
    return Line(
        rule="spending-table",
        cites=(_row_cite(view, row, cell),),
        key="",
        name=label,
        category=_category(label),
        year=year,
        amount=value,
        as_written=view.source[slice(*view.span(at, at + len(figure)))],
        budget=number_value(budget[0]) * YUAN_PER[unit] if budget else None,
        budget_as_written=(
            view.source[slice(*view.span(budget[1], budget[1] + len(budget[0])))]
            if budget
            else None
        ),
    )


def _row_cite(view: TextView, row: re.Match, cell: tuple[str, int]) -> Cite:
    """The row; in a row longer than REACH (no table's is), the figure alone: each of its
    many cells citing the whole row would quote it again and again (quadratic)."""
    if row.end() - row.start() <= REACH:
        return cite(view, row.start(), row.end())
    figure, at = cell
    return cite(view, at, at + len(figure))


def _dedupe(lines: list[Line]) -> list[Line]:
    """One line per (year, name, amount): a table and its prose restate the same figure."""
    kept: dict[tuple, Line] = {}
    cites: dict[tuple, list[Cite]] = {}  # gathered apart: adding tuples up is quadratic
    for line in lines:
        key = (line.year, line.name, line.amount)
        old = kept.get(key)
        if old is None:
            kept[key] = line
            continue
        cites.setdefault(key, list(old.cites)).extend(line.cites)
        budget = old if old.budget is not None else line  # keep what either one states
        kept[key] = _replace(
            old,
            share=old.share if old.share is not None else line.share,
            share_of=old.share_of if old.share is not None else line.share_of,
            budget=budget.budget,
            budget_as_written=budget.budget_as_written,
        )
    for key, gathered in cites.items():
        kept[key] = _replace(kept[key], cites=tuple(gathered))
    return list(kept.values())


def _replace(line: Line, **changes) -> Line:
    return replace(line, **changes)
