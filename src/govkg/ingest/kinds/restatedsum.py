"""A fund's sum named only by a bare 金额, stated again with the fund's name in words of one
kind, has that kind.

A project evaluation opens on the fund's overview, its sum under a heading that names no
kind, and states the same sum later as what it is (trial 51's 814):

    (二)项目金额:2021年1月-10月外贸进出口奖励专项资金项目共计943.23万元。
    …2021年1月-10月外贸进出口奖励专项资金预算资金为943.23万元,实际支出926.12万元…

金额 alone names a sum of something (OTHER), and the labels differ, so ``prosekinds``'s
restated rule (same label, same figure) did not reach it. But the same figure of the same
fund, named by the fund's full name (外贸进出口奖励专项资金, six characters or more, ending on
资金 / 经费 / 补助), is the budget the text states there. Read so only where the amount was
read OTHER by a bare 金额 (its sentence's words name no other kind once 金额 is taken out),
and every other amount of that figure whose label names the fund was read, all of one kind
that is not OTHER; a 评价项目金额 naming no fund (the corpus's 89), figures that differ, a
fund named by 资金 alone and readings that disagree keep it OTHER.

A project evaluation may open on a flattened overview form instead, a cell a line, the sum in
the cell after its bare field (trial 53's 898):

    项目名称 |
    湘潭市2021年污水处理费项目 |
    项目金额 |
    25,674.55万元 |
    …2021年湘潭市财政安排污水处理费项目预算支出合计25,674.55万元,资金主要用于…

No word is on the figure's line, so it is left unread (not OTHER); the field above it is a
bare 金额 (项目金额 / 金额 / 总金额), and the form's 项目名称 cell, a few cells above, names the
project. Where the same figure is read elsewhere, all of one kind that is not OTHER, by words
naming that project (its name with the place and year it opens on left out: 污水处理费项目,
four characters or more), the cell has that kind. A cell under any other field, a form naming
no project, a figure the text does not restate by the project's name, or readings that
disagree stay unread.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace

from govkg.ingest.kinds.prosekinds import UNNAMED
from govkg.ingest.text.amounts import PINYIN
from govkg.ingest.text.simplified import simplified

__all__ = ["restated_sums"]

_SENTENCE_END = re.compile(r"[。；;！？!?\n]")
_BARE = re.compile(r"(?:项目|总)?金额")
_FUND = re.compile(r"[\u4e00-\u9fff]{4,}?(?:资金|经费|补助)")
_DATE_CHARS = re.compile(r"^[年月日度]+")
REACH = 120  # characters before the amount in which its sentence's start is looked for


def restated_sums(source: str, found: Iterable, kind_of: Callable[[str], str | None]) -> Iterator:
    """``found`` (``money.MoneyFound``) in order, a bare 金额's fund sum read with the one
    kind the text gives the same fund's same figure elsewhere (see above)."""
    money = list(found)
    for amount in money:
        if amount.kind == "OTHER" and (fund := _fund_of(amount)) and _bare(source, amount, kind_of):
            read = _kinds_elsewhere(money, amount, fund)
            if len(read) == 1 and "OTHER" not in read:
                amount = replace(amount, kind=next(iter(read)), reason=None)
        elif (
            amount.kind is None
            and amount.reason == UNNAMED
            and (form := _form_project(source, amount))
        ):
            project, field = form
            read = _kinds_elsewhere(money, amount, project)
            if len(read) == 1 and "OTHER" not in read:
                amount = replace(amount, kind=next(iter(read)), reason=None, label=field)
        yield amount


def _kinds_elsewhere(money: list, amount, name: str) -> set[str]:
    """The kinds the text gives the same figure elsewhere, where its label names ``name``."""
    return {
        other.kind
        for other in money
        if other is not amount
        and other.amount == amount.amount
        and other.kind is not None
        and name in simplified(other.label or "")
    }


_CELL = re.compile(r"[ \t\u3000]*(?P<words>[^\n|｜]*?)[ \t\u3000]*[|｜]?[ \t\u3000]*$")
_BARE_FIELD = re.compile(r"(?:项目|总)?金额")
_NAME_FIELD = "项目名称"
_NAME_OPENING = re.compile(
    r"^(?:[\u4e00-\u9fff]{1,8}?(?:自治区|自治州|自治县|省|市|县|区|州|盟|旗))*"
    r"(?:20\d\d\s*年度?)?"
)
FORM_CELLS = 6  # cells at most between the 项目名称 field and the sum's field


def _lines_above(source: str, at: int, count: int) -> list[str]:
    """The words of the ``count`` lines above the line starting at ``at``, nearest first, each
    without the cell's closing bar."""
    lines = []
    while at > 0 and len(lines) < count:
        above = source.rfind("\n", 0, at - 1) + 1
        lines.append(_CELL.match(source[above : at - 1])["words"])
        at = above
    return lines


def _form_project(source: str, amount) -> tuple[str, str] | None:
    """(the project, the field) of a form's bare 金额 cell (see above), or None: the figure alone
    on its line, the field above it a bare 金额, a 项目名称 field a few cells above with the
    project's name after it, the name's place and year left out."""
    if not amount.cites:
        return None
    end = amount.cites[0].end
    start = end - len(amount.as_written)
    line = source.rfind("\n", 0, start) + 1
    rest = source.find("\n", end)
    rest = len(source) if rest < 0 else rest
    if source[line:start].strip() or source[end:rest].strip(" \t\u3000|｜"):
        return None
    above = _lines_above(source, line, FORM_CELLS + 2)
    if not above or not _BARE_FIELD.fullmatch(simplified(above[0])):
        return None
    for at, words in enumerate(above[2:], start=2):
        if simplified(words) == _NAME_FIELD:
            name = simplified(above[at - 1])
            core = name[_NAME_OPENING.match(name).end() :].strip()
            return (core, above[0]) if len(core) >= 4 else None
    return None


def _fund_of(amount) -> str | None:
    """The fund's full name the amount's label gives (外贸进出口奖励专项资金), or None."""
    for run in re.findall(r"[\u4e00-\u9fff]+", simplified(amount.label or "")):
        named = _FUND.search(_DATE_CHARS.sub("", run))
        if named and len(named.group()) >= 6:
            return named.group()
    return None


def _bare(source: str, amount, kind_of: Callable[[str], str | None]) -> bool:
    """Whether the amount's sentence names it by a bare 金额 alone."""
    if not amount.cites:
        return False
    start = amount.cites[0].end - len(amount.as_written)
    low = max(0, start - REACH)
    ends = list(_SENTENCE_END.finditer(source, low, start))
    words = PINYIN.sub("", simplified(source[ends[-1].end() if ends else low : start]))
    return bool(_BARE.search(words)) and kind_of(_BARE.sub("", words)) is None
