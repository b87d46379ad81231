"""A scored self-evaluation's own headings: a sign of the genre in a text that lost its title.

A county's self-evaluation written on a province's scoring scheme may reach the reader cut
to its body (thirty-fourth trial's 441): it opens on the scheme's headings, each with the
points it carries (一、投入(14分), (一)项目立项(8分):, (1)项目立项(2分)), and closes each item
with the points the writer gave itself (自评得2分。). It is a report of the family, a
project's self-evaluation, whatever few of the family's other words the cut page kept.

Both are asked: at least two numbered headings on lines of their own that end with their
points in brackets, and a sentence in which the writer scores itself (自评得N分, 自评分为N分).
Rules on evaluation (…评价办法, an indicator scheme) print the headings with their points but
never a score given; a news item has neither. ``report`` asks a money figure too.
"""

from __future__ import annotations

import re

__all__ = ["scores_itself"]

_SCORED_HEADING = re.compile(
    r"^[ \t\u3000]*(?:[（(][一二三四五六七八九十\d]{1,3}[）)]|[一二三四五六七八九十\d]{1,3}[、.．])"
    r"[^\n。；;]{2,30}?[（(]\s*\d{1,3}(?:\.\d)?\s*分\s*[）)][ \t\u3000]*[：:]?[ \t\u3000]*$",
    re.M,
)
"""A numbered heading with its points: 一、投入(14分), (一)项目立项(8分):."""
_SELF_SCORE = re.compile(r"自\s*评\s*(?:得\s*分?|分)\s*(?:为\s*)?\d{1,3}(?:\.\d{1,2})?\s*分")
"""The writer's score given to itself: 自评得2分, 自评得分为8.5分, 自评分为100分."""
HEADINGS = 2  # scored headings asked


def scores_itself(text: str) -> bool:
    """Whether ``text`` (simplified) goes under a scoring scheme's headings and gives itself
    its points (see above)."""
    headings = _SCORED_HEADING.findall(text)
    return len(headings) >= HEADINGS and _SELF_SCORE.search(text) is not None
