"""A cleaned view of a report's text that still knows where each character came from.

Rules match on the cleaned text: page furniture (form feeds, "- 2 -", "第 3 页 共 5 页")
removed, hard-wrapped lines joined, full-width digits read as ASCII. Every cleaned
character keeps its offset in the stored text, so a match maps back to a span whose
quote is verbatim, furniture and all.
"""

from __future__ import annotations

import re
from array import array
from collections.abc import Sequence
from dataclasses import dataclass

from govkg.ingest.text.numbers import to_ascii_digits
from govkg.ingest.text.spunwords import unspun

__all__ = ["TextView", "clean_view"]

# A page number on a line of its own: "- 2 -", "— 3 —", "第 3 页 共 5 页", "3/5".
_PAGE_MARK = re.compile(
    r"[ \t\u3000]*(?:[-—–－]\s*\d+\s*[-—–－]|第\s*\d+\s*页(?:\s*[,，/]?\s*共\s*\d+\s*页)?"
    r"|\d+\s*/\s*\d+)[ \t\u3000]*"
)
# Next to a page break, a bare number is a page number too.
_FURNITURE = re.compile(r"[ \t\u3000]*\d{1,3}[ \t\u3000]*")
# A line that starts like a heading or list item keeps the line break before it.
_HEADING = re.compile(
    r"[ \t\u3000]*(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[）)]"
    r"|\d+[、.．](?!\d)|第[一二三四五六七八九十]+[章节部分])"
)
# A row of a table as a PDF's text layer gives it: a label, then figures.
_TABLE_ROW = re.compile(r"[^ \u3000\t]+(?:[ \u3000\t]+[0-9０-９.,．%％]+){2,}[ \u3000]*")
_DATE_ALONE = re.compile(
    r"[ \u3000]*[（(]?20\d\d\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日[）)]?[ \u3000]*"
)
_ENDS_SENTENCE = "。！？；：!?;:"


@dataclass(frozen=True)
class TextView:
    """``text`` is the cleaned text; ``origin[i]`` is where ``text[i]`` stands in ``source``."""

    source: str
    text: str
    origin: Sequence[int]  # an array: 4 bytes a character, where a tuple of ints took 36

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Cleaned [start, end) -> the stored text's [start, end)."""
        return self.origin[start], self.origin[end - 1] + 1

    def quote(self, start: int, end: int) -> tuple[str, int, int]:
        """The stored text's quote for a cleaned span, with its offsets."""
        first, last = self.span(start, end)
        return self.source[first:last], first, last


def clean_view(source: str) -> TextView:
    """Drop page furniture; join lines a page break or a hard wrap cut mid-sentence."""
    lines = _physical_lines(source)
    width = _wrap_width([text for text, _at, _page in lines])
    pieces: list[str] = []  # whole lines and line breaks, never one string per character
    origin = array("i")
    previous = ""
    for text, at, after_page_break in lines:
        stripped = text.rstrip(" \t\u3000")
        if pieces:
            wrapped = after_page_break or (width and len(previous) >= width * 0.6)
            joins = (
                wrapped
                and stripped.strip()
                and previous.strip()
                and previous[-1] not in _ENDS_SENTENCE
                and not _HEADING.match(stripped)
                and not (_TABLE_ROW.fullmatch(previous) or _TABLE_ROW.fullmatch(stripped))
                and not _DATE_ALONE.fullmatch(stripped)
                and not previous.endswith("报告")  # a title line
            )
            if not joins:
                pieces.append("\n")
                origin.append(at - 1)
        pieces.append(stripped)
        origin.extend(range(at, at + len(stripped)))
        previous = stripped
    text, origin = _close_up_figures("".join(pieces), origin)
    text, origin = unspun(text, origin)  # 一样平常公共预算: a spinner's 一般 (spunwords)
    return TextView(source=source, text=to_ascii_digits(text), origin=origin)


_POINT_SPACE = re.compile(r"(?<=[.．]) ")
_SPACE_POINT = re.compile(r"(?<=\d) (?=[.．]\d)")
_POINTED = re.compile(r"(?<![\d.．])\d+[.．]\d+$")
"""A figure with its decimal point already, right before a point: that point is no decimal
point but a stop after the cell (trial 62's 1260, 17.92 7.50. 25.36), so the blank after it
stays: 7.50.25.36 would glue two cells."""
_SPACED_DIGITS = re.compile(
    r"(?<=[\u4e00-\u9fff])\d{1,4}(?P<gap> )\d{1,4}(?: ?[.．]\d+)?(?=\s*(?:[万萬亿億]|元))"
)


