"""The money a count of evaluations covers is the money evaluated: OTHER, not spent.

A finance bureau's notice of its evaluations counts them and gives the funds they covered
(trial 52's 860, 衢州's 2022年重点项目绩效评价 results): "2022年共对9个重点项目进行了评价,其中
项目支出评价4个、政策评价3个、部门整体评价2个,涉及部门单位7个,资金17815.56万元". The amount
is the size of what was evaluated, neither a budget nor a spending; the 支出 of 项目支出评价 (a
kind of evaluation) made it spent. Read OTHER where, in one sentence (up to 。！？；; or a
line's end):

- a count of evaluations stands before it: 对N个…(项目|政策|单位|部门|资金)…进行了…评价,
  评价(了)N个…, or N个…评价 / 重点评价; or one evaluation, of a project or policy it names:
  对…项目开展(了)…评价 (trial 60's 1171: …开展重点绩效评价,涉及资金6.5亿元);
- then 涉及 / 覆盖 / 涵盖, and the amount's own bare sum (资金, 金额, 资金总额, 资金量; 涉及部门
  单位7个, 资金… with a count of units between);
- no word of an act between the 涉及 and the amount (预算, 支出, 实际, 执行, 到位, 下达, 拨付,
  决算): 评价项目3个,涉及预算资金120万元 is the budget said.

Only a spending, a revenue or an amount no word named is read so; any other kind is kept
(``goalsum`` reads a budget note's 绩效目标…涉及金额 as its budget first).
"""

from __future__ import annotations

import re

from govkg.ingest.text.lastmatch import last

__all__ = ["evaluated_count_kind"]

_COUNT = re.compile(
    r"对\s*\d+\s*个[^。！？；;\n]{0,16}?(?:项目|政策|单位|部门|资金)[^。！？；;\n]{0,12}?评价"
    r"|评价了?\s*\d+\s*个|\d+\s*个[^。！？；;\n，,]{0,12}?评价"
    r"|对[^。！？；;\n，,]{0,30}?(?:项目|政策)\s*(?:开展|进行)了?[^。！？；;\n，,]{0,6}?评价"
    r"|\d+\s*个[^。！？；;\n，,]{0,60}?(?:项目|政策|单位|部门)[)）]?\s*(?:开展|进行)了?"
    r"[^。！？；;\n，,]{0,16}?评价"
)
"""A count of evaluations: 对9个重点项目进行了评价, 评价了5个项目, 重点评价项目3个 (N个…评价); or
one evaluation of a project named (trial 60's 1171, a finance bureau's notice: 对2019-2021年道路
保洁项目开展重点绩效评价,涉及资金6.5亿元): the money it covers, the same. The projects or units
counted may be chosen with their qualities before the evaluation is named (选择…14个重点项目或…
社会关注度高的项目开展重点绩效评价; 选取2个单位开展部门(单位)整体支出绩效评价: trial 64's 1336,
a development zone's notice of its evaluation results)."""
_COVERED = re.compile(
    r"(?:涉及|覆盖|涵盖)(?P<between>[^。！？；;\n]{0,16}?)(?:资金|金额)(?:总额|总量|量|规模)?"
    r"\s*(?:共计|合计|共|为|约)?\s*$"
)
"""涉及(部门单位7个,)资金 right before the amount."""
_ACT = re.compile(r"预算|支出|实际|执行|到位|下达|拨付|决算|结余|结转")
_SENTENCE_END = re.compile(r"[。！？!?\n；;]")
REACH = 200  # characters looked back for the count


def evaluated_count_kind(text: str, start: int, kind: str | None) -> str | None:
    """OTHER for the funds a count of evaluations covered (see above); else ``kind``."""
    if kind not in ("SPENDING", "REVENUE", None):
        return kind
    low = max(0, start - REACH)
    sentence = last(_SENTENCE_END, text, low, start)
    lead = text[sentence.end() if sentence else low : start]
    covered = _COVERED.search(lead)
    if covered is None or _ACT.search(covered.group()):
        return kind
    if not _COUNT.search(lead, 0, covered.start()):
        return kind
    return "OTHER"
