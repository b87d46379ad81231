"""What relations and money bases are called in Chinese and English: the one table the
pages (``http/i18n.py``) and the pictures (``exports/draw.py``) both read.

>>> READING["zh"]["feeds"]
('供数给', '数据来自')
>>> relation_word("feeds", "en"), relation_word("no-such-type", "zh")
('feeds', 'no-such-type')
>>> BASIS["zh"]["ALLOCATED"]
'按规则分摊'
"""

from __future__ import annotations

__all__ = ["BASIS", "DEFAULT", "LANGS", "READING", "basis_word", "relation_word"]

LANGS = ("zh", "en")
DEFAULT = "zh"

# a relation type read from its source and from its target: the relations a report states
# (core.records.RELATION_TYPES), then the links the graph draws from the records' own fields
# (a funding line's parent and unit, an indicator's subject, an event's place and people, a
# report's issuer; see exports.selection.edges_among)
READING: dict[str, dict[str, tuple[str, str]]] = {
    "zh": {
        "feeds": ("供数给", "数据来自"),
        "connects": ("连接到", "被连接自"),
        "migrated-to": ("迁移到", "迁移自"),
        "operates": ("运营", "运营方"),
        "owns": ("拥有", "归属"),
        "part-of": ("属于", "包含"),
        "delivers": ("交付", "交付方"),
        "funds": ("资助", "资金来自"),
        "uses": ("使用", "被使用"),
        "leads": ("负责", "负责人"),
        "participates": ("参与", "参与者"),
        "reviews": ("审阅", "审阅方"),
        "sub-line-of": ("隶属于", "下设"),
        "spent-by": ("支出单位", "支出"),
        "share-of": ("份额属于", "包含份额"),
        "describes": ("描述", "指标"),
        "held-at": ("举办地", "举办"),
        "organized-by": ("组织者", "组织"),
        "attended-by": ("参加者", "参加"),
        "about": ("涉及", "被涉及"),
        "issued-by": ("发布单位", "发布"),
    },
    "en": {
        "feeds": ("feeds", "fed by"),
        "connects": ("connects to", "connected from"),
        "migrated-to": ("migrated to", "migrated from"),
        "operates": ("operates", "operated by"),
        "owns": ("owns", "owned by"),
        "part-of": ("part of", "has part"),
        "delivers": ("delivers", "delivered by"),
        "funds": ("funds", "funded by"),
        "uses": ("uses", "used by"),
        "leads": ("leads", "led by"),
        "participates": ("participates in", "has participant"),
        "reviews": ("reviews", "reviewed by"),
        "sub-line-of": ("sub-line of", "has sub-line"),
        "spent-by": ("spent by", "spends"),
        "share-of": ("share of", "has share"),
        "describes": ("describes", "described by"),
        "held-at": ("held at", "hosts"),
        "organized-by": ("organized by", "organizes"),
        "attended-by": ("attended by", "attends"),
        "about": ("about", "subject of"),
        "issued-by": ("issued by", "issues"),
    },
}

# what a money figure's basis says about it
BASIS: dict[str, dict[str, str]] = {
    "zh": {"STATED": "报告所列", "ALLOCATED": "按规则分摊", "DERIVED": "推算"},
    "en": {"STATED": "stated", "ALLOCATED": "allocated", "DERIVED": "derived"},
}


def relation_word(relation: str, lang: str, outgoing: bool = True) -> str:
    """The relation read from its source (or its target); an unknown type as it is."""
    both = READING[lang].get(relation)
    if both is None:
        return relation if outgoing else f"{relation} (inverse)"
    return both[0 if outgoing else 1]


def basis_word(basis: str, lang: str) -> str:
    """The word for a basis (STATED, ALLOCATED, DERIVED); an unknown one in lower case."""
    return BASIS[lang].get(basis, basis.lower())
