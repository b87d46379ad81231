"""The accounts' scope sentence names the unit whose accounts they are.

A 部门决算 (or 部门预算) says which budget units its accounts take in, and in saying so names the
unit that files them:

- 纳入X(汇总)2020年度部门决算编制范围的二级预算单位包括… (trial 63's 1284, a county bureau's
  note with no title, read unnamed: the (汇总) scope mark kept the template's composition
  sentence, ``issuer._COMPOSED``, from reading it); the mark is the accounts' scope, no part of
  the name (``scopemark``);
- X 2022年度部门决算编制范围为X本级 (1297, a repost of a central broadcaster's own accounts,
  read unnamed: a medium's name is never read as a unit from a news item's lead): the same
  name before the year and before the 本级 the scope is, so the accounts are that unit's own,
  whatever its name ends on.

After 纳入 only a placed name or a central organ's, ending on an organisation word, is read
(纳入本部门…, 纳入2019年部门预算编制范围的只有… name none). Where the two names of the second
form differ (a body listing another's accounts), nothing is read. Asked last among a body's
statements (``issuerchain._body_name``): where any other rule names the unit, it stands.
"""

from __future__ import annotations

import re

from govkg.ingest.document.issuer import NAME, Stated, placed
from govkg.ingest.document.scopemark import without_scope
from govkg.ingest.entities.centralorgan import is_central
from govkg.ingest.text.namewords import NOT_A_NAME_START

__all__ = ["accounts_scope_unit"]

_S = r"[ \t\u3000]*"
_SCOPE_WORDS = rf"(?:决{_S}算|预{_S}算){_S}编{_S}制{_S}范{_S}围"
_TAKEN_IN = re.compile(
    rf"纳{_S}入{_S}(?P<unit>{NAME})(?P<mark>[（(](?:汇总|本级|部门|系统)[）)])?{_S}"
    rf"(?:20\d\d{_S}年度?)?{_S}(?:部门)?{_S}(?:汇总)?{_S}{_SCOPE_WORDS}"
)
"""纳入X(汇总)2020年度部门决算编制范围: X, its scope mark apart."""
_OWN_LEVEL = re.compile(
    rf"(?:^|[。；;！!\n]){_S}(?P<unit>(?!{NOT_A_NAME_START})[\u4e00-\u9fff（）()]{{2,40}}?){_S}"
    rf"20\d\d{_S}年度?{_S}(?:部门|单位){_S}{_SCOPE_WORDS}{_S}(?:为|包括|是)[：:]?{_S}"
    rf"(?P=unit){_S}本{_S}级",
    re.M,
)
"""X 2022年度部门决算编制范围为X本级: the same X twice."""


def accounts_scope_unit(head: str) -> Stated | None:
    """The unit an accounts' scope sentence names (see above), with its span in ``head``;
    None where none does."""
    for found in _TAKEN_IN.finditer(head):
        name = found["unit"]
        if re.match(NOT_A_NAME_START, name) or not (placed(name) or is_central(name)):
            continue
        bare = without_scope(name + (found["mark"] or ""))
        if found["mark"] and bare == name + found["mark"]:
            continue  # a bracket no scope mark of a name: not read
        return bare, (found.start("unit"), found.start("unit") + len(bare))
    own = _OWN_LEVEL.search(head)
    return (own["unit"], own.span("unit")) if own else None
