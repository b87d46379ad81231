"""A news item's lead naming the central organ that published its 三公 figures or its
部门决算 / 部门预算 (trial 54).

The central organs' 三公 notes of 2011-2015 reached the corpus mostly as news items and
reprints, whose lead says which organ published what: ten of trial 54's eleven read their
unit wrong or not at all, because ``announcer`` reads a lead only where it ends on the
published 三公经费 (…情况。), with 公布 as its verb and no dateline before it. Here the lead
is read as the genre writes it:

- behind a dateline, glued to it or not: 中新网7月19日电科技部今日在其官方网站公布2011年度
  部门决算,… (923), 中国网北京7月20日讯 国土资源部今日公布“三公经费”情况,… (921),
  【本報記者…北京22日電】國家環保部昨日發佈「三公經費」情況說明。 (922), or a source:
  中新网4月17日电 据国家人力资源和社会保障部网站消息,人社部今日发布2015年部门预算 (949);
- its verb 公布, 公开, 发布 or 晒, a day before or after the organ (今天, 日前, 21日: 926's
  中國海關(guān)21日公布了…, read through the mirror's readings);
- what it published: the 三公经费, or the organ's 部门决算 / 部门预算 / 部门结算, a title in
  《》 too (今天国土资源部公布《2011年度国土资源部部门结算》,其中“三公经费”…: 920);
- the sentence ending there (。), or going on into the figures it published: a clause
  opening on 其中, a year, 预算显示 / 数据显示 or the organ's name again (国家中医药管理局日前
  公开“三公经费”,其中2011年…: 929), or on a bare 显示 (在中央政府部门18日集体“晒预算”大潮中,
  国务院国资委在其网站公布了2014年部门预算,显示国资委今年“三公”经费预算数为…: trial 55's
  964, read unnamed); a clause going on to something else (…情况,涉及多个单位) reads nothing;
- or a headline alone on its line, the organ publishing its 三公经费 (自然科学基金会公布三公
  经费 公务用车占近一半: 924), read only where no lead sentence names the organ: a headline
  names it short (国土部晒三公:… over 国土资源部今日公布…: 921).

The organ is a central one (``entities.centralorgan``), read as written (國家環保部, 中國海
關(guān); a 国家 before a ministry's official name left out, ``centralorgan.official_name``), or
written in full where the item cites the organ's own site (人社部 → 人力资源和社会
保障部) or where the lead's name is no organ's name at all and the page writes the one organ
it stands for (自然科学基金会 → 国家自然科学基金委员会): ``organinfull``. A place's bureau is
left to ``announcer``; a whole (中央和国家有关部门19日公布了…: 932, five departments' figures
after it), a reporter, a medium or a pronoun names none, and where the item's lead is such a
whole's, no organ's lead further down is its (商务部19日发布2011年度“三公经费”…, 932's fourth
department): the item relays several organs, and the first whose figures it gives is read
by ``threepublic.opening``.
"""

from __future__ import annotations

import re

from govkg.ingest.document.issuer import ORG, Stated, placed
from govkg.ingest.document.newsdateline import ON_SITE
from govkg.ingest.document.organinfull import organ_in_full
from govkg.ingest.entities.centralorgan import CENTRAL, is_central, official_name
from govkg.ingest.text.namewords import NOT_A_NAME_START
from govkg.ingest.threepublic.words import QUOTED

__all__ = ["organ_lead"]

