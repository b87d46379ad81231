"""Figures given 分别 (respectively), joined by 和 / 与 / 及 / 、, the unit word written once
after the last: 因公出国(境)费和公务接待费分别为2619和3573万元 (trial 54's 926, a Taiwan news
site's mirror of 中新社's item on 中国海关's 2011 三公 budget). Each figure is in that unit,
in order. ``amounts``' ``_LISTED`` reads a list whose first figure has decimals only (a comma
after whole digits may group thousands); after 分别 the joining words leave no doubt, and a
whole figure is read too. Without 分别 (2619和3573万元 alone), or before a unit that is no
money's (分别为3和5万人), nothing is read here."""

from __future__ import annotations

import re

from govkg.ingest.text.numbers import NUMBER

__all__ = ["respective_lists"]

_READ = r"(?:[(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,6}[)）])?"  # 分別(bié): a mirror's reading
_JOIN = rf"\s*(?:[、和与及]|以及){_READ}\s*"
_RESPECTIVE = re.compile(
    rf"分{_READ}别{_READ}(?:为|是|达|约为|约){_READ}\s*"
    rf"(?P<list>{NUMBER}(?:{_JOIN}{NUMBER})+)\s*(?P<unit>亿元|万元|元)(?!\s*亩)"
)
_FIGURE = re.compile(NUMBER)


def respective_lists(text: str) -> list[tuple[int, int, str, str, int, int, int]]:
    """(start, end, figure, unit word, position, count, first start) of each figure of such a
    list; the last figure's end is the unit word's."""
    found = []
    for match in _RESPECTIVE.finditer(text):
        figures = list(_FIGURE.finditer(text, match.start("list"), match.end("list")))
        for position, figure in enumerate(figures):
            end = match.end() if position == len(figures) - 1 else figure.end()
            found.append(
                (figure.start(), end, figure.group(), match["unit"], position, len(figures),
                 match.start("list"))
            )
    return found
