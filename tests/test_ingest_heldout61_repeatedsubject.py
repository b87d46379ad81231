"""A report's unit named as the subject opening its numbered items again and again (trial 61's
1218, a township's transfer self-evaluation: (一)金寨县麻埠镇人民政府2023年度下达上级资金转移支付
…, four items so, and a copy-over's other town once: unnamed before). Pattern: a placed name right
after an item's number and right before a year, at least three times and more than any other
(``document.repeatedsubject``). Not twice only, not two names as many times each, not a name
inside a sentence. Test material, fictional."""

from __future__ import annotations

from fictional_text import document
from govkg.ingest.document.repeatedsubject import repeated_subject

ITEMS = (
    "一、绩效目标分解下达情况\n(一){a}2035年度下达上级资金转移支付120万元。\n"
    "(二){b}2035年度下达上级资金转移支付120万元。其中:中央级资金转移支付20万元。\n"
    "二、绩效目标完成情况分析\n1.{c}2035年度下达上级资金转移支付5个项目均完工。\n"
    "2.{d}2035年度严格按照上级文件设立相关项目资金。\n"
)
TOWN, OTHER = "青岚县白石镇人民政府", "青岚县黑水镇人民政府"


def test_the_name_the_items_keep_opening_on_is_the_unit():
    text = ITEMS.format(a=TOWN, b=TOWN, c=TOWN, d=OTHER)
    assert repeated_subject(text)[0] == TOWN
    assert document(text).unit == TOWN


def test_twice_or_a_tie_or_inside_a_sentence_names_none():
    assert repeated_subject(ITEMS.format(a=TOWN, b=TOWN, c="本镇", d=OTHER)) is None
    assert repeated_subject(ITEMS.format(a=TOWN, b=OTHER, c=TOWN, d=OTHER)) is None
    inside = ITEMS.replace("(一){a}", "(一)根据{a}").replace("(二){b}", "(二)根据{b}")
    assert repeated_subject(inside.format(a=TOWN, b=TOWN, c="本镇", d=TOWN)) is None