_S = r"[ \t\u3000]*"
_WHEN = r"(?:首次|日前|近日|今天|今日|昨天|昨日|昨晚|前日|\d{1,2}\s*月\s*\d{1,2}\s*日|\d{1,2}\s*日)"
_ON_SITE = ON_SITE  # 在其网站, or 网站 straight after the name (newsdateline)
_SOURCE = r"(?:据[\u4e00-\u9fff]{2,30}?(?:消息|报道)[ \t\u3000]*[，,])"
_WHAT = rf"(?:{QUOTED}|三\s*公|(?:部\s*门|单\s*位)?\s*(?:决\s*算|预\s*算|结\s*算))"
_LEAD = re.compile(
    rf"(?:^|(?<=[。；;，,！!\n】电讯])){_S}(?:{_SOURCE}{_S})?(?:{_WHEN}{_S}[，,]?{_S})?"
    rf"(?P<unit>{CENTRAL}|[\u4e00-\u9fff]{{2,20}}?(?:{ORG}|部|署|基金会))(?![员会室合门]|公室){_S}"
    rf"(?:{_WHEN}{_S})?(?:{_ON_SITE}{_S})?(?:公\s*[布开]|发\s*布|晒\s*出?)(?![的])了?{_S}"
    rf"(?P<what>[^。\n；;！!]{{0,30}}?{_WHAT})[^。\n，,；;！!]{{0,16}}?"
    r"(?P<end>。|[，,]|$|[ \t\u3000])",
    re.M,
)
_GOING_ON = re.compile(
    r"[ \t\u3000]*(?:其\s*中|20\d\d\s*年|预\s*算\s*显\s*示|数\s*据\s*显\s*示|显\s*示)"
)
"""The clause after the lead's comma, going on into the figures published."""
_AREA = re.compile(r"本市|本省|本区|本县|全市|全省|全区|全县|市级|省级|区级|县级|各部门|各单位")
_NOT_A_BODY = re.compile(
    rf"^(?:{NOT_A_NAME_START}|记者|本报|上述|以下|有关|部门|单位|在|从|据|向|由|经|中央和)"
)
_MEDIUM = re.compile(r"(?:社|网|台|报)$|新闻|新华")
_WHOLE = re.compile(
    r"(?:中央和国家(?:有关|各)?|中央(?:有关|各)|国务院(?:有关|各)|多个|\d+个)部\s*门"
    rf"{_S}(?:{_WHEN}{_S})?(?:公\s*[布开]|发\s*布)"
)
"""中央和国家有关部门19日公布了…: a lead relaying several organs' figures (not 各部门将陆续
公布…, a sentence of what is to come)."""


def _goes_on(head: str, found: re.Match) -> bool:
    """Whether the lead ends where ``found`` does: its sentence's end, a comma going on into
    the figures published, or (a headline) its line's end."""
    end = found["end"]
    if end == "。":
        return True
    if end in ("，", ","):
        after = head[found.end() :]
        return bool(_GOING_ON.match(after)) or after.lstrip(" \t\u3000").startswith(found["unit"])
    line_start = head.rfind("\n", 0, found.start("unit")) + 1
    line_end = head.find("\n", found.end("unit"))
    line = head[line_start : line_end if line_end >= 0 else len(head)]
    opens = not head[line_start : found.start("unit")].strip()
    return opens and len(line.strip()) <= 40 and not re.search(r"[。，,；;]", line)


def organ_lead(head: str) -> Stated | None:
    """The central organ a news item's lead (or headline) says published its 三公 figures
    or its department's accounts or budget (see above), with its span in ``head``; None
    where no lead names one."""
    whole = _WHOLE.search(head)
    for headline in (False, True):  # a lead sentence first: a headline names it short
        at = 0
        while found := _LEAD.search(head, at):
            at = found.start() + 1  # a lead refused is no reason to skip what overlaps it
            if whole and whole.start() < found.start():
                break  # several organs' item: a later lead is one of them (932)
            name = re.sub(r"\s+", "", found["unit"])
            if _NOT_A_BODY.match(name) or _MEDIUM.search(name) or _AREA.search(found["what"]):
                continue
            if placed(name) or (found["end"] not in ("。", "，", ",")) != headline:
                continue
            if not _goes_on(head, found):
                continue
            if is_central(name):
                cut = len(name) - len(official_name(name))  # 国家水利部: 水利部 (centralorgan)
                start, end = found.span("unit")
                return organ_in_full(head, name) or (found["unit"][cut:], (start + cut, end))
            if in_full := organ_in_full(head, name):
                return in_full
    return None
