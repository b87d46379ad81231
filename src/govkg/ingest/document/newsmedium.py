"""A news medium named as a news item's source is its publisher, never its unit.

A local news site prints its item on a bureau's work with its own name as the source (trial
61's 1210: 冷水江市财政局重点绩效评价工作积极推进 / 2021-09-15 10:17:38 冷水江市融媒体中心 /
新冷水江9月15日讯(通讯员 …)我局… / 来源:冷水江市融媒体中心, read as the unit before). The
medium (融媒体中心, 新闻中心, 报社, 日报, 晚报, 电视台, 广播电视台, 新闻网, 传媒) wrote or
relayed the item; the money is the bureau's. Read only in a news item (…讯, 记者, 通讯员): a
medium's own accounts (来源:样例县融媒体中心 over 我中心2035年部门决算) keep their publisher.
"""

from __future__ import annotations

import re

__all__ = ["news_medium"]

_MEDIUM = re.compile(
    r"(?:融\s*媒\s*体\s*中\s*心|新\s*闻\s*中\s*心|报\s*社|日\s*报|晚\s*报|电\s*视\s*台|新\s*闻\s*网"
    r"|传\s*媒(?:\s*集\s*团)?)$"
)
_NEWS = re.compile(
    r"\d{1,2}\s*月\s*\d{1,2}\s*日\s*讯|本\s*报\s*讯|记\s*者|通\s*讯\s*员|本\s*网\s*讯"
)


def news_medium(text: str, name: str) -> bool:
    """Whether ``name``, a page's source or publisher, is a news medium and ``text``
    (simplified) a news item (see above)."""
    return bool(_MEDIUM.search(name)) and bool(_NEWS.search(text[:3000]))
