"""Traditional characters read as simplified, one character for one, so offsets still hold.

Reports reach us through mirror sites that convert pages to traditional characters
(部門決算, 萬元). The rules match simplified words; OpenCC (the maintained converter) maps
each character, and a character it would turn into more or fewer than one stays as it is,
so a match in the converted text is a match at the same offsets of the original.
"""

from __future__ import annotations

from functools import lru_cache

import opencc

__all__ = ["simplified"]

_CONVERTER = opencc.OpenCC("t2s")


@lru_cache(maxsize=8192)
def _character(char: str) -> str:
    converted = _CONVERTER.convert(char)
    return converted if len(converted) == 1 else char


def simplified(text: str) -> str:
    """``text`` with each traditional character replaced by its simplified form.

    >>> simplified("部門決算公開說明：收入合計581.45萬元")
    '部门决算公开说明：收入合计581.45万元'
    """
    if text.isascii():
        return text
    return "".join(_character(char) if char >= "\u3400" else char for char in text)
