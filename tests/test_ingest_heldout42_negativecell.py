"""A form's field cell written with a minus (an overspent 结余: forty-second trial's 617,
结余(万元) | -55.78 |): the run of fields and its source rows go on being read, and the
negative cell is listed unread at its size (``tables/unitfields``)."""

from govkg.ingest.tables.unitfields import NEGATIVE, find_unit_fields
from govkg.ingest.text.textview import clean_view


def _read(text: str):
    return {m.label: (m.figure, m.kind, m.reason) for m in find_unit_fields(clean_view(text), 2019)}


def test_a_negative_balance_keeps_the_fields_and_their_source_rows():
    text = (
        "安排资金(万元) | 300 | 到位资金(万元) | 280 | 已支出(万元) | 290.5 | 结余(万元) | -10.5 |\n"
        "其中:省级 | | 其中:省级 | | 其中:省级 | | 其中:省级 | |\n"
        "县级 | 300 | 县级 | 280 | 县级 | 290.5 | 县级 | -10.5 |\n"
    )
    read = _read(text)
    assert read["到位资金(万元)"] == ("280", "REVENUE", None)
    assert read["县级 安排资金(万元)"] == ("300", "BUDGET", None)
    assert read["县级 已支出(万元)"] == ("290.5", "SPENDING", None)
    assert read["结余(万元)"] == ("10.5", None, NEGATIVE)
    assert read["县级 结余(万元)"] == ("10.5", None, NEGATIVE)


def test_a_dash_alone_is_still_an_empty_cell():
    text = (
        "安排资金(万元) | 300 | 到位资金(万元) | 280 | 结余(万元) | - |\n"
        "县级 | 300 | 县级 | 280 | 县级 | - |\n"
    )
    read = _read(text)
    assert "结余(万元)" not in read
    assert "县级 结余(万元)" not in read
    assert read["县级 到位资金(万元)"] == ("280", "REVENUE", None)


def test_a_positive_balance_is_read_as_before():
    text = "安排资金(万元) | 300 | 已支出(万元) | 290.5 | 结余(万元) | 9.5 |\n"
    assert _read(text)["结余(万元)"] == ("9.5", "CARRY_OVER", None)
