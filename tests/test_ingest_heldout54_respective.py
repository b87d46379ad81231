"""Trial 54's 926, by class, on fictional texts: figures given 分别 (respectively) joined by
和 / 与 / 、, the unit written once after the last (因公出国(境)费和公务接待费分别为2619和3573萬元):
each in that unit, whole figures too, a mirror's readings read through; without 分别, or
before a measure word (分别为1200和3456万人), nothing is shared. Test material, fictional."""

from __future__ import annotations

from govkg.ingest.extract import extract
from govkg.ingest.text.amounts import amounts

TITLE = "样例局2030年“三公”经费财政拨款决算情况说明\n"


def found(text: str) -> list[tuple[str, str, int]]:
    return [(a.figure, a.unit, a.yuan) for a in amounts(text)]


def test_figures_given_respectively_share_the_last_ones_unit():
    text = "此外,因公出国(境)费和公务接待费分别为1200和3456万元。"
    assert found(text) == [("1200", "万元", 12000000), ("3456", "万元", 34560000)]


def test_respectively_with_three_figures_and_decimals():
    text = "三项经费分别是12.5、30和7.25万元。"
    assert found(text) == [
        ("12.5", "万元", 125000),
        ("30", "万元", 300000),
        ("7.25", "万元", 72500),
    ]


def test_a_mirrors_readings_inside_respectively():
    text = "公務接待費分(fēn)別(bié)為(wèi)1200和3456萬元。"
    money = [(m.as_written, m.amount) for m in extract(TITLE + text, "f.txt").money]
    assert money == [("1200", 12000000), ("3456萬元", 34560000)]


def test_without_respectively_or_before_a_count_nothing_is_shared():
    assert found("出国费1200和3456万元。") == [("3456", "万元", 34560000)]
    assert found("两地人口分别为1200和3456万人。") == []
