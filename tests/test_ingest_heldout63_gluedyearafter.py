"""Trial 63's 1299 (a 三公 note of a provincial department), by class, on fictional texts: the
year compared with glued to its figure, its 年 lost (text/gluedyear). Glued right after the
amount before it (…经费394.85万元2034247.15万元相比较增长147.70万元: 与 and 年 both lost), or
after 比 where the year stated comes later in the sentence (费186.42万元比203423.45万元部门决算支出
增加162.97万元,2035年累计…): the figure starts after the year, never one number of 2034 and
the amount. A year that is not the one before the stated year, a figure after words (no amount
before it), and a sentence stating no year keep the whole figure. Test material, fictional."""

from __future__ import annotations

from decimal import Decimal

from fictional_text import found
from govkg.ingest.text.amounts import amounts_written

GLUED = (
    "  2035年样例系统“三公”经费394.85万元2034247.15万元相比较增长147.70万元,主要原因为预算增加。\n"
    "  1、因公出国(境)费186.42万元比203423.45万元部门决算支出增加162.97万元,2035年累计出国"
    "批次比2034年增长12个批次。\n"
)


def _written(text):
    return [w for w, _ in amounts_written(text)]


def test_a_year_glued_right_after_an_amount_is_split_off():
    written = dict(amounts_written(GLUED))
    assert written["247.15万元"] == Decimal("2471500")
    assert not any(w.startswith("2034") for w in _written(GLUED))


def test_a_year_glued_after_bi_with_the_year_stated_later_is_split_off():
    written = dict(amounts_written(GLUED))
    assert written["23.45万元"] == Decimal("234500")
    assert not any(w.startswith("2034") for w in _written(GLUED))


def test_the_split_figures_are_read_at_their_own_place():
    read = [(w, y) for w, _, y, _ in found(GLUED)]
    assert ("247.15万元", Decimal("2471500")) in read
    assert ("23.45万元", Decimal("234500")) in read


def test_a_year_that_is_not_the_one_before_keeps_the_whole_figure():
    other = GLUED.replace("2034247.15", "2031247.15").replace("203423.45", "203123.45")
    assert "2031247.15万元" in _written(other)
    assert "203123.45万元" in _written(other)


def test_a_figure_after_words_and_a_sentence_with_no_year_keep_the_whole_figure():
    after_words = "2035年样例系统经费合计2034247.15万元,增长147.70万元。\n"
    assert "2034247.15万元" in _written(after_words)
    no_year = "  1、因公出国(境)费186.42万元比203423.45万元部门决算支出增加162.97万元。\n"
    assert "203423.45万元" in _written(no_year)
