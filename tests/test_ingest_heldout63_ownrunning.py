"""A budget note cut before its title names its unit in two of the template's own sentences:
2017年保山日报社部门财务总收入1236.28万元 and 用于保障保山日报社机构正常运转的支出 (trial 63's
1290, a city newspaper's note starting at its part 四, read unnamed: the name has no place).
The same name in both is the note's unit; a name in one only, two names, or a pronoun
(保障单位机构正常运转) read nothing. Test material, fictional."""

from __future__ import annotations

from fictional_text import document
from govkg.ingest.document.ownrunning import own_running_unit

NOTE = (
    "四、2035年部门预算收支情况\n"
    "2035年{first}部门财务总收入1236.28万元,较上年1102.54万元增133.74万元,同比增12.13%。\n"
    "2035年部门预算总支出1238.28万元,其中:基本支出1238.28万元,项目支出0万元。\n"
    "(一)基本支出情况\n2035年用于保障{second}机构正常运转的支出1236.28万元。\n"
)


def test_both_sentences_name_the_unit():
    assert document(NOTE.format(first="青岚日报社", second="青岚日报社")).unit == "青岚日报社"


def test_near_misses_name_none():
    assert own_running_unit(NOTE.format(first="青岚日报社", second="单位")) is None
    assert own_running_unit(NOTE.format(first="青岚日报社", second="样例杂志社")) is None
    assert own_running_unit(NOTE.format(first="本单位", second="本单位")) is None
    assert document(NOTE.format(first="青岚日报社", second="我社")).unit_named is False
