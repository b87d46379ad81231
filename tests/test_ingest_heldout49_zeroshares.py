"""A 0% share alone in its sentence takes the base its neighbours' shares name in the same
words (forty-ninth trial's 778, and the corpus's 631): 上级补助收入0万元,占收入合计0%。 after
事业收入…,占收入合计51.82%. Arithmetic says nothing of a zero, so only the same base words
and one base resolved for them place it; a zero whose words name another base, or whose
neighbours' shares of those words resolve to two figures, stays without a base."""

from __future__ import annotations

from test_ingest_figure_shares import ACCOUNTS, draft, shares

LIST = (
    "二、收入决算情况说明\n本年收入合计800万元;包括财政拨款收入600万元,占收入合计75%;"
    "事业收入200万元,占收入合计25%。\n"
)


def test_a_zero_alone_in_its_sentence_takes_the_base_its_neighbours_name(tmp_path):
    text = ACCOUNTS + LIST + "上级补助收入0万元,占收入合计0%。\n附属单位上缴收入0万元,占收入合计0%。\n"
    records, _ = draft(tmp_path, text)
    found = shares(records)
    assert found["600万元"] == ("75", "800万元")
    assert found["0万元"] == ("0", "800万元")
    zeros = [f for f in records["money_figures"] if f["as_written"] == "0万元"]
    assert len(zeros) == 2
    assert all(f.get("stated_share") == "0" for f in zeros)


def test_a_zero_whose_words_name_another_base_stays_without_one(tmp_path):
    text = ACCOUNTS + LIST + "经营支出0万元,占支出合计0%。\n"
    records, _ = draft(tmp_path, text)
    assert "0万元" not in shares(records)
