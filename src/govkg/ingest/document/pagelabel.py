"""A page's metadata labels: never a unit's name (twenty-seventh trial).

A government site prints its page's fields above the text: 索引号, 发布机构, 公开目录,
发布日期, 文号, 浏览量, 主题词… A field left empty leaves its label alone on its line, right
above the title (主题词 / 2019年度项目绩效自评报告), where a title's unit would stand. A label is
the site's furniture, no unit: the title then names none, and the unit is read where the
text states it (the publisher field, the body, the signature).

A page's last metadata row may be glued by the cleaning onto the title's line below it (its
cells wrapped: "[ 成文日期 ] | [ 发布日期 ] | 2021-08-31 |重庆市环境卫生事务中心2020年度部门决算
情况说明", trial 57's 1044, read unnamed: a title's words holding a cell border name none). The
row's cells, a date (2021-08-31) or a label among them, are the site's; the words after the
row's last border are the title's (``past_metadata_row``). Words after a border of any other
row (项目名称 | 样例局, a table's cells) stay a table's, no title's.
"""

from __future__ import annotations

import re

__all__ = ["glued_to_row", "is_page_label", "past_metadata_row"]

_LABEL = (
    r"索引号|发布机构|发文机关|发文单位|公开目录|公开方式|公开范围|公开时限|发布日期|成文日期"
    r"|生成日期|发文日期|文号|发文字号|浏览量|浏览次数|访问量|主题词|关键词|关键字|主题分类"
    r"|体裁分类|组配分类|信息分类|信息来源|来源|有效性|时效性|信息名称|标题|分类"
)
_LABELS = re.compile(rf"(?:(?:{_LABEL})[ \t\u3000]*[：:]?[ \t\u3000]*)+")


def is_page_label(words: str) -> bool:
    """Whether ``words`` (a title's unit words, spaces removed) are only a page's labels."""
    return bool(_LABELS.fullmatch(words))


_ROW_SIGN = re.compile(rf"{_LABEL}|(?<!\d)20\d\d-\d{{1,2}}-\d{{1,2}}(?!\d)")
"""A metadata row's cell: a label, or a date as sites print them (2021-08-31)."""


def glued_to_row(words: str) -> bool:
    """Whether ``words`` (a title's unit words) open on a page's metadata row: its cells, a
    label or a date among them, then a border, then the name (see above)."""
    row, border, rest = words.rpartition("|")
    return bool(border) and bool(_ROW_SIGN.search(row)) and bool(rest.strip(" \t\u3000"))


def past_metadata_row(words: str) -> str:
    """``words`` after the metadata row glued before them (see above), or ``words`` as they
    are where they open on no such row."""
    if not glued_to_row(words):
        return words
    return words.rpartition("|")[2].strip(" \t\u3000")
