"""Rules ``staffing`` and ``sections``: head counts and the unit's internal sections.

"编制人数16人，实有人数16人", "在编人员15人、聘用人员3人", "行政编制3名"; "内设股室6个
（均为副科级），分别是综合科、开发应用科、…网络科".
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from govkg.ingest.facts import Measured, Mentioned, cite
from govkg.ingest.numbers import chinese_number, number_value
from govkg.ingest.textview import TextView

__all__ = ["find_sections", "find_staffing", "staffing_spans"]

_COUNT = r"(?P<n>\d+|[零一二两三四五六七八九十百]+)\s*(?P<mw>人|名)"
_STAFF = (
    (
        "编制人数",
        r"(?:核定|批复)?(?P<kind>行政|事业|参公|工勤)?编制(?:人数|数|人员)?(?:为|共|是|共有)?",
    ),
    ("实有人数", r"实有(?:人数|人员|在职人员)?(?:为|共|是)?"),
    ("在编人数", r"(?<!编制)在编(?:人员|人数|在岗)?(?:为|共|是)?"),
    ("聘用人数", r"(?:编外)?聘用(?:人员|人数)?(?:为|共|是)?"),
    ("在职人数", r"(?<!实有)在职(?:人员|人数|职工)?(?:为|共|是)?"),
    ("退休人数", r"退休(?:人员|人数)?(?:为|共|是)?"),
)
_STAFF_RULES = [(name, re.compile(pattern + r"\s*" + _COUNT)) for name, pattern in _STAFF]
_SECTIONS = re.compile(
    r"内设(?P<what>机构|股室|科室|职能科室|部门|处室)(?:包括)?[：:]?\s*"
    r"(?:(?:内设)?(?:股室|科室|机构)?(?P<count>\d+|[一二三四五六七八九十]+)个)?"
    r"(?:[（(][^）)]{0,20}[）)])?[，,：:]?\s*(?:分别(?:是|为)|包括|即|有)?[：:]?"
    r"(?P<list>[^。；;\n]+)"
)
_SECTION_NAME = re.compile(r"[\u4e00-\u9fff]{1,15}(?:科|室|股|处|部|中心|所|队|站|组)")


def _count(text: str) -> int:
    return int(number_value(text)) if text.isdigit() else int(chinese_number(text))


def find_staffing(view: TextView) -> Iterator[Measured]:
    """Head counts, each citing its clause; '行政编制3名' keeps its kind in the name."""
    for name, pattern in _STAFF_RULES:
        for match in pattern.finditer(view.text):
            try:
                value = _count(match["n"])
            except ValueError:
                continue
            kind = match.groupdict().get("kind") or ""
            start = match.start()
            yield Measured(
                rule="staffing",
                cites=(cite(view, start, match.end()),),
                name=f"{kind}{name}" if kind else name,
                value=value,
                unit="人",
                as_written=view.source[slice(*view.span(match.start("n"), match.end()))],
            )


def staffing_spans(found: list[Measured]) -> list[tuple[int, int]]:
    return [(m.cites[0].start, m.cites[0].end) for m in found]


def find_sections(view: TextView, unit: str) -> Iterator[Measured | Mentioned]:
    """The count of internal sections and each section named, as part of ``unit``."""
    for match in _SECTIONS.finditer(view.text):
        if match["count"]:
            yield Measured(
                rule="sections",
                cites=(cite(view, match.start(), match.end("count") + 1),),
                name=f"内设{match['what']}数",
                value=_count(match["count"]),
                unit="个",
                as_written=view.source[
                    slice(*view.span(match.start("count"), match.end("count") + 1))
                ],
            )
        at = match.start("list")
        for part in re.split(r"[、，,和及与]", match["list"]):
            name = part.strip()
            offset = view.text.index(part, at) if part else at
            at = offset + len(part)
            name = re.sub(r"^(?:以及|还有|等)", "", name).removesuffix("等")
            if not _SECTION_NAME.fullmatch(name):
                continue
            start = view.text.index(name, offset)
            yield Mentioned(
                rule="sections",
                cites=(
                    cite(view, start, start + len(name)),
                    cite(view, match.start(), match.end()),
                ),
                kind="unit",
                name=name,
                category="section",
                part_of=unit,
            )
