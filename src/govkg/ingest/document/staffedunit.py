"""The unit whose staff a budget note's 人员构成 counts, by the template's staffing sentence.

A 部门预算 note with no title counts its own people under (三)部门人员构成 / (三)人员构成, the
unit the sentence's subject: 中国民主建国会武汉市委员会总编制人数29人 (trial 63's 1272),
目前,义龙试验区群众工作部(信访局)核定编制总人数为7人 (1274, a zone's department under its
second plate). Both read unnamed: the staffing rule of ``issuer`` knew 编制人数 right after the
name, not 总编制人数 nor 核定编制总人数, and no name ending on 部 nor a bracketed second plate.

Read only where a placed name (its place first), ending on an organisation word or on 部,
opens a sentence or a clause (after 目前, too) and is followed at once by the staffing words;
a second plate in brackets right after it, itself ending on an organisation word, stays part
of the name as the text writes it (one body, two plates, as ``scopemark`` keeps 区民宗局(外侨办)).
A pronoun (本部门总编制人数…), an unplaced name (信访局核定编制…) or a name the sentence does
not open on reads nothing. Asked last among a body's statements (``issuerchain._body_name``).
"""

from __future__ import annotations

import re

from govkg.ingest.document.issuer import Stated, placed
from govkg.ingest.entities.orgwords import ORG
from govkg.ingest.text.namewords import NOT_A_NAME_START

__all__ = ["staffed_unit"]

_S = r"[ \t\u3000]*"
_STAFFED = re.compile(
    rf"(?:^|[。；;！!\n，,])(?:{_S}目前{_S}[，,]?)?{_S}"
    rf"(?P<unit>(?!{NOT_A_NAME_START})[\u4e00-\u9fff]{{2,40}}?(?:{ORG}|部)(?![员公会室合])"
    rf"(?:[（(][\u4e00-\u9fff]{{1,12}}?{ORG}[）)])?){_S}"
    r"(?:核定)?(?:总编制人数|编制总人数|核定编制数)",
    re.M,
)
"""X总编制人数29人, X(second plate)核定编制总人数为7人: X as written."""


def staffed_unit(head: str) -> Stated | None:
    """The placed unit the first staffing sentence (see above) opens on, with its span in
    ``head``; None where none does."""
    for found in _STAFFED.finditer(head):
        if placed(found["unit"]):
            return found["unit"], found.span("unit")
    return None
