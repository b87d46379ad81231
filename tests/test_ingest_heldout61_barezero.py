"""Trial 61's 1220, by class, on fictional texts: a 三公 note's item stated as a bare zero right
after the word naming its kind (公务用车购置费预算支出为0,与上年持平), the amounts before it all in
万元 (text/barezero): nought yuan in any unit, read in its neighbours' unit and by the words
before it. Missing before. A zero after words naming no kind (经费为0), one with no unit before
it or units of two words, and 0.5 / 0% / 0个 read nothing this way. Test material, fictional."""

from __future__ import annotations

from decimal import Decimal

from fictional_text import found
from govkg.ingest.text.barezero import bare_zeros

NOTE = (
    "青岚区样例局2035年“三公”经费预算支出中,因公出国(境)费预算支出0万元;公务接待费预算"
    "支出1.25万元。\n(1)公务用车购置费预算支出为0,与上年持平。\n"
)


def test_a_bare_zero_after_its_kind_word_is_read_in_its_neighbours_unit():
    zero = NOTE.index("为0") + 1
    assert bare_zeros(NOTE) == [(zero, zero + 1, "0", "万元")]
    read = [(w, k, a) for w, k, a, r in found(NOTE) if w == "0" and r is None]
    assert read == [("0", "BUDGET", Decimal("0"))]


def test_a_zero_after_words_naming_no_kind_reads_nothing():
    assert bare_zeros(NOTE.replace("预算支出为0", "经费为0")) == []
    assert bare_zeros(NOTE.replace("预算支出为0", "预算数上为0")) == []


def test_a_zero_with_no_unit_or_two_units_before_it_reads_nothing():
    assert bare_zeros("(1)公务用车购置费预算支出为0,与上年持平。") == []
    assert bare_zeros(NOTE.replace("1.25万元", "12500元")) == []


def test_a_figure_that_is_no_bare_zero_is_left_to_its_own_reading():
    for after in ("为0.5,", "为0%,", "为0个,", "为0万元,"):
        assert bare_zeros(NOTE.replace("为0,", after)) == []
