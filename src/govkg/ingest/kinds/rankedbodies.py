"""Another body's figure, ranked among the bodies a news item compares, is no money of the
item's subject: OTHER (trial 55).

A news item on one ministry's 三公 note ranks the departments that have published theirs, each
ranked body named before its figure (969, on 住建部's note):

    据记者统计,在已公布“三公经费”的各部门中,去年接待费最高的是中国科学院,达9995.5万元,其次为
    农业部,达3655.68万元,最低的为国务院发展研究中心,仅为5.84万元。

The figures are 中国科学院's, 农业部's and 国务院发展研究中心's, set beside the subject's for
comparison: another body's money, OTHER, where ``money`` read the first as spent by the
sentence's 接待费. Read so where, in the amount's sentence, its own words are a rank (最高 /
最低 / 最多 / 最少 / 最大 / 最小 的是 / 为, 其次 / 再次 是 / 为) then a body's name (ending on
部, 局, 院, 署, 委, 会, 中心, 办, 厅, 行, 区, 县, 市, 省: a named organ or place, no bare 部门)
and 达 / 为 / 仅为 / 约 (支出 / 开支 before them or not: 最低的为样例区,支出仅为…) or nothing
before the figure, and that body is named nowhere else in the
text: a body the item is about (the subject ranked first among others: 最高的是样例部 in 样例部's
own item) keeps its reading. An amount no word read (其次为农业部,达3655.68万元: no kind
before it) is the ranked body's as well; a rate stays a rate. (Trial 54's 927 set 交通部's
figures beside 水利部's in a sentence of their own, read by ``otherorgan``.)

A roundup's ranking is among its own subjects (trial 57's 1079, a news item on the central
三公 budgets: 在新京报记者统计的70多个中央部门“三公”经费预算中,20多个部门因公出国经费超过1000万元。
其中,出国(境)预算最高的是外交部,达到8693.76万元): where the ranking's paragraph, before it,
counts the bodies the item compiled (统计 / 查询 / 汇总 / 公布 / 公开 (的) N多个…部门), each
ranked body is one of the bodies the item reports on, and its figure keeps its reading (a
budget here). A count of bodies only ranked among (各部门中, 969) is no such compilation.
"""

from __future__ import annotations

import re

from govkg.ingest.text.amounts import PINYIN
from govkg.ingest.text.lastmatch import last

__all__ = ["ranked_body_kind"]

_RANKED = re.compile(
    r"(?:(?:最高|最低|最多|最少|最大|最小)的?(?:是|为|要数|当属)|(?:其次|再次)(?:是|为)?)"
    r"\s*(?P<name>[^，,。；;：:\d\s]{2,24}?(?:部|局|院|署|委|会|中心|办|厅|行|区|县|市|省))"
    r"\s*[，,]?\s*(?:支出|开支|花费|共计|合计)?\s*(?:达到?|为|仅为|只有|仅|约|共|是)?\s*$"
)
_BARE = re.compile(r"^(?:各|本|该|我|其他|其它|有关|相关)?(?:部门|单位|部|局|区|县|市|省)$")
"""A body named by no name of its own: 部门, 各单位, 本局."""
_SENTENCE_END = re.compile(r"[。！？!?；;\n]")
_COMPILED = re.compile(
    r"(?:统计|查询|汇总|公布|公开)(?:了|的|过)?\s*(?:\d+|[一二三四五六七八九十百]+)\s*(?:多|余)?\s*个"
    r"[^。！？!?\n\d]{0,8}?(?:部门|单位|省份|部委|省区市)"
)
"""The bodies a roundup compiled, counted: 统计的70多个中央部门, 查询的15个省份."""
_PARAGRAPH_END = re.compile(r"\n")
COMPILED_REACH = 200  # characters before the ranking in which its paragraph's count is read
REACH = 80  # characters before the amount in which the rank and the name are looked for


def ranked_body_kind(text: str, start: int, kind: str | None) -> str | None:
    """OTHER for another body's figure ranked among the bodies compared (see above); else
    ``kind``."""
    if kind in ("OTHER", "PRICE_OR_RATE"):
        return kind
    low = max(0, start - REACH)
    end = last(_SENTENCE_END, text, low, start)
    before = PINYIN.sub("", text[end.end() if end else low : start])
    ranked = _RANKED.search(before)
    if ranked is None or _BARE.match(ranked["name"]):
        return kind
    if PINYIN.sub("", text).count(ranked["name"]) > 1:
        return kind  # the body is named elsewhere: it may be the item's subject
    low = max(0, start - COMPILED_REACH)
    paragraph = last(_PARAGRAPH_END, text, low, start)
    if _COMPILED.search(PINYIN.sub("", text[paragraph.end() if paragraph else low : start])):
        return kind  # 统计的70多个中央部门…中: ranked among the roundup's own subjects
    return "OTHER"
