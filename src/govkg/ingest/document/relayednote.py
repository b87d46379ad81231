"""A news item's lead relaying a body's note, the note's genre words inside the sentence that
publishes it: the lead is no title, its subject is the unit, and the note's own title, where
the item gives it below, names the unit as the note writes it (trial 55).

A news site relaying a central organ's 三公 note writes the note's genre words in its lead:

    【《财经》综合报道】 近日,中国社科院网站公布该院“三公经费”财政拨款情况说明。
    …
    说明全文如下:
    关于中国社会科学院“三公经费”财政拨款情况说明

(trial 55's 963). The title rules read the first line holding the genre's words as the title,
and the words before them as its unit: 中国社科院网站公布该院, a subject, its site, the verb
and a pronoun. The words before the genre end on a publishing clause (a day, a site, 公布 /
发布 / 公开, a pronoun naming the same body again: ``newsdateline.without_announcing``), so
the line is a lead, and

- where a later line opens on the note's own title, the same genre's words after a name (an
  opening 关于 no part of it; a hard wrap may have joined the next line to it), and that
  name is the lead's subject or writes it in full (中国社科院 → 中国社会科学院:
  ``organinfull.abbreviates_organ``; a placed name the title writes with its place added,
  ``issuer.same_unit``, or spells out after the same place, 样例市某某局 → 样例市某某管理局,
  as ``spelledout`` reads a body's), that line is the title and its name the unit;
- else the lead's subject is the unit, as written, where it names a body (a central organ,
  a placed name, or a name ending on an organisation word); a medium (新华社, 人民网), a
  pronoun or a whole (各部门) names none, and the line is left to the other rules. A central
  organ's is read as ``organlead`` reads it: a 国家 before a ministry's official name left
  out (国家水利部昨日发布「三公经费」情况说明。: 水利部), its full name where the page gives
  it at a place naming the organ (``organinfull``).

A title line that merely holds a verb (样例县某局关于公布2031年…的说明) has its year and is the
title rules' (``report._TITLES``): only a line whose words before the genre end on the
publishing clause is a lead here.
"""

from __future__ import annotations

import re

from govkg.ingest.document.issuer import placed, same_unit
from govkg.ingest.document.newsdateline import without_announcing, without_dateline
from govkg.ingest.document.organinfull import abbreviates_organ, organ_in_full
from govkg.ingest.document.spelledout import PLACE
from govkg.ingest.document.titleunit import NAME_END
from govkg.ingest.entities.centralorgan import is_central, official_name

__all__ = ["relayed_note"]

_CLAUSE = re.compile(r"[^，,。；;！!】\]:：\n]*$")
"""The lead's last clause before the genre's words (after 近日, or a 【…】 column tag)."""
_WHEN = re.compile(r"^[ \t\u3000]*(?:首次|日前|近日|今天|今日|昨天|昨日|前日)")
_NOT_A_BODY = re.compile(r"^(?:我|本|该|其|各|记者|本报|有关|上述)|(?:社|网|台|报)$|新闻|新华")


def _is_body(name: str) -> bool:
    if len(name) < 2 or _NOT_A_BODY.search(name):
        return False
    return is_central(name) or placed(name) or bool(NAME_END.search(name))


def _same_body(subject: str, name: str) -> bool:
    """Whether the title's ``name`` is the lead's ``subject``, or writes it in full."""
    if name == subject:
        return True
    if is_central(name) and abbreviates_organ(subject, name):
        return True
    if placed(name) and same_unit(name, subject):
        return True
    place = PLACE.match(subject)  # 样例市某某局 in 样例市某某管理局: the place, then in order
    if place is None or not name.startswith(place.group()) or name[-1] != subject[-1]:
        return False
    chars = iter(name[place.end() :])
    return all(char in chars for char in subject[place.end() :])


def relayed_note(
    head: str, line_start: int, genre: re.Match
) -> tuple[str, tuple[int, int], tuple[int, int] | None] | None:
    """Where the line holding the genre's words ``genre`` (from ``line_start``) is a lead
    relaying the note (see above): the unit, its span in ``head``, and the span of the note's
    own title line where the item gives one (None where it does not); None where the line is
    no such lead."""
    clause = _CLAUSE.search(head, line_start, genre.start())
    if clause is None:
        return None
    words = clause.group()
    spaced = _WHEN.sub("", words)
    offset = clause.start() + len(words) - len(spaced)
    plain = re.sub(r"\s+", "", spaced)
    undated = without_dateline(plain)
    subject = without_announcing(undated)
    if subject == undated or not _is_body(subject):
        return None  # no publishing clause before the genre's words, or no body publishing
    at = head.find(subject, offset, genre.start())
    if at < 0:
        return None  # spaced inside the name: read by the other rules
    official = official_name(subject)  # 国家水利部: 水利部 (centralorgan), as organlead reads it
    span = (at + len(subject) - len(official), at + len(subject))
    lead = organ_in_full(head, official) if is_central(official) else None
    line_end = head.find("\n", genre.end())
    if line_end < 0:
        return (lead[0], lead[1], None) if lead else (official, span, None)
    titles = re.compile(
        r"^[ \t\u3000]*(?:关于)?(?P<unit>[\u4e00-\u9fff（）()]{2,40}?)[ \t\u3000]*"
        rf"(?:{genre.re.pattern})",
        re.M,
    )
    for title in titles.finditer(head, line_end):
        name = title["unit"]
        if _same_body(subject, name):
            start = title.start() + len(title.group()) - len(title.group().lstrip())
            return name, title.span("unit"), (start, title.end())
    return (lead[0], lead[1], None) if lead else (official, span, None)
