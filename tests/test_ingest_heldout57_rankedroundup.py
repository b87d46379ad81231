"""Trial 57's 1079: a roundup that counts the bodies it compiled (在记者统计的70多个中央部门“三公”
经费预算中) ranks its own subjects: the body ranked first (出国(境)预算最高的是外交部,达到8693.76
万元) keeps its figure's reading; an item on one body ranking others among 各部门 reads them as
other bodies' money, as before (``kinds.rankedbodies``). Test material, fictional."""

from __future__ import annotations

from fictional_text import kinds

TITLE = "样例报2035年中央部门“三公”经费预算公开情况\n"
ROUNDUP = (
    "在记者统计的60多个中央部门“三公”经费预算中,十余个部门因公出国经费超过800万元。"
    "其中,出国(境)预算最高的是甲乙部,达到6120.5万元。\n"
)


def test_a_roundup_s_ranked_body_keeps_its_reading():
    assert ("6120.5万元", "BUDGET") in kinds(TITLE + ROUNDUP)


def test_ranked_among_bodies_not_counted_as_compiled_is_another_body_s():
    text = ROUNDUP.replace(
        "在记者统计的60多个中央部门“三公”经费预算中,十余个部门", "在各部门中,有的部门"
    )
    assert ("6120.5万元", "OTHER") in kinds(TITLE + text)
