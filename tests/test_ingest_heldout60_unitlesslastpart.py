"""Trial 60's 1190, by class, on fictional texts: the last part of a 其中 list written without its
unit word (…其中:一般公共预算拨款746.50万元上年结转8.01。), the total before 其中 the parts' exact
sum, is in the total's unit (``text.unitlesslastpart``). Before, 1190's 上年结转 was missing. A sum
that misses, a figure without decimals, parts in another unit word or a figure at the text's end
read nothing. Test material, fictional."""

from __future__ import annotations

from decimal import Decimal

from fictional_text import found

HEAD = "青岚区样例馆2035年部门预算\n(一)收入预算:2035年初预算数"


def _bare(text: str) -> list[tuple[str, str | None, Decimal]]:
    return [(w, k, y) for w, k, y, _ in found(text) if not w.endswith("元")]


def test_the_last_part_summing_to_the_total_is_read_in_its_unit():
    text = (
        HEAD + "512.30万元,其中:一般公共预算拨款500.20万元上年结转12.10。收入较上年减少3.00万元。\n"
    )
    assert _bare(text) == [("12.10", "CARRY_OVER", Decimal("121000"))]
    text = HEAD + "512.30万元,其中:一般公共预算拨款480.20万元,事业收入20.00万元,上年结转12.10;\n"
    assert _bare(text) == [("12.10", "CARRY_OVER", Decimal("121000"))]


def test_a_sum_that_misses_or_a_count_or_a_cut_figure_reads_nothing():
    missed = HEAD + "512.30万元,其中:一般公共预算拨款500.20万元上年结转12.11。\n"
    assert _bare(missed) == []
    count = "样例馆2035年在编人数52,其中:在职人员40上年调入12。\n"
    assert _bare(HEAD + "512.30万元,其中:一般公共预算拨款500.20万元上年结转12.10。\n" + count) == [
        ("12.10", "CARRY_OVER", Decimal("121000"))
    ]
    cut = HEAD + "512.30万元,其中:一般公共预算拨款500.20万元上年结转12.10"
    assert [kind for _, kind, _ in _bare(cut)] in ([], [None])  # listed unread at most
    other_unit = HEAD + "512.30万元,其中:一般公共预算拨款500.20元上年结转12.10。\n"
    assert _bare(other_unit) == []
