"""Trial 64's 1322, by class, on fictional texts: a roundup lists, clause by clause after ；, an
item's budget and its share of the whole the sentence is about, the kind named only in the
first clause (甲小学教育经费预算8500万元,占0.63%;高中学历1.88亿元,占1.39%;…;高中学历3.36亿元,
占比1.38%). Before, a share naming no whole (占0.63%) made no frame for ``kinds.parallel``, and
the later items were unread; now a bare share is a frame, 占比 the same as 占, and an item
takes the kind its frame's first clause names. A clause of another shape (no share, or a share
and a growth rate) still reads nothing this way. Test material, fictional."""

from __future__ import annotations

from fictional_text import kinds

TITLE = "样例省教育厅2035年部门预算情况说明\n一、收入预算说明\n2035年收入预算506.28万元。\n"
LIST = (
    "二、其他说明\n比如青岚大学小学教育经费预算6500万元,占0.63%;高中学历1.68亿元,占1.39%;"
    "白沙大学小学教育经费预算5600万元,占0.31%;高中学历2.36亿元,占比1.38%。\n"
)


def test_items_after_a_clause_with_its_share_take_its_kind():
    read = dict(kinds(TITLE + LIST))
    assert read["1.68亿元"] == "BUDGET"
    assert read["2.36亿元"] == "BUDGET"


def test_a_clause_of_another_shape_reads_nothing():
    other = LIST.replace("高中学历1.68亿元,占1.39%", "高中学历1.68亿元,增长1.39%")
    assert dict(kinds(TITLE + other))["1.68亿元"] is None
    bare = LIST.replace("高中学历1.68亿元,占1.39%", "高中学历1.68亿元")
    assert dict(kinds(TITLE + bare))["1.68亿元"] is None
