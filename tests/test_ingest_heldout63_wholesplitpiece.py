"""Trial 63's 1289 (a spam mirror's copy of a Guangzhou district's 三公 news item), by class, on
fictional text: a figure the mirror's inserted words split where the second piece is a whole
number (因公出國(境)費用56借款3萬元, the 563萬元 its parts sum to: kinds/insertedsplit). Both pieces
are listed unread, as 129房屋貸款3.96萬 is (trial 57's 1077); before, 3萬元 was read as spending.
A count (3輛), a fund's words (個村資金) and a year (2034全年) before the figure read as before.
Test material, fictional."""

from __future__ import annotations

from fictional_text import found

NEWS = (
    "  樣例區2035年“三公”經費總計為6206萬元,比2034年減少343萬元。其中:因公出國(境)費用"
    "{split}萬元,同比減少13.38%;公務接待費1128萬元,同比下降23.27%。\n"
)


def _read(split):
    return {w: (k, r) for w, k, _, r in found(NEWS.format(split=split))}


def test_a_whole_second_piece_is_listed_unread_with_the_first():
    read = _read("56借款3")
    for piece in ("56", "3萬元"):
        kind, reason = read[piece]
        assert kind is None, piece
        assert "借款" in reason, piece
    assert read["1128萬元"] == ("SPENDING", None)


def test_a_count_or_a_fund_before_a_whole_figure_is_no_split():
    assert _read("3輛公車運行費3")["3萬元"][0] is not None
    assert _read("129個村資金3")["3萬元"][0] is not None
