"""Trial 62's 1267 (a mirror of a 2011 news item on two bodies' 三公 notes, in traditional
characters with glosses): a bar of related headlines above the article, [水利部三公經費八成用于養車]
[地震局去年公車費4100萬元] […], whose 4100萬元 was read as spending of the item's. Pattern: a line
made only of two or more bracketed headlines holds other articles' figures: listed unread with
the reason (``text.headlinebar``, asked in ``money``). Not one bracket in a sentence, not a line
with words outside its brackets. Test material, fictional."""

from __future__ import annotations

from fictional_text import found
from govkg.ingest.text.headlinebar import HEADLINE_REASON, in_headline_bar

BAR = "[青岚局三公经费八成用于养车] [样例局去年公车费410万元] [专家称贵在公布人均数]\n"
NEWS = BAR + "青岚局2035年“三公”经费支出120.5万元,其中公务接待费20.5万元。\n"


def test_a_figure_in_a_bar_of_related_headlines_is_not_read():
    assert in_headline_bar(NEWS, NEWS.index("410"))
    money = [(w, k, r) for w, k, _, r in found(NEWS)]
    assert money[0] == ("410万元", None, HEADLINE_REASON)
    assert [k for _, k, _ in money[1:]] == ["SPENDING", "SPENDING"]


def test_a_bracket_in_a_sentence_or_words_outside_are_the_reports():
    line = "青岚局公车费410万元[注1],较上年减少。\n"
    assert not in_headline_bar(line, line.index("410"))
    mixed = "相关新闻:[样例局去年公车费410万元] [专家称贵在公布人均数]\n"
    assert not in_headline_bar(mixed, mixed.index("410"))
    single = "[样例局去年公车费410万元]\n"
    assert not in_headline_bar(single, single.index("410"))
