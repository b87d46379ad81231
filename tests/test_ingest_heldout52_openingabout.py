"""A 三公 note's title opening on 关于 (關于 on a traditional mirror) names its unit after it:
trial 52's 872 read 關于北京市水務局 once …情况的说明 titles were read. Test material, fictional."""

from __future__ import annotations

from govkg.ingest.extract import extract

BODY = "\n一、“三公”经费的单位范围\n本局因公出国(境)费2031年预算安排10万元。\n"


def test_an_opening_about_is_no_part_of_the_unit():
    title = "关于样例市水务局2031年“三公”经费预算财政拨款情况的说明"
    assert extract(title + BODY, "fictional.txt").document.unit == "样例市水务局"


def test_a_mirrors_traditional_about_too():
    title = "關于樣例市水務局2031年“三公經費”預算財政撥款情況的說明"
    assert extract(title + BODY, "fictional.txt").document.unit == "樣例市水務局"

