"""Traditional characters read as simplified, one character for one, so offsets still hold.

Reports reach us through mirror sites that convert pages to traditional characters
(部門決算, 萬元). The rules match simplified words; OpenCC (the maintained converter) maps
each character, and a character it would turn into more or fewer than one stays as it is,
so a match in the converted text is a match at the same offsets of the original.

A few traditional characters are also simplified ones in other words (覆 of 覆盖, 瞭 of 明瞭),
so OpenCC maps them alone to themselves and only its phrase dictionary reads 批覆 as 批复: the
words of the reports that hold them (``PHRASES``) are converted as phrases, by OpenCC, where
the phrase keeps its length. Found by reading every corpus text converted to traditional
characters: 批覆 (an approval) left 16 amounts of three texts without their kind.
"""

from __future__ import annotations

import re
from functools import lru_cache

import opencc

__all__ = ["simplified"]

_CONVERTER = opencc.OpenCC("t2s")
PHRASES = ("批覆", "答覆", "回覆", "瞭解", "明瞭")
"""Words whose traditional character is also a simplified one (覆, 瞭): read as phrases."""
_PHRASE = {
    word: converted
    for word in PHRASES
    if len(converted := _CONVERTER.convert(word)) == len(word) and converted != word
}
_PHRASE_PATTERN = re.compile("|".join(map(re.escape, _PHRASE)))
_MARKS = frozenset(
    c for word, new in _PHRASE.items() for c, n in zip(word, new, strict=True) if c != n
)
"""The characters (覆, 瞭) that call for the phrases: a text with none skips them."""


@lru_cache(maxsize=8192)
def _character(char: str) -> str:
    converted = _CONVERTER.convert(char)
    return converted if len(converted) == 1 else char


def simplified(text: str) -> str:
    """``text`` with each traditional character replaced by its simplified form.

    >>> simplified("部門決算公開說明：收入合計581.45萬元")
    '部门决算公开说明：收入合计581.45万元'
    >>> simplified("財政批覆資金179.7萬元，覆蓋全縣")
    '财政批复资金179.7万元，覆盖全县'
    """
    if text.isascii():
        return text
    plain = "".join(_character(char) if char >= "\u3400" else char for char in text)
    if any(mark in plain for mark in _MARKS):
        plain = _PHRASE_PATTERN.sub(lambda match: _PHRASE[match.group()], plain)
    return plain
