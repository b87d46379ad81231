"""Rules ``staffing`` and ``sections``: head counts and the unit's internal sections.

"编制人数16人，实有人数16人", "在编人员15人、聘用人员3人", "行政编制3名"; "内设股室6个
（均为副科级），分别是综合科、开发应用科、…网络科".
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from govkg.ingest.facts import Measured, Mentioned, cite
from govkg.ingest.text.numbers import chinese_number, number_value
from govkg.ingest.text.textview import TextView

__all__ = ["find_sections", "find_staffing", "find_staffing_cells"]

_CJK = re.compile(r"[\u4e00-\u9fff]")
_COUNT = r"(?P<n>\d+|[零一二两三四五六七八九十百]+)\s*(?P<mw>人|名|个)"
_STAFF = (
    (
        "编制人数",
        r"(?:核定|批复)?(?P<kind>行政|事业|参公|工勤)?编制(?:人数|数|人员)?(?:为|共|是|共有)?",
    ),
    ("实有人数", r"实有(?:人数|人员|在职人员|在职人数)?(?:为|共|是)?"),
    ("在编人数", r"(?<!编制)在编(?:人员|人数|在岗)?(?:人员)?(?:为|共|是)?"),
    ("聘用人数", r"(?:编外)?聘用(?:人员|人数)?(?:为|共|是)?"),
    ("编外人数", r"编外(?:人员|人数)(?:为|共|是)?"),
    ("在职人数", r"(?<!实有)在职(?:人员|人数|职工)?(?:为|共|是)?"),
    ("退休人数", r"退休(?:人员|人数)?(?:为|共|是)?"),
)
_STAFF_RULES = [(name, re.compile(pattern + r"\s*" + _COUNT)) for name, pattern in _STAFF]
_SECTIONS = re.compile(r"内设(?P<span>[^。；;\n]{2,160})")
_SECTION_COUNT = re.compile(
    r"(?P<count>\d+|[一二三四五六七八九十]+)\s*个(?P<what>科室|股室|处室|内设机构|机构|部门|科|股)?"
)
_LIST_LEAD = re.compile(
    r"^(?:机构|股室|科室|职能科室|处室|部门)?(?:包括|分别是|分别为|即|有|为|：|:)*"
)
_SECTION_NAME = re.compile(r"[\u4e00-\u9fff]{1,15}(?:科|室|股|处|部|中心|所|队|站|组)")


def _count(text: str) -> int | None:
    """The count written, or None for what only looks like one (十十, 两三)."""
    try:
        return int(number_value(text)) if text.isdigit() else int(chinese_number(text))
    except ValueError:
        return None


def find_staffing(view: TextView) -> Iterator[Measured]:
    """Head counts, each citing its clause; '行政编制3名' keeps its kind in the name."""
    for name, pattern in _STAFF_RULES:
        for match in pattern.finditer(view.text):
            value = _count(match["n"])
            if value is None or _CJK.match(view.text, match.end()):
                continue  # 编制3个部门预算, 聘用2名专家: a verb and its object, not a head count
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


_CELL_LABELS = (
    ("编制人数", re.compile(r"(?:人员)?编制(?:人数|数)?(?:[（(]人[）)])?")),
    ("实有人数", re.compile(r"实有(?:人数|人员)(?:[（(]人[）)])?")),
    ("在职人数", re.compile(r"(?:20\d\d年)?(?:年末)?(?:实际)?在职(?:人数|人员)(?:[（(]人[）)])?")),
    ("在编人数", re.compile(r"在编(?:人数|人员)(?:[（(]人[）)])?")),
)
_CELL_NUMBER = re.compile(r"\d{1,5}")


def find_staffing_cells(view: TextView) -> Iterator[Measured]:
    """Rule ``staffing-table``: a table whose cells the text layer puts one per line, either
    each label above its value ("人员编制\n21\n实有人数\n21") or a row of labels above a row
    of values ("编制数\n2021年实际在职人数\n控制率\n37\n32\n86.49%")."""
    cells = [
        (m.group().strip(" \t|｜\u3000"), m.start(), m.end())
        for m in re.finditer(r"[^\n]+", view.text)
        if m.group().strip(" \t|｜\u3000")
    ]
    index = 0
    while index < len(cells):
        labels = []
        while index + len(labels) < len(cells) and not _CELL_NUMBER.fullmatch(
            cells[index + len(labels)][0]
        ):
            if len(labels) == 6:
                break
            labels.append(cells[index + len(labels)])
        values = []
        at = index + len(labels)
        while at + len(values) < len(cells) and len(values) < len(labels):
            text = cells[at + len(values)][0]
            if not re.fullmatch(r"[\d.]+%?", text):
                break
            values.append(cells[at + len(values)])
        if labels and values:
            pairs = zip(labels[-len(values) :], values, strict=True)  # the labels over them
            for (label, start, _), (value, _, end) in pairs:
                name = next((n for n, p in _CELL_LABELS if p.fullmatch(label)), None)
                if name and _CELL_NUMBER.fullmatch(value):
                    yield Measured(
                        rule="staffing-table",
                        cites=(cite(view, start, end),),
                        name=name,
                        value=int(value),
                        unit="人",
                        as_written=value,
                    )
            index = at + len(values)
        else:
            index += max(1, len(labels))


def find_sections(view: TextView, unit: str) -> Iterator[Measured | Mentioned]:
    """The count of internal sections and each section named, as part of ``unit``.

    "内设股室6个（均为副科级），分别是综合科、…网络科", "内设办公室、数据管理科4个科室".
    """
    for match in _SECTIONS.finditer(view.text):
        span_start = match.start("span")
        count = _SECTION_COUNT.search(match["span"])
        if (
            count
            and not count["what"]
            and (not match["span"].startswith(("机构", "股室", "科室")) or count.start() > 8)
        ):
            count = None  # "内设…2个项目组", "内设机构改革完成后，…5个项目": not a count
        if count and _count(count["count"]) is not None:
            start, end = span_start + count.start(), span_start + count.end()
            what = count["what"] or "机构"
            yield Measured(
                rule="sections",
                cites=(cite(view, match.start(), end),),
                name=f"内设{what if what != '内设机构' else '机构'}数",
                value=_count(count["count"]),
                unit="个",
                as_written=view.source[slice(*view.span(start, end))],
            )
        blanked = _SECTION_COUNT.sub(lambda m: "\0" * len(m.group()), match["span"])
        at = span_start
        for part in re.split(r"[、，,：:和及与（）()\0]", blanked):
            offset = view.text.index(part, at) if part else at
            at = offset + len(part)
            name = _LIST_LEAD.sub("", part.strip())
            name = re.sub(r"^(?:以及|还有|等)", "", name).removesuffix("等")
            if not _SECTION_NAME.fullmatch(name) or name.startswith(("内设", "下设")):
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
