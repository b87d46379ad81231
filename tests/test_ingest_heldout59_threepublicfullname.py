"""Trial 59's 1158, a town's 三公 决算 note titled with its bare name, 双桥集镇人民政府2020年度
一般公共预算财政拨款“三公”经费支出决算情况说明, whose sentence opens on the name with its place,
安徽省怀远县双桥集镇人民政府2020年度一般公共预算财政拨款“三公”经费支出预算为30.8万元: the
unit is the sentence's full name (``issuer.fuller_name``, the 三公 sentence read as the duties'
and the introduction's are; the money it is paid from, 一般公共预算财政拨款, may stand before
“三公”). Read with the title's short name before. A sentence naming the unit with its place
written otherwise (the corpus's 394: 大英文学艺术界联合会 titled, 大英县… in the body) or naming
another unit keeps the title's name."""

from __future__ import annotations

from fictional_text import document

TABLE = "单位:万元\n项 目 |\n预 算 数 |\n决 算 数 |\n合 计 |\n12.5 |\n10.4 |\n"


def test_the_sentence_writes_the_titles_name_with_its_place():
    text = (
        "白石镇人民政府2035年度一般公共预算财政拨款“三公”经费支出决算情况说明\n"
        + TABLE
        + "青岚省某某县白石镇人民政府2035年度一般公共预算财政拨款“三公”经费支出预算为"
        "12.5万元,支出决算为10.4万元。\n"
    )
    assert document(text).unit == "青岚省某某县白石镇人民政府"


def test_a_place_written_otherwise_keeps_the_titles_name():
    text = (
        "青岚文学艺术界联合会2035年度一般公共预算财政拨款“三公”经费支出决算情况说明\n"
        + TABLE
        + "青岚县文学艺术界联合会2035年度一般公共预算财政拨款“三公”经费支出预算为"
        "12.5万元,支出决算为10.4万元。\n"
    )
    assert document(text).unit == "青岚文学艺术界联合会"


def test_another_unit_keeps_the_titles_name():
    text = (
        "白石镇人民政府2035年度一般公共预算财政拨款“三公”经费支出决算情况说明\n"
        + TABLE
        + "青岚县财政局2035年度一般公共预算财政拨款“三公”经费支出预算为12.5万元。\n"
    )
    assert document(text).unit == "白石镇人民政府"
