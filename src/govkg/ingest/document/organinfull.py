"""A central organ named short, and the full name the page gives it (trial 54).

News items and reprints of the central organs' 三公 notes name the organ as readers say it;
the unit is the organ's own full name where the page writes one at a place that names the
organ, never a name guessed from the short one:

- a short name that is no organ's name at all, neither placed nor a known central name
  (``entities.centralorgan``), is the page's one central organ whose full name holds its
  characters in order, the same first character (after a 国家/中国/全国 the full name may
  open on) and the same last: 中科院是国务院直属事业单位 under the heading 中国科学院公布
  “三公经费”情况说明 (trial 54's 928: 中国科学院, the heading and 来源:中国科学院 writing it;
  the corpus's 820, the same academy in 2014, is read 中國科學院 from its own lead);
  自然科学基金会公布三公经费, a headline whose note says only 我委, the page's 关键词 line
  naming 国家自然科学基金委员会 (924);
- a known short name (人社部) whose own website the item cites as its source, the site's
  body written in full: 据国家人力资源和社会保障部网站消息,人社部今日发布2015年部门预算
  (949: 人力资源和社会保障部, the 国家 a writer puts before a ministry's official name left
  out, ``centralorgan.official_name``);
- a known short name (住建部) where the item's lead names the organ in full among those that
  published: 住房和城乡建设部、人力资源和社会保障部、国家粮食局、国家食品药品监督管理局以及
  国家人口和计划生育委员会,昨天公布“三公经费”账单。值得注意的是,住建部在公务接待费方面…
  (trial 55's 969: 住房和城乡建设部, read 住建部 from 住建部公布,去年“三公经费”…), the subject
  of the publishing verb (公布, 发布, 公开, 晒) a list of central organs alone, joined by 、,
  和, 及, 以及 or 与, a day or the site between.

Only these places: a full name met in the body's sentences is not the organ's name on the
page (923's 科技部 stays 科技部 though one sentence says 截至2011年底,科学技术部共有公务用车
54辆, the headline and the lead saying 科技部).

Two full names the short one could stand for (a page naming 中国科学院 and 中国社会科学院
gives 中科院 neither), a full name with another first or last character, or a placed name (a
city's bureau is ``spelledout``'s) read nothing here.
"""

from __future__ import annotations

import re

from govkg.ingest.document.issuer import Stated, placed
from govkg.ingest.document.newsdateline import ON_SITE
from govkg.ingest.entities.centralorgan import CENTRAL, is_central, official_name

__all__ = ["abbreviates_organ", "organ_in_full"]

_FULL = re.compile(CENTRAL)
_LEVEL = ("国家", "中国", "全国")
_SITE = re.compile(
    rf"据\s*(?P<site>{CENTRAL})\s*(?:官方)?\s*(?:网站|官网|门户网站)\s*(?:上\s*)?(?:消息|发布|公布)"
)
"""据X网站消息: the item's source, the organ's own site, X in full."""


_S = r"[ \t\u3000]*"
_PUBLISHERS = re.compile(
    rf"(?:^|(?<=[。；;！!\n）)】]))(?P<list>(?:{CENTRAL}{_S}(?:、|以及|及|和|与){_S})*{CENTRAL})"
    rf"{_S}[，,]?{_S}(?:首次|日前|近日|今天|今日|昨天|昨日|前日|\d{{1,2}}\s*日)?{_S}"
    rf"(?:{ON_SITE}{_S})?(?:公\s*[布开]|发\s*布|晒)",
    re.M,
)
"""X、Y以及Z,昨天公布…: the organs that published, a list of central names alone."""


def _publishing(head: str, name: str) -> Stated | None:
    """The full name of the organ ``name`` names short among the organs a lead says
    published (``_PUBLISHERS``), with its span; None where none is."""
    for found in _PUBLISHERS.finditer(head):
        for organ in _FULL.finditer(head, found.start("list"), found.end("list")):
            full = organ.group()
            if is_central(full) and abbreviates_organ(name, official_name(full)):
                official = official_name(full)
                return official, (organ.end() - len(official), organ.end())
    return None


def abbreviates_organ(short: str, full: str) -> bool:
    """Whether ``short`` is a short form of the central organ's name ``full`` (see above)."""
    if len(short) < 2 or len(full) <= len(short) or short in full or short[-1] != full[-1]:
        return False
    opening = full[2:] if full[:2] in _LEVEL and short[:2] not in _LEVEL else full
    if short[0] not in (full[0], opening[0]):
        return False
    chars = iter(full)
    return all(char in chars for char in short)


def organ_in_full(head: str, name: str) -> Stated | None:
    """The full name (with its span in ``head``) the page writes for the central organ
    ``name`` names short (see above); None where it writes none, or more than one."""
    name = re.sub(r"\s+", "", name)
    if placed(name):
        return None
    if is_central(name):
        for site in _SITE.finditer(head):
            full = site["site"]
            if is_central(full) and abbreviates_organ(name, full):
                official = official_name(full)
                start = site.start("site") + len(full) - len(official)
                return official, (start, site.end("site"))
        return _publishing(head, name)
    fulls: dict[str, tuple[int, int]] = {}
    for found in _FULL.finditer(head):
        full = found.group()
        if is_central(full) and abbreviates_organ(name, full):
            fulls.setdefault(full, found.span())
    if len(fulls) != 1:
        return None
    ((full, span),) = fulls.items()
    return full, span
