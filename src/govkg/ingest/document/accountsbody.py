"""Rule ``accounts-body-unit``: a 决算 book's unit named by its explanation's own sentences.

A 部门决算 whose title the page lost (sixteenth trial: it opens on 第一部分 概况, or mid-way
through its list of duties) still names its unit where two of its sections begin:

- the duties' first sentence, right under the heading 部门主要职责 (主要职能, 职能职责):
  "一、部门主要职责 / 样例县某某服务中心贯彻落实…" — the duties listed are the reporter's;
- the profile's first sentence, right under the heading 单位基本情况 (部门概况), telling the
  unit's history: "一、单位基本情况 / 样例市某某馆建于1966年,…" (forty-second trial's 629) —
  the unit profiled is the reporter;
- the totals' sentence: "样例市某某联合会部门2022年度收入、支出决算总计665.96万元" — the
  department whose totals the book states (its 部门 may follow the name, 本级 too).

Read only where nothing else names the unit (``accountsheading.unit_in_body``), only a
placed name (it starts with its place: 样例县…) ending on an organisation word, and only at
a line's start: a name inside a sentence (根据样例市财政局要求…), a subordinate listed
(本部门下属单位包括:…) or a name after 我/本 is not the reporter.
"""

from __future__ import annotations

import re

from govkg.ingest.document.titleunit import UNIT_END
from govkg.ingest.text.simplified import simplified

__all__ = ["accounts_body_unit"]

_PLACED = (
    r"(?P<unit>(?:中共)?[\u4e00-\u9fff]{1,8}?(?:自治区|自治州|自治县|省|市|县|区|州|盟|旗)"
    rf"[\u4e00-\u9fff（）()]{{2,40}}?{UNIT_END})"
)
_DUTIES = re.compile(
    r"^[ \t\u3000]*(?:[一二三四五六七八九十]+\s*[、.．]|[（(][一二三四五六七八九十]+[）)])?"
    r"[ \t\u3000]*(?:部门|单位)?(?:主要职责|主要职能|职能职责|基本职能)[ \t\u3000]*\n"
    rf"[ \t\u3000]*{_PLACED}[ \t\u3000]*(?=贯彻|负责|承担|履行|主要|的主要|是|为|职责|职能)",
    re.M,
)
"""一、部门主要职责 / 样例县某某中心贯彻落实…: the first sentence under the duties' heading."""
_PROFILED = (
    r"(?P<unit>(?:中共)?[\u4e00-\u9fff]{1,8}?(?:自治区|自治州|自治县|省|市|县|区|州|盟|旗)"
    rf"[\u4e00-\u9fff（）()]{{2,40}}?(?:{UNIT_END}|馆|处|园|校))"
)
"""A placed name ending on an organisation word, a 馆 (殡仪馆, 博物馆) or a 处 too."""
_PROFILE = re.compile(
    r"^[ \t\u3000]*(?:[一二三四五六七八九十]+\s*[、.．]|[（(][一二三四五六七八九十]+[）)])?"
    r"[ \t\u3000]*(?:部门|单位)(?:基本情况|概况)[ \t\u3000]*\n"
    rf"[ \t\u3000]*{_PROFILED}[ \t\u3000]*(?=(?:始建|建|成立|组建|设立)于|始建|成立于|组建于)",
    re.M,
)
"""一、单位基本情况 / 样例市某某馆建于1966年: the profile's first sentence, the unit's history."""
_TOTALS = re.compile(
    rf"^[ \t\u3000]*{_PLACED}[ \t\u3000]*(?:部门|单位)?[ \t\u3000]*(?:[（(]本级[）)])?"
    r"[ \t\u3000]*20\d\d\s*年度?\s*(?:部门)?(?:汇总)?\s*"
    r"(?:收入\s*[、及和]?\s*支出|收支)\s*决算\s*总计",
    re.M,
)
"""样例市某某联合会部门2022年度收入、支出决算总计…: the totals' sentence opening its line."""


def accounts_body_unit(text: str) -> tuple[str, tuple[int, int]] | None:
    """The unit a 决算 book's duties, profile or totals sentence names (see above), as written, with
    its span in ``text``; None where neither names one."""
    plain = simplified(text)
    for pattern in (_DUTIES, _PROFILE, _TOTALS):
        found = pattern.search(plain)
        if found:
            start, end = found.span("unit")
            return text[start:end], (start, end)
    return None
