"""An amount right after a class of the functional classification of spending takes its
section's kind (twenty-ninth trial).

A government's 决算 note lists its spending by class, each line the class's code and name,
its figure, then the change on the year before:

    一、某区支出决算说明
    …(一)201-一般公共服务支出23653万元,较2021年决算数增加2954万元,其中:
    1、20103-政府办公厅(室)及相关机构事务9185万元,较2021年决算数增加2686万元。

The lines whose class name ends in 支出 are read by that word; a 款 name (…事务) says no kind,
so ``money`` left its figure unread. But a code of three, five or seven digits opening with 2
(201, 20103, 2010301) is a class of the 支出功能分类科目: of spending by definition (revenue's
classes open with 1), and the figure right after the code and its name is that class's
amount. Of which kind the section's heading says: a heading (一、…) naming 支出 and 决算 makes
it money spent (SPENDING); one naming 支出 and 预算, never 决算, money budgeted (BUDGET).
Only for an amount no word names, right after the code and name (a colon or 为 between at
most); no heading, or one naming neither, or a code of another length or first digit: the
amount stays unread.

A line may also name a 款 alone, numbered, with no code (1.人大事務1087萬元: ``_AFFAIRS``).

A note may mark the level instead of the code (…包括文物(款)400.00万元,文化和旅游(款)50.00万元):
a name ending on (类), (款) or (项) is a class of the same classification, but revenue is
listed by such classes too (a 决算's 财政拨款收入 by 类: ``revenueclasses``), so the marked
name is read only under a heading naming 支出 (收入 alone: a section of revenue, left to
its own rules).
"""

from __future__ import annotations

import re

from govkg.ingest.text.amounts import PINYIN
from govkg.ingest.text.headingabove import heading_above

__all__ = ["function_class_kind"]

_CLASS = re.compile(
    r"(?:^|[\s、.．:：)）])(?<!\d)2\d{2}(?:\d{2}){0,2}(?!\d)\s*[-－—–]?\s*"
    r"[\u4e00-\u9fff][\u4e00-\u9fff()（）、]{1,30}?\s*(?:为|是|[:：])?\s*$"
)
_MARKED = re.compile(
    r"[\u4e00-\u9fff][\u4e00-\u9fff、]{0,30}?[(（][类款项][)）]\s*(?:为|是|[:：])?\s*$"
)
"""A class named with its level marked (文物(款)), right before the amount."""
_AFFAIRS = re.compile(
    r"(?:^|\n)[ \t\u3000]*\d{1,2}\s*[.．、]\s*[\u4e00-\u9fff][\u4e00-\u9fff()（）、]{0,30}?事务"
    r"\s*(?:为|是|[:：])?\s*$"
)
"""A numbered line opening on a 款 of the classification by its name alone, no code (1.人大事務
1087萬元, 3.政府辦公廳(室)及相關機構事務18524萬元: trial 60's 1182, a district's 决算 notes on
the Fujian template): a name ending on 事务 is a 款 of spending (revenue's classes have no
事务), read by its section's heading as a coded class is."""
_HEADING = re.compile(r"(?m)^[ \t\u3000]*[一二三四五六七八九十]+[、.．](?P<words>[^\n]*)$")
REACH = 6000  # characters before the amount in which its section's heading is looked for


def function_class_kind(text: str, start: int, own: str, kind: str | None) -> str | None:
    """SPENDING or BUDGET for an unnamed amount right after a 支出功能分类 class's code and
    name, by its section's heading (see above); else ``kind``."""
    words_before = PINYIN.sub("", own)
    named = _CLASS.search(words_before) or _MARKED.search(words_before)
    if kind is not None or not (named or _AFFAIRS.search(words_before)):
        return kind
    heading = heading_above(_HEADING, text, start, REACH)
    if heading is None:
        return kind
    words = PINYIN.sub("", heading["words"])
    if "支出" not in words:
        return kind
    if "决算" in words:
        return "SPENDING"
    if "预算" in words:
        return "BUDGET"
    return kind
