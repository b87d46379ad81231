"""A project said to have issued its bond, the bond named after the verb (该项目共发行债券2000万元:
trial 57's 1057, a special bond's use disclosure, listed unread before), received that money:
revenue. A bond issued named after the verb with no project as its subject stays the parts'
rules' (the corpus's 691, a budget's 其中). Test material, fictional."""

from __future__ import annotations

from govkg.ingest.kinds.bondissued import bond_issued_kind


def _kind(text: str, figure: str, kind: str | None = None) -> str | None:
    start = text.index(figure)
    return bond_issued_kind(text, start, text[:start], kind)


def test_the_project_issuing_its_bond_received_it():
    text = "样例停车场项目存续期信息公开。该项目共发行债券2000万元,截至2031年末,共使用1026万元。"
    assert _kind(text, "2000万元") == "REVENUE"


def test_a_bond_issued_with_no_project_as_subject_is_left():
    text = "资金来源:其中当年发行专项债券2000万元,自筹资金500万元。"
    assert _kind(text, "2000万元") is None


def test_a_kind_another_word_gave_is_kept():
    text = "该项目共发行债券2000万元。"
    assert _kind(text, "2000万元", "BUDGET") == "BUDGET"
