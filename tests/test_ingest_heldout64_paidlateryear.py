"""Trial 64's 1300, a court's 决算 note, explains its carry-over's fall by a payment made in a
later year: 年末结转和结余4.86万元,较上年决算数减少28.11万元,下降85.3%,主要原因是2018年员额法官
工资调资32.97万元在2019年予以支付. The figure's own words name no kind; the 减少 of the clause
before had made it a change. Said after the figure to be paid in a year (在…年予以支付), it is
spent (``kinds.paidafter``), as 于…发放 is. A figure whose own words name a change, or with no
payment said after it, keeps its reading.
Test material, fictional.
"""

from __future__ import annotations

from fictional_text import kinds

HEAD = "2035年度样例局部门决算\n一、部门概况\n"
LEAD = "2035年度年末结转和结余4.86万元,较上年决算数减少28.11万元,下降85.3%,主要原因是"


def _read(sentence: str) -> dict[str, str | None]:
    return dict(kinds(HEAD + sentence))


def test_paid_in_a_later_year_is_spent():
    assert _read(LEAD + "2034年工资调资32.97万元在2035年予以支付。")["32.97万元"] == "SPENDING"


def test_no_payment_or_an_own_change_keeps_the_change():
    assert _read(LEAD + "2034年工资调资32.97万元。")["32.97万元"] == "CHANGE"
    assert _read("样例局支出较上年减少32.97万元在2035年予以支付。")["32.97万元"] == "CHANGE"
