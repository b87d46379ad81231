"""The items of a stated “三公”经费 total take its kind (tenth held-out trial).

A 三公 note states the total as a 决算 or 预算, then each item by its name alone:

    …“三公”经费决算数2364万元,比上年决算数下降16.77%。分项情况是:因公出国(境)经费12万元,
    …;公务接待费1356万元,…;公车购置及运行费995万元(其中公务用车购置费38万元,…)

The items' names say no kind, and a ; cuts each clause from the total, so ``money`` left
them unread. But an item of the 三公经费 (因公出国(境)费, 公务接待费, 公务用车/公车 购置
及运行(维护)费, 公务用车购置费, 公务用车运行(维护)费) named right before its figure, with
only 支出, 决算, 预算, 数, 为 between, is a part of the 三公 total stated earlier in the same
paragraph (or of an item stated so: 其中:公务用车运行维护费41.9万元 after 公务用车购置及运行
费支出41.9万元), and is money of the same kind: the total's, where it was read as a 决算
(SPENDING) or a 预算 (BUDGET), and where every amount read before it in the paragraph is
of that one kind (三公经费预算10万元,实际支出8万元。其中:公务接待费3万元: which of the two
it is a part of, the text does not say). The rule does not fire where the amount's kind is
known, where no 三公 total with a kind stands before it in its paragraph (a line break
ends one), or where words other than those come between the item's name and the figure
(比上年减少9.6万元 is a change, read by its own words), nor after a 其中 that follows a
count (共购置车辆10辆。其中:公务接待费30万元: the 其中 lists the count's parts, the sixth
trial's case). Readings inserted after characters (經(jīng)費) are skipped.

Twelfth trial: an item whose kind ``money`` read only from its own name's 费/经费/费用 or a
支出 after it (“三公”经费预算总额为2.7万元,其中,因公出国(境)费支出0万元), never a 决算, takes
a budget total's kind; one read as a change only by the change said right before it
(较预算数898万元增加114万元,增长13%(其中:公务用车购置费209万元) is open too; a colon may stand
before the figure (1.因公出国(境)费:0万元); figures compared with (较上年1174万元, 较预算数
1237万元) are not among the paragraph's kinds; with no total in the paragraph, the section's
三公 heading may say the kind (``threepublic.section``).

Eighteenth trial: numbered lines a line ending in a colon introduces (具体情况如下:\n1、…\n
2、公务接待费8.5万元) are that line's paragraph (``introducedlines``): the total it states
is theirs.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from govkg.ingest.text.amounts import PINYIN
from govkg.ingest.text.introducedlines import paragraph_start
from govkg.ingest.threepublic.runonitems import run_on_start
from govkg.ingest.threepublic.section import comparand_free_kinds, section_kind
from govkg.ingest.threepublic.title import title_kind

__all__ = ["ITEM_NAMES", "three_public_item_kind"]

ITEM_NAMES = {
    "abroad": r"因\s*公\s*出\s*国\s*[（(]\s*境\s*[）)]\s*(?:费\s*用?|经\s*费)",
    "reception": r"公\s*务\s*接\s*待\s*(?:费|经\s*费)",
    "cars": r"(?:公\s*务\s*用?\s*车|公\s*车)\s*(?:购\s*置\s*)?(?:及|和|与)?\s*(?:运\s*行\s*)?"
    r"(?:费\s*)?(?:维\s*护\s*|维\s*修\s*)?(?:费\s*用?|经\s*费)",
}
"""The three items of the 三公经费, each as its names are written (公务用车购置与运行费: trial 54's
924)."""
_NAMES = "(?:" + "|".join(ITEM_NAMES.values()) + ")"
_ITEM = re.compile(
    _NAMES + r"\s*(?:共\s*计\s*|合\s*计\s*)?"  # 公务接待费共计9.95万元 (thirteenth trial)
    r"(?P<spent>支\s*出\s*)?(?P<said>决\s*算\s*|预\s*算\s*)?(?:数\s*)?"
    r"(?:为|是|[：:])?\s*$"
)
_TOTAL = re.compile(
    r"(?:三\s*公\s*[”\"']?\s*经\s*费|" + _NAMES + r")[^。\n；;]{0,24}?"
    r"\d[\d,]*(?:\.\d+)?\s*(?:万\s*元|元|亿\s*元)"
)
_COUNTED = re.compile(
    r"\d+(?:\.\d+)?\s*(?:辆|台|个|人次|人|次|批次|批|名|家|项|套|件)\s*[。，,；;]?\s*$"
)
_FIGURE = r"\d[\d,]*(?:\.\d+)?\s*(?:万\s*元|元|亿\s*元)"
_COMPARED_CHANGE = re.compile(
    rf"(?:较|比|与)[^，,。；;\d]{{0,12}}?{_FIGURE}\s*(?:增加|减少|增长|下降)了?\s*{_FIGURE}$"
)
"""A change said right after the figure compared with: 较预算数898万元增加114万元."""
KINDS = ("SPENDING", "BUDGET")
REACH = 40  # characters before the amount in which the item's name stands
PARAGRAPH = 600  # characters back in which the total is looked for


def three_public_item_kind(
    text: str,
    start: int,
    kind: str | None,
    kinds: list[tuple[int, str | None]],
    kind_of: Callable[[str], str | None] | None = None,
) -> str | None:
    """The kind of the 三公 total the amount at ``start`` is an item of; else ``kind``."""
    line = paragraph_start(text, start)  # 具体情况如下:\n1、…\n2、…: one paragraph
    line = run_on_start(text, line, start, ITEM_NAMES)  # a list run on past a break (runonitems)
    begin = max(line, start - PARAGRAPH)
    blank = PINYIN.sub(lambda m: " " * len(m.group()), text[begin:start])
    item = _ITEM.search(blank[-REACH:])
    if item is None or not _open(blank, item, kind, kinds, begin, kind_of):
        return kind
    read = comparand_free_kinds(text, kinds, begin, start)
    if len(read) > 1:
        return kind  # 预算X万元,实际支出Y万元: which of the two an item is, not said
    of = dict(kinds)
    totals = [begin + m.end() for m in _TOTAL.finditer(blank)]
    stated = [(end, of.get(end)) for end in totals if of.get(end) in KINDS]
    if not stated:  # no total in its paragraph: its section's heading (threepublic.section)
        return (
            title_kind(
                text,
                section_kind(text, start, kind, kinds),
                comparand_free_kinds(text, kinds, -1, start),
            )
            if kind != "CHANGE"
            else kind
        )  # its section's heading, else the note's title (threepublic.title)
    if len(read) != 1:
        return kind
    first = stated[0][0]
    for among in re.finditer("其中", text[first:start]):
        if _COUNTED.search(text, first, first + among.start()):
            return kind  # 共购置车辆10辆。其中:…: the parts of a count, not of the total
    if kind == "SPENDING" and stated[-1][1] != "BUDGET":
        return kind
    return stated[-1][1]


def _open(
    blank: str,
    item: re.Match,
    kind: str | None,
    kinds: list[tuple[int, str | None]],
    begin: int,
    kind_of: Callable[[str], str | None] | None,
) -> bool:
    """Whether the item's own words leave its kind open (twelfth trial): none read; or
    SPENDING only by the 费/经费/费用 of the item's name or a 支出 right after it (因公出国
    (境)费支出0万元, never a 决算); or CHANGE though its own words, since the amount before
    it, name no change and the amount before it is the change of a figure compared with
    (…较预算数898万元增加114万元,增长13%(其中:公务用车购置费209万元: that 增加 is not the
    item's; 收入增加5万元。其中:… is another statement, and the item stays as read)."""
    if kind is None:
        return True
    if kind_of is None or kind not in ("SPENDING", "CHANGE"):
        return False
    since = max((end - begin for end, _ in kinds if begin < end), default=0)
    own = blank[since:]
    if kind == "CHANGE":  # the amount before: the change of a figure compared with
        return kind_of(own) != "CHANGE" and bool(_COMPARED_CHANGE.search(blank, 0, since))
    said = item["said"] or ""
    rest = own[: len(own) - len(item.group())]
    return "决" not in said and kind_of(rest) is None
