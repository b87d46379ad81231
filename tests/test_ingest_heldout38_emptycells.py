"""A form flattened one cell a paragraph that keeps its empty cells as empty paragraphs
(thirty-eighth trial's 528): its source rows, their label once per funds column, are read
(``tables/unitfields``, the reading with empty paragraphs as cells)."""

from govkg.ingest.tables.unitfields import find_unit_fields
from govkg.ingest.text.textview import clean_view


def _cells(*cells: str) -> str:
    return "\n\n".join(cells) + "\n"


def _read(text: str) -> dict[str, tuple[str, str | None]]:
    return {m.label: (m.figure, m.kind) for m in find_unit_fields(clean_view(text), 2022)}


def test_a_source_row_after_an_empty_field_is_read_column_by_column():
    text = _cells(
        "到位资金", "(万元)", "45.5", "已支出资金", "(万元)", "40", "结余资金", "(万元)", " ",
        "省级补助", "30", "省级补助", "30", "省级补助", " ",
        "三、绩效目标",
    )
    read = _read(text)
    assert read["省级补助 到位资金 (万元)"] == ("30", "REVENUE")
    assert read["省级补助 已支出资金 (万元)"] == ("30", "SPENDING")
    assert read["到位资金 (万元)"] == ("45.5", "REVENUE")


def test_a_row_wider_than_the_fields_is_still_not_theirs():
    text = _cells(
        "到位资金", "(万元)", "45.5", "已支出资金", "(万元)", "40",
        "省级补助", "30", "省级补助", "30", "省级补助", "12",
        "三、绩效目标",
    )
    read = _read(text)
    assert not any(label.startswith("省级补助") for label in read)
    assert read["已支出资金 (万元)"] == ("40", "SPENDING")


def test_lines_one_newline_apart_keep_todays_reading():
    text = "\n".join(["到位资金 (万元)", "45.5", "已支出资金 (万元)", "40", "", "", "省级补助", "9"])
    read = _read(text)
    assert read == {"到位资金 (万元)": ("45.5", "REVENUE"), "已支出资金 (万元)": ("40", "SPENDING")}
