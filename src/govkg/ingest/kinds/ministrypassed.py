"""A finance ministry's or department's 下拨 to a place, with the ministry it acts with, is a
budget handed down.

``allocated`` reads a finance level's 下拨 to a place as the 下达 it is (中央财政下拨黑龙江省…
补助资金: forty-seventh trial), its giver named by a level (中央, 省, 市…) before 财政. A
transfer's report names the giver as the ministry, often with the ministry it acts with
(全年财政部会同应急管理部共下拨四川省中央自然灾害救灾资金15.4235亿元: forty-ninth trial's
766, where the next section says the same sum 下达我省); 省财政厅会同省应急厅下拨各市… is the
same act. What is handed down and allotted to the place is a budget, not money received.

Only a 下拨 whose subject is 财政部 or a 财政厅 / 财政局 (with 会同 another body, or 共 /
累计 before the verb), whose recipient is a place (…省, …市, …县, 我…, 各…, 全…), and whose
words after the verb name no kind of their own (…资金已支出 stays spent), the figure not said
after it to have arrived (…5亿元,已全部到位 stays revenue); a 财政部门 (the finance
departments) is no subject here, and a 下拨 to a firm (财政局下拨建设公司…) stays as read.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from govkg.ingest.kinds.saidafter import RECEIVED_AFTER

__all__ = ["ministry_passed_kind"]

_PASSED = re.compile(
    r"财政(?:部|厅|局)(?!门)(?:会同[^，,。；;：:\n]{1,16}?)?\s*(?:共计?|累计|合计)?\s*下拨"
    r"(?=\s*(?:[\u4e00-\u9fff]{1,8}?(?:省|自治区|市|州|县|区|旗)|我|各|全))"
)


def ministry_passed_kind(
    text: str, end: int, own: str, kind: str | None, kind_of: Callable[[str], str | None]
) -> str | None:
    """BUDGET for an amount a finance ministry's or department's 下拨 to a place governs in
    its own words (see above); else ``kind``."""
    if kind != "REVENUE" or RECEIVED_AFTER.match(text, end):
        return kind  # …下拨…资金5亿元,已全部到位: said to have arrived
    found = None
    for found in _PASSED.finditer(own):  # noqa: B007 (the last one is kept)
        pass
    if found is None:
        return kind
    rest = own[found.end() :].replace("补助", "")  # 补助资金: what the fund is, as in ``allocated``
    return "BUDGET" if kind_of(rest) in (None, "BUDGET") else kind
