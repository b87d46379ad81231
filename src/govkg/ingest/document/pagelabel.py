"""A page's metadata labels: never a unit's name (twenty-seventh trial).

A government site prints its page's fields above the text: 索引号, 发布机构, 公开目录,
发布日期, 文号, 浏览量, 主题词… A field left empty leaves its label alone on its line, right
above the title (主题词 / 2019年度项目绩效自评报告), where a title's unit would stand. A label is
the site's furniture, no unit: the title then names none, and the unit is read where the
text states it (the publisher field, the body, the signature).
"""

from __future__ import annotations

import re

__all__ = ["is_page_label"]

_LABEL = (
    r"索引号|发布机构|发文机关|发文单位|公开目录|公开方式|公开范围|公开时限|发布日期|成文日期"
    r"|生成日期|发文日期|文号|发文字号|浏览量|浏览次数|访问量|主题词|关键词|关键字|主题分类"
    r"|体裁分类|组配分类|信息分类|信息来源|来源|有效性|时效性|信息名称|标题|分类"
)
_LABELS = re.compile(rf"(?:(?:{_LABEL})[ \t\u3000]*[：:]?[ \t\u3000]*)+")


def is_page_label(words: str) -> bool:
    """Whether ``words`` (a title's unit words, spaces removed) are only a page's labels."""
    return bool(_LABELS.fullmatch(words))
