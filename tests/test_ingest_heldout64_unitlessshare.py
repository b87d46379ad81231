"""Trial 64's 1315, by class, on fictional texts: a budget note lists a part under 其中 after a
total in 元, the part's figure without its unit word and its share of the total right after it
(2025支出预算7842977.60元。其中:一般公共服务支出2713623.00,34.60%;…). Before, the figure was
missing from the draft; now, where the figure over the total is the stated share, it is read
in the total's unit (text/unitlessshare). A share that does not match, a figure with no share
after it, or a whole number reads nothing. Test material, fictional."""

from __future__ import annotations

from decimal import Decimal

from fictional_text import found

TITLE = "样例镇2035年部门预算情况说明\n一、收入预算说明\n2035年收入预算900.00元。\n"
NOTE = (
    "二、支出预算情况\n2035支出预算800.00元。其中:一般公共服务支出{part};社会保障支出100.00元。\n"
)


def _figures(text):
    return {w: (k, yuan) for w, k, yuan, r in found(TITLE + text) if r is None}


def test_a_part_whose_share_checks_is_read_in_the_totals_unit():
    read = _figures(NOTE.format(part="276.80,34.60%"))
    assert read["276.80"] == ("BUDGET", Decimal("276.80"))


def test_a_share_that_does_not_check_or_no_share_reads_nothing():
    assert "276.80" not in _figures(NOTE.format(part="276.80,35.60%"))
    assert "276.80" not in _figures(NOTE.format(part="276.80,另有说明"))
    assert "277" not in _figures(NOTE.format(part="277,34.63%"))
