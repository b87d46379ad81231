"""A unit the body names without its place (人大常委会办公室属一级行政预算单位) and signs at the
end placed (盘龙区人大常委会办公室 over the date) is read by the signature's name (trial 65's 1362,
read 人大常委会办公室 before). A signature naming another body, a name with its own level (市…:
``relativepublisher``'s) and a placed name that is not the signature line stay as they were.
Test material, fictional."""

from __future__ import annotations

from fictional_text import document
from govkg.ingest.document.placedsignature import signed_placed

NOTE = (
    "一、机构及人员情况\n人大常委会办公室属一级行政预算单位,内设7委1室。\n"
    "二、2035年部门收入预算总体情况\n2035年部门经费预算7464053元,基本支出4566793元,"
    "项目支出2897260元。\n青岚区人大常委会办公室\n2035年3月23日\n"
)


def test_the_placed_signature_names_the_unit():
    assert document(NOTE).unit == "青岚区人大常委会办公室"
    assert signed_placed(NOTE, "人大常委会办公室")[0] == "青岚区人大常委会办公室"
    two = NOTE.replace("青岚区人大", "样例省青岚市青岚区人大")
    assert signed_placed(two, "人大常委会办公室")[0] == "样例省青岚市青岚区人大常委会办公室"


def test_near_misses_read_nothing():
    other = NOTE.replace("青岚区人大常委会办公室\n2035", "青岚区财政局\n2035")
    assert signed_placed(other, "人大常委会办公室") is None  # another body signs
    assert document(other).unit == "人大常委会办公室"
    assert signed_placed(NOTE, "区人大常委会办公室") is None  # a level of its own
    inline = NOTE.replace("青岚区人大常委会办公室\n2035", "报青岚区人大常委会办公室审议。\n2035")
    assert signed_placed(inline, "人大常委会办公室") is None  # no signature line
