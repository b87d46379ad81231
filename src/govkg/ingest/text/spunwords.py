"""A synonym spinner's words read back as the words it replaced (trial 60's 1169).

Spam sites copy news items and run them through a synonym rewriter (伪原创) so that search
engines take the copy for new text: 一般 becomes 一样平常, 减少 becomes 镌汰, 增加 / 增长
becomes 增添, 财政部 becomes 财务部. The figures are left alone, but the words that name their
kind are not (中央一样平常公共预算收入94887.14亿元 is 一般公共预算收入, the fiscal account's
revenue; 比预算数镌汰24.76亿元 is the change), so the rules read them as budgets or not at all.

The rewriter's mark is a word no writer uses: 一样平常 (for 一般) or 镌汰 (for 减少). Only in
a text that holds one of them are the rewriter's words read back, each as the word it stands
for; 增添, a real word elsewhere (增添设备), is read back only there. A text without the mark
is left as it is. Every character kept keeps its place in the stored text, so quotes stay
verbatim, the rewriter's words and all.
"""

from __future__ import annotations

import re
from array import array

__all__ = ["unspun"]

_MARK = re.compile(r"一[样樣]平常|[镌鐫]汰")
_WORDS = {
    "一样平常": "一般",
    "一樣平常": "一般",
    "镌汰": "减少",
    "鐫汰": "減少",
    "增添": "增加",
}
_WORD = re.compile("|".join(map(re.escape, _WORDS)))


def unspun(text: str, origin: array) -> tuple[str, array]:
    """``text`` with a synonym spinner's words read back (see above), and where each character
    stands in the stored text; unchanged where the spinner's mark is missing.

    >>> unspun("中央一样平常公共预算收入9亿元,镌汰1亿元", array("i", range(21)))[0]
    '中央一般公共预算收入9亿元,减少1亿元'
    """
    if not _MARK.search(text):
        return text, origin
    pieces: list[str] = []
    kept = array(origin.typecode)
    at = 0
    for match in _WORD.finditer(text):
        pieces.append(text[at : match.start()])
        kept.extend(origin[at : match.start()])
        word = _WORDS[match.group()]
        pieces.append(word)
        # each character read back stands where the rewriter's word did: its first
        # characters at the word's first, the last at the word's last
        places = origin[match.start() : match.end()]
        kept.extend(places[: len(word) - 1])
        kept.append(places[-1])
        at = match.end()
    pieces.append(text[at:])
    kept.extend(origin[at:])
    return "".join(pieces), kept
