"""A project's funds named right before their figure, no act said, are its budget (thirty-
ninth and fortieth trials).

A project report opens on what the project has: 2022年城区公共绿地养护项目经费为人民币324.11
万元,按工作进度实行按季划款; 2020年项目经费10万元主要用于重点档案抢救…. The 经费 of
项目经费 is the fund's name, not an act of spending: the sum is what the project was given
to spend, a budget (the corpus reads 项目经费 so: 本年度项目经费预算, 批复预算项目9个, 项目经费
共计…). Only where the amount's own words are all of its clause, name no other kind and no
part (其中: 人员经费…,项目经费50万元 is a part of its total), not under a heading of funds
in place or of their use (1.项目资金到位情况。截至2019年底,…项目经费11.2万元: what arrived),
nor where its sentence says next what was paid of it (项目经费200万元,已执行支付150万元:
the sum as its words say, eleventh trial); an act named after (项目经费已支出,
项目经费主要用于补助3个村 then the figure) keeps its reading. Nor is an item that says next
what share it is of a whole other than a budget (…项目支出共计4138.86万元,主要包含…;提升工程
项目经费1322.14万元,占项目经费的32%: the bundled report's list of spending): it is a part
of the whole it names, of that whole's kind.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from govkg.ingest.text.amounts import MONEY, PINYIN
from govkg.ingest.text.lastmatch import last as _last

__all__ = ["project_funds_kind"]

_SENTENCE_END = re.compile(r"[。；;！？!?\n]")
REACH = 60  # characters before the amount looked at for its sentence

_PROJECT_FUNDS = re.compile(r"项目经费\s*(?:共计|合计|总额|共)?\s*[为是：:]?\s*(?:人民币)?\s*$")


def project_funds_kind(
    text: str, start: int, kind: str | None, kind_of: Callable[[str], str | None]
) -> str | None:
    """BUDGET for the amount at ``start`` whose clause, up to it, ends on a 项目经费 and
    names nothing else in its sentence, no part and no other amount (see above); else ``kind``."""
    if kind != "SPENDING":
        return kind
    cut = _last(_SENTENCE_END, text, max(0, start - REACH), start)
    if cut is None:
        return kind  # the sentence's start is not in reach: its words are not all seen
    words = PINYIN.sub("", text[cut.end() : start])  # 項目經(jīng)費: a mirror's readings
    found = _PROJECT_FUNDS.search(words)
    if found is None or "其中" in words or MONEY.search(words):
        return kind
    if kind_of(words[: found.start()]) is not None or _under_arrival(text, cut.end()):
        return kind
    after = _SENTENCE_END.search(text, start)
    said_after = PINYIN.sub("", text[start : after.start() if after else len(text)])
    if _SPENT_AFTER.search(said_after):
        return kind  # 样例项目经费200万元,已执行支付150万元: the sum as its words say
    if _SHARE_AFTER.match(text, _amount_end(text, start)):
        return kind  # 提升工程项目经费1322.14万元,占项目经费的32%: a part of what it names
    return "BUDGET"


_SHARE_AFTER = re.compile(
    r"\s*[，,]?\s*占(?![^。；;，,]{0,20}?预算)[^。；;，,\d]{0,20}?\d+(?:\.\d+)?\s*[%％]"
)
"""A share said right after the amount, of a whole that is not a budget."""


def _amount_end(text: str, start: int) -> int:
    found = MONEY.match(text, start)
    return found.end() if found else start


_ARRIVAL_HEADING = re.compile(r"(?:资金|经费)(?:的)?(?:到位|使用|执行|支出)(?:情况)?[\s。:：]*$")
_SPENT_AFTER = re.compile(r"执行|支付|支出|已使用|实际使用")
HEADING = 30  # characters at most of a heading line


def _under_arrival(text: str, sentence_start: int) -> bool:
    """Whether the line before the sentence starting at ``sentence_start`` is a heading of
    funds in place or used (1.项目资金到位情况。), its sentence saying what arrived or went."""
    line_start = text.rfind("\n", 0, sentence_start)
    if line_start < 0:
        return False
    line_start = text.rfind("\n", 0, max(0, line_start - 1)) + 1
    line = text[line_start:sentence_start].strip()
    return len(line) <= HEADING and _ARRIVAL_HEADING.search(line) is not None
