"""The last match of a pattern in a stretch of text: the money word, cut or sentence end
nearest an amount (``kinds.money``, ``kindwords``, ``amountlabel``, ``partkinds``, and
``text.cutyuan``): a text helper, below every folder that asks it."""

from __future__ import annotations

import re

__all__ = ["last"]


def last(pattern: re.Pattern, text: str, start: int, end: int) -> re.Match | None:
    """The last match of ``pattern`` in ``text[start:end]``."""
    found = None
    for found in pattern.finditer(text, start, end):  # noqa: B007 (the last one is kept)
        pass
    return found
