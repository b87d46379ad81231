"""Rule ``indicator``: a figure with its measure word and qualifier, named by its clause.

"汇集2100万余条数据" -> 21000000 条 (余); "约49万条"; "2万次以上"; "99.8%"; "20万元/年".
Not indicators: dates and years, ordinals (第2次, 十二届), list numbers (1、), shares of a
spending line (占…的82%), expenditure amounts, head counts (the staffing rule has them),
and figures inside a name (IPv6, 《2022-2023…》), and a run of a flattened form's cells glued
into one figure too long for a record (年度資金總額3555035550355501082.12%8.5: trial 55's 984).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal

from govkg.ingest.facts import Measured, cite
from govkg.ingest.text.bounded import REACH, Marks, strip_tail
from govkg.ingest.text.numbers import (
    MAGNITUDE,
    NUMBER,
    chinese_number,
    fits_record,
    number_value,
)
from govkg.ingest.text.textview import TextView

__all__ = ["find_indicators", "find_ratings"]

_RATING = re.compile(
    r"(?P<what>[^，,。；;\n]{0,20}?(?:自评|评价|考核|自查自评))(?:结果|等级|等次)?(?:为|是|评定为)"
    r"(?P<value>优秀|良好|合格|较好|中等|基本合格|不合格|差)"
)


def find_ratings(view: TextView) -> Iterator[Measured]:
    """Rule ``self-rating``: "自评结果为优秀" -> a textual indicator, the grade as written."""
    for match in _RATING.finditer(view.text):
        yield Measured(
            rule="self-rating",
            cites=(cite(view, match.start(), match.end()),),
            name=match["what"].strip() + "结果",
            value=match["value"],
            unit="",
            as_written=match["value"],
        )


# Longest first, so 人次 wins over 人 and 平方米 over 米.
_MEASURES = sorted(
    [
        "人次",
        "个工作日",
        "工作日",
        "平方米",
        "平方公里",
        "公里",
        "千米",
        "万元/年",
        "元/年",
        "小时",
        "个",
        "条",
        "次",
        "人",
        "部",
        "台",
        "套",
        "项",
        "家",
        "件",
        "类",
        "起",
        "名",
        "份",
        "里",
        "T",
        "TB",
        "G",
        "GB",
        "PB",
        "核",
        "路",
        "户",
        "篇",
        "场",
        "期",
        "批",
        "块",
        "张",
        "本",
        "处",
        "座",
        "所",
        "栋",
        "辆",
        "吨",
        "亩",
        "米",
        "天",
        "周",
        "分钟",
        "秒",
        "%",
        "倍",
        "级",
        "大",
    ],
    key=len,
    reverse=True,
)
_MEASURE = "|".join(re.escape(m) for m in _MEASURES)
_CN = "一二两三四五六七八九十百千"
# Chinese numerals are tried from the first of a run only (see spending.AMOUNT).
FIGURE = re.compile(
    rf"(?P<pre>约|近|超过|逾)?(?P<fig>{NUMBER}|(?<![{_CN}])[{_CN}]+)(?P<mag>万|亿)?"
    rf"(?P<mid>余|多)?(?P<mw>{_MEASURE})(?P<post>以上|余|多)?"
)
_CN_MEASURES = {"大", "级", "个", "项", "名", "家", "类"}
_CN_BEFORE = "等了成为是有建设造"  # …等十大应用场景, 完成三级等保测评
_SENTENCE_RE = re.compile(r"[。；;！？!?\n]")
_CLAUSE_MARKS = "，,。；;：:！？\n\t（）()、"
_CLAUSE_RE = re.compile("[" + re.escape(_CLAUSE_MARKS) + "]")
_CHANGE = re.compile(r"(?:同比|比上年|较上年)?(?:增加|减少|下降|增长|提高|降低|上升)了?")
_ENUMERATOR = re.compile(r"^(?:[一二三四五六七八九十]+是|其中|目前|共计|共|已|累计|全年|同时|并)+")
_VERB_TAIL = ("达到", "达", "为", "是", "共", "约", "近", "超过", "有", "计")


def find_indicators(view: TextView, taken: list[tuple[int, int]]) -> Iterator[Measured]:
    """Indicators not inside ``taken`` cleaned spans (amounts, shares, staffing, names)."""
    text = view.text
    marks = _Around(text)
    owned = bytearray(len(text) + 1)  # 1 where another rule owns the character
    for a, b in taken:
        owned[a:b] = b"\x01" * (max(a, b) - a)
    for match in FIGURE.finditer(text):
        start, end = match.span()
        if owned[start] or owned[end - 1]:
            continue
        if not _plausible(text, match):
            continue
        try:
            value = _value(match)
        except ValueError:
            continue
        if not fits_record(value):  # a form's cells glued into one run (numbers.fits_record)
            continue
        qualifier = match["pre"] or match["mid"] or match["post"]
        unit = match["mw"]
        if unit == "万元/年":
            value, unit = value * 10_000, "元/年"
        if unit == "大" or (unit == "级" and not match["fig"].isdigit()):
            unit = "个" if unit == "大" else unit
        name = _name(text, start, end, marks)
        if not name:
            continue
        clause_start, clause_end = marks.clause(start, end)
        cites = [cite(view, clause_start, clause_end)]
        sentence = marks.sentence(start, end)
        if sentence != (clause_start, clause_end):
            cites.append(cite(view, *sentence))  # the clause states it; the sentence says of what
        yield Measured(
            rule="indicator",
            cites=tuple(cites),
            name=name,
            value=value,
            unit=unit,
            as_written=view.source[slice(*view.span(start, end))],
            approximate=qualifier,
        )


def _plausible(text: str, match: re.Match) -> bool:
    start, end = match.span()
    before = text[max(0, start - 1) : start]
    after = text[end : end + 1]
    figure = match["fig"]
    if before == "第" or (after in "届年月日号期" and after):
        return False
    if text.startswith("指标", end):
        return False  # 一级指标, 三级指标: the heads of a 绩效自评表
    if before and before in "≥≤><＞＜":
        return False  # ≥10个: a target in a 绩效自评表, not what was achieved
    if before and (before.isdigit() or before in "-—－./~～"):
        return False  # part of a range or a longer figure: 2022-2023
    if not figure[0].isdigit():
        if match["mw"] not in _CN_MEASURES or _inside_quotes(text, start):
            return False
        if before and not (before in _CN_BEFORE or not "\u4e00" <= before <= "\u9fff"):
            return False  # 党的二十大, 中央八项规定, 公益一类: names, not counts
    return True  # shares of a spending line lie inside the line's span: ``taken``


def _inside_quotes(text: str, at: int) -> bool:
    opened = text.rfind("“", max(0, at - 12), at)
    return opened >= 0 and text.rfind("”", opened, at) < 0


def _value(match: re.Match) -> Decimal:
    figure = match["fig"]
    value = number_value(figure) if figure[0].isdigit() else chinese_number(figure)
    return value * MAGNITUDE[match["mag"] or ""]


class _Around:
    """The clause and the sentence around a figure, found from marks indexed once."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.clauses = Marks(text, _CLAUSE_RE)
        self.sentences = Marks(text, _SENTENCE_RE)

    def clause(self, start: int, end: int) -> tuple[int, int]:
        return self.clauses.around(start, end)

    def sentence(self, start: int, end: int) -> tuple[int, int]:
        """The sentence around [start, end), with its closing mark (not a line break)."""
        left, right = self.sentences.around(start, end)
        text = self.text
        return left, right + 1 if right < len(text) and text[right] != "\n" else right