def _close_up_figures(text: str, origin: array) -> tuple[str, array]:
    """A PDF's "231. 00万元" reads as 231.00: a space after a decimal point goes. So does a
    space before it (trial 57's 1077, a spam mirror of a 南都 item that writes blanks into its
    figures: 鰲頭鎮的三公經費最高為170 .58萬元, 增加54 .06萬元, 增加幅度為416 .54%), and a
    space between two runs of digits that a word opens and a unit word ends, in prose (比上年增
    多了10 6 .51萬: 106.51萬; 132.08 - 106.51 = 25.57, the 416.54% its headline states): no
    sentence writes two numbers a blank apart with no word between. A table's cells stand a
    blank apart after a label's blank (住房保障支出 1,641.40), or without a unit word after them
    (其他收入 8 38 897,563.90): never joined."""
    gone = [
        at
        for at in (match.start() for match in _POINT_SPACE.finditer(text))
        if 1 < at < len(text) - 1 and text[at - 2].isdigit() and text[at + 1].isdigit()
    ]
    gone = [at for at in gone if not _POINTED.search(text, max(0, at - 12), at - 1)]  # a stop
    gone += [match.start() for match in _SPACE_POINT.finditer(text)]
    gone += [match.start("gap") for match in _SPACED_DIGITS.finditer(text)]
    gone = sorted(set(gone))
    if not gone:
        return text, origin
    kept_text: list[str] = []
    kept_origin = array(origin.typecode)
    start = 0
    for at in gone:
        kept_text.append(text[start:at])
        kept_origin.extend(origin[start:at])
        start = at + 1
    kept_text.append(text[start:])
    kept_origin.extend(origin[start:])
    return "".join(kept_text), kept_origin


def _physical_lines(source: str) -> list[tuple[str, int, bool]]:
    """(text, offset, follows a page break) for each line that is not page furniture."""
    raw: list[tuple[str, int, bool]] = []
    offset = 0
    for line in source.split("\n"):
        for index, piece in enumerate(line.split("\f")):
            raw.append((piece, offset, index > 0))
            offset += len(piece) + 1
    breaks = [index for index, (_text, _at, page) in enumerate(raw) if page]
    near_break = {i for b in breaks for i in range(b - 3, b + 4)}
    kept = []
    page_break = False
    for index, (text, at, page) in enumerate(raw):
        page_break = page_break or page
        furniture = _PAGE_MARK.fullmatch(text) or (
            index in near_break and (not text.strip() or _FURNITURE.fullmatch(text))
        )
        if furniture:
            page_break = page_break or bool(_PAGE_MARK.fullmatch(text))
            continue
        kept.append((text, at, page_break))
        page_break = False
    return kept


WRAPPED_LINES = 3  # a hard wrap cuts several lines at about its width


def _wrap_width(lines: list[str]) -> int:
    """The width a hard-wrapped text is wrapped at; 0 when lines are whole paragraphs.

    Text from a PDF or a fixed-width file wraps at a few dozen characters, so most long
    lines are about that wide; a text of paragraphs has lines of hundreds.
    """
    lengths = sorted(len(line.rstrip()) for line in lines if line.strip())
    if len(lengths) < 8:
        return 0
    typical = lengths[int(len(lengths) * 0.9)]
    if sum(1 for length in lengths if length >= typical * 0.8) < WRAPPED_LINES:
        return 0  # one long line among cells (a caption over a table one cell a line): no wrap
    return typical if typical <= 160 else 0


_READING = re.compile(r"[(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,6}[)）]")
"""A reading a mirror site printed after a character: 結(jié)余, 萬(wàn)元."""


def without_readings(view: TextView) -> TextView:
    """The view with a mirror's readings taken out (結(jié)余 reads 結余); every character
    left keeps its place in the stored text, so quotes stay verbatim, readings and all.

    >>> without_readings(clean_view("結(jié)余5萬(wàn)元")).text
    '結余5萬元'
    """
    found = list(_READING.finditer(view.text))
    if not found:
        return view
    pieces, origin, at = [], array("i"), 0
    for match in found:
        pieces.append(view.text[at : match.start()])
        origin.extend(view.origin[at : match.start()])
        at = match.end()
    pieces.append(view.text[at:])
    origin.extend(view.origin[at:])
    return TextView(source=view.source, text="".join(pieces), origin=origin)
