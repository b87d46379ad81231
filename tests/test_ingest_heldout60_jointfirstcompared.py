"""Trial 60's 1166, by class, on fictional texts: a joint 收支 total first, then last year's figure
compared right after it in its sentence (收、支总计812.40万元,比上年790.10万元增加22.30万元): last
year's figure is of both sides, revenue and spending, as the year's is (``kinds.comparedjoint``).
Before, 1166's 比上年2665.56萬元 was listed unread twice. A total of one side, a figure with a word
of its own, or one with no change word after it keep their readings. Test material, fictional."""

from __future__ import annotations

from fictional_text import kinds

HEAD = "青岚区样例局2035年度部门决算\n二、收入支出决算总体情况说明\n"


def _of(text: str, written: str) -> list[str | None]:
    return [k for w, k in kinds(HEAD + text) if w == written]


def test_last_years_figure_after_a_joint_total_is_of_both_sides():
    text = "2035年度收、支总计812.40万元,比上年790.10万元增加22.30万元,增长2.82%。\n"
    assert _of(text, "790.10万元") == ["REVENUE", "SPENDING"]
    assert _of(text, "22.30万元") == ["CHANGE"]
    text = "2035年度收、支總計812.40萬元,較上年790.10萬元減少22.30萬元。\n"  # traditional
    assert _of(text, "790.10萬元") == ["REVENUE", "SPENDING"]


def test_one_side_or_own_words_or_no_change_word_keep_their_readings():
    one_side = "2035年度支出总计812.40万元,比上年790.10万元增加22.30万元。\n"
    assert _of(one_side, "790.10万元") != ["REVENUE", "SPENDING"]
    own = "2035年度收、支总计812.40万元,比上年预算790.10万元增加22.30万元。\n"
    assert _of(own, "790.10万元") != ["REVENUE", "SPENDING"]
    no_change = "2035年度收、支总计812.40万元,比上年790.10万元的规模有所扩大。\n"
    assert _of(no_change, "790.10万元") != ["REVENUE", "SPENDING"]
