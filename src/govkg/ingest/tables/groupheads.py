"""Money columns that head groups: a second head row splits each one into the same parts.

A 三公 决算 table often heads its columns twice, the money heads spanning groups::

    项目 | 预算数 | 决算数 | ||||
    合计 | 一般公共预算 | 政府性基金 | 合计 | 一般公共预算 | 政府性基金 |
    公务接待费 | 0.95 | 0.95 | 0.00 | 0.39 | 0.39 | 0.00 |

Read by the first head row alone, the 决算数 column would take the second 预算数 cell. Where
the line under the heads names parts only (no figure), as many for each head, the same
parts in the same order under every head, each head is a group: its parts are its columns,
of its kind (预算数 一般公共预算: BUDGET). Parts that differ between heads, or do not divide
evenly, prove no grouping: the heads stay as read.
"""

from __future__ import annotations

from govkg.ingest.tables.tablecells import FIGURE, Cell


def group_heads(
    text: str, cells: list[Cell], last: int, headers: list[str], columns: list[str]
) -> tuple[list[str], list[str], int] | None:
    """The heads and kinds each group's parts make, and where the body starts after the
    parts' row, or None where the line under the heads does not split every head alike."""
    if len(columns) < 2 or not all(columns):
        return None
    at = last
    while at < len(cells) and not cells[at].text:
        at += 1
    parts: list[Cell] = []
    while at < len(cells) and cells[at].text and not FIGURE.fullmatch(cells[at].text):
        if parts and "\n" in text[parts[-1].end : cells[at].start]:
            break
        parts.append(cells[at])
        at += 1
    if (
        at < len(cells)
        and cells[at].text
        and parts
        and "\n" not in text[parts[-1].end : cells[at].start]
    ):
        return None  # a figure on the parts' line: a row of the body, not heads
    size, left = divmod(len(parts), len(columns))
    if size < 2 or left:
        return None
    names = [cell.text for cell in parts]
    if any(names[i * size : (i + 1) * size] != names[:size] for i in range(len(columns))):
        return None
    heads = [f"{head} {part}" for head in headers for part in names[:size]]
    kinds = [kind for kind in columns for _ in range(size)]
    return heads, kinds, at