def _name(text: str, start: int, end: int, marks: _Around) -> str:
    """What the figure measures: the clause before it, else the words after it."""
    left, right = marks.clause(start, end)
    before = strip_tail(_ENUMERATOR.sub("", text[left:start].strip()), _VERB_TAIL)
    if len(before) >= 2 and not _CHANGE.fullmatch(before):
        return before
    if _CHANGE.fullmatch(before):  # 同比增加31.39%: of what, the clause before says
        previous = re.split(r"[，,。；;：:\n]", text[max(0, left - 30) : max(0, left - 1)])[-1]
        return f"{previous}（{before}）" if previous else before
    after = text[end:right].strip()
    after = re.sub(r"^(?:的|之)", "", after)
    if after:
        return before + "…" + after
    line_start = text.rfind("\n", max(0, left - REACH), left) + 1
    if "\t" in text[line_start:start]:  # a table row: the last cell that is not a figure
        cells = [c.strip() for c in text[line_start:start].split("\t")]
        return next((c for c in reversed(cells) if c and not re.search(r"\d", c)), "")
    previous = text[max(0, left - 16) : max(0, left - 1)]
    previous = re.split(r"[，,。；;：:\n]", previous)[-1]
    return f"{previous}（{before}）" if len(previous) >= 2 and before else previous
