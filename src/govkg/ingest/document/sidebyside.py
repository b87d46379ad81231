"""A news item reporting two or more bodies' figures side by side: no one of them is its unit
(trial 56).

A news item on the central organs' 三公 notes often relays several at once. Where it is about
one body, the others named only to compare (据记者统计,…接待费最高的是中国科学院,达9995.5万元:
trial 55's 969, 住建部's item, whose lead gives 住建部's figures before any other body's), the
body it is about is its unit, read by the rules of the chain. Where it reports two or more
bodies each with its own figures and none before the others, no one body issued what it
reports, and the unit stays unnamed (``report.UNNAMED``), never one picked of them:

- a lead saying the bodies it lists published each its own (分别公布): 新华网北京7月23日电
  铁道部及国家质量监督检验检疫总局23日分别公布了其“三公经费”情况。 (trial 56's 1036, then a
  paragraph for each; read 铁道部, the first named), where each body listed is named again
  after the lead (the item goes on to report it);
- the item cut into sections under headings that are a body's name alone on their line, two
  or more bodies, each section stating money, and no figure before the first heading (no lead
  of its own singling one out): 国家邮政局 / 公务车费用占比近半 / 国家邮政局昨天公布的数据
  显示,去年“三公经费”决算数2097.78万元… / 国家地震局 / … / 国家人口计生委 / … (trial 56's
  1037, read 国家人口计生委: the last heading, taken for a signature);
- a lead on a count of bodies publishing together (北京141个市级部门于25日集中“晒出”2015年度
  决算信息, in its first lines), then two or more bodies each with its own 三公 sum stated
  (北京市公安局的“三公”经费财政拨款决算数为9530.81万元; 北京市环境保护局…为431.38万元): a roundup
  of a whole level's publishing, no one body its reporter (trial 60's 1162, read 北京市环境保护局,
  the second body stated; the corpus's roundups 997, 998, 1072 and 1113 are unnamed too). A mirror's
  readings (經(jīng)費) are read through.

A lead naming one body (水利部公布了2010年“三公经费”…: the corpus's 927), a lead naming a
whole (中央和国家有关部门19日公布了…: 932, filed under its first and largest body), a lead
that gives one body's figures before the sections (969), and a body's name repeated over its
own form's sections (the same name twice) are none of these: the chain reads them as before.
"""

from __future__ import annotations

import re

from govkg.ingest.entities.centralorgan import CENTRAL
from govkg.ingest.entities.orgwords import ORG
from govkg.ingest.text.amounts import PINYIN, YUAN_AMOUNT

__all__ = ["side_by_side"]

_NAME = rf"(?:{CENTRAL}|[\u4e00-\u9fff]{{2,20}}?{ORG})"
_JOIN = r"\s*(?:、|及|和|与|以及)\s*"
_PUBLISHED_EACH = re.compile(
    rf"(?P<names>{_NAME}(?:{_JOIN}{_NAME})+)\s*(?:等)?\s*"
    r"(?:\d{1,2}\s*日|今\s*[天日]|昨\s*[天日]|日\s*前|近\s*日|同\s*日|当\s*日)?\s*"
    r"分\s*别\s*(?:在[^。，,\n]{0,12}?)?(?:公\s*布|发\s*布|公\s*开|晒\s*出?)"
)
"""X及Y23日分别公布了…: the bodies listed, each publishing its own."""
_LEAD_WORDS = re.compile(r"^(?:日?[电讯])")
"""A dateline's end glued onto the first name (…7月23日电铁道部): no part of it."""
_HEADING = re.compile(rf"^[ \t\u3000]*(?P<name>{_NAME})[ \t\u3000]*$", re.M)
_WINDOW = 6000
_COUNTED = re.compile(
    r"\d+\s*[个家]\s*(?:中央|省级|市级|区级|县级|省直|市直|区直|县直)?\s*(?:部门|单位)"
    r"[^。\n]{0,24}?(?:公开|公布|晒|发布)"
)
"""141个市级部门于25日集中“晒出”…: a lead on a count of bodies publishing together."""
_LEAD = 300  # characters in which the count leads the item (its headline or first sentence)
_OWN_SUM = re.compile(
    rf"(?P<name>{_NAME})\s*(?:的)?\s*(?:今年|去年|20\d\d\s*年度?)?\s*[“\"]?\s*三\s*公\s*[”\"]?"
    r"\s*经\s*费[^。；;，,\n]{0,16}?(?:为|是|达)?\s*\d[\d,]*(?:\.\d+)?\s*(?:万\s*元|亿\s*元|元)"
)
"""北京市公安局的“三公”经费财政拨款决算数为9530.81万元: a body's own 三公 sum."""
_LINKS = re.compile(r"\[[^\[\]\n]{2,60}\]")
"""A page's bar of related headlines, each in brackets ([地震局去年公车费4100万元] [农业部去年
公车费用超1.5亿]: trial 62's 1267, over the sections 国家粮食局 / 中央党校): links to other
items, no lead of this one's, their money none of its own."""


def side_by_side(text: str) -> bool:
    """True where ``text`` (simplified) is a news item reporting two or more bodies each with
    its own figures, none before the others (see above)."""
    text = text[:_WINDOW]
    return _published_each(text) or _sections(text) or _counted_bodies(text)


def _published_each(text: str) -> bool:
    for found in _PUBLISHED_EACH.finditer(text):
        names = [_LEAD_WORDS.sub("", n) for n in re.split(_JOIN, found["names"])]
        sentence_end = text.find("。", found.end())
        after = text[sentence_end:] if sentence_end >= 0 else ""
        if len(set(names)) >= 2 and all(name and name in after for name in names):
            return True
    return False


def _sections(text: str) -> bool:
    headings = list(_HEADING.finditer(text))
    if len({h["name"] for h in headings}) < 2:
        return False
    # [地震局去年公车费4100万元] [农业部…]: a page's bar of related headlines, no lead (trial 62)
    lead = _LINKS.sub(lambda m: " " * len(m.group()), text[: headings[0].start()])
    if YUAN_AMOUNT.search(lead):
        return False  # a lead of its own before the sections (969's 住建部), or a headline's
    ends = [h.start() for h in headings[1:]] + [len(text)]
    sections = zip(headings, ends, strict=True)
    with_money = {h["name"] for h, end in sections if YUAN_AMOUNT.search(text, h.end(), end)}
    return len(with_money) >= 2


def _counted_bodies(text: str) -> bool:
    if not _COUNTED.search(text, 0, _LEAD):
        return False
    plain = PINYIN.sub("", text)
    return len({found["name"] for found in _OWN_SUM.finditer(plain)}) >= 2
