"""A budget note with no title whose organisation section names the unit only as what a
document renamed it to, then says what it is (單位構成 / 根據《…復函》文件,更名為重慶市綦江區趕水
中學,屬于全額撥款事業單位: trial 57's 1043, a mirror's copy calling itself 本單位 elsewhere):
that name is the unit, as written. Test material, fictional."""

from __future__ import annotations

from govkg.ingest.extract import extract

OPENING = "一、單位基本情況\n(一)職能職責\n實施初中義務教育,促進基礎教育發展。\n(二)單位構成\n"
RENAMED = (
    "根據《樣例縣機構編制委員會辦公室關于明確各學校機構名稱的復函》(樣編辦〔2030〕1號)文件,"
    "更名為樣例縣某某中學,屬于全額撥款事業單位。\n"
)
BODY = (
    "本單位不屬于機構改革范圍。\n"
    "二、單位收支總體情況\n"
    "(一)收入預算:2031年年初預算數2,117.55萬元,其中:一般公共預算撥款2,117.55萬元。\n"
    "(二)支出預算:2031年年初預算數2,117.55萬元,其中:教育支出預算1,546.37萬元。\n"
)


def test_the_name_the_unit_was_renamed_to_is_its_unit():
    document = extract(OPENING + RENAMED + BODY, "fictional.txt").document
    assert document.unit == "樣例縣某某中學"


def test_simplified_reads_the_same():
    text = RENAMED.replace("樣例縣", "样例县").replace("中學", "中学").replace("更名為", "更名为")
    text = text.replace("屬于全額撥款事業單位", "属于全额拨款事业单位")
    document = extract(OPENING + text + BODY, "fictional.txt").document
    assert document.unit == "样例县某某中学"


def test_a_renaming_that_says_not_what_the_body_is_reads_nothing():
    text = RENAMED.replace(",屬于全額撥款事業單位", ",負責全縣初中教育")
    assert not extract(OPENING + text + BODY, "fictional.txt").document.unit_named


def test_a_fund_renamed_is_no_unit():
    text = "省政府將移民口糧補貼更名為移民困難扶助金,屬于專項資金。\n"
    assert not extract(OPENING + text + BODY, "fictional.txt").document.unit_named


def test_an_unplaced_name_is_not_read():
    text = RENAMED.replace("更名為樣例縣某某中學", "更名為第二中學")
    assert not extract(OPENING + text + BODY, "fictional.txt").document.unit_named


def test_a_renaming_outside_the_organisation_section_reads_nothing():
    text = OPENING.replace("(二)單位構成\n", "") + "三、其他\n" + RENAMED + BODY
    assert not extract(text, "fictional.txt").document.unit_named
