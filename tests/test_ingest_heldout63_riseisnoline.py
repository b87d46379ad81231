"""A figure right after a bare 增 or 减 (…上升到1,740萬元,增720萬元) is the rise or the fall,
no money spent: it drafts no funding line (``lines/spending``'s ``_NOT_SPENDING``). Trial 63's
1279, a budget in news, had drafted 增720萬元 as a line named 上升到 with 1,740萬元 as its budget.
A line whose words only hold 增 inside them (新增设备购置支出) stays a line. Test material,
fictional."""

from __future__ import annotations

from decimal import Decimal

from govkg.ingest.extract import extract


def _lines(text: str) -> list[tuple[str, Decimal | None]]:
    return [(line.name, line.amount) for line in extract(text, "f.txt").lines]


def test_a_rise_after_a_bare_zeng_is_no_line():
    text = (
        "样例局2035年部门预算说明\n住房保障支出由2034年的1,020万元、占财政拨款预算1.39%,"
        "上升到1,740万元、占2.3%,增720万元。\n"
    )
    assert Decimal("7200000") not in [amount for _, amount in _lines(text)]


def test_a_line_whose_words_hold_zeng_inside_stays_a_line():
    text = "样例局2035年部门决算说明\n新增设备购置支出30万元。\n"
    assert ("新增设备购置支出", Decimal("300000")) in _lines(text)
