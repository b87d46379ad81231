"""A list after a lead's colon, read in a mirror that glosses characters with their readings
(預(yù)算, 經(jīng)費): the readings are read through, in the items and in the lead, so an item naming
its own budget is read by its words and its parts under 其中 with it (trial 55's 967, a
finance ministry's 三公 news in traditional characters: 2011年中央本級“三公”經費財政撥款預(yù)算
94.28億元 read as spent by the lead's 决算支出), read by ``leadlist``. Test material,
fictional."""

from __future__ import annotations

from govkg.ingest.document.report import Given
from govkg.ingest.extract import extract


def read(text: str, title: str = "样例省2031年省本级三公经费情况") -> list[tuple[str, str | None]]:
    found = extract(text, "fictional.txt", Given(title=title)).money
    return [(m.as_written, m.kind) for m in found]


def test_an_item_glossed_as_a_budget_after_a_lead_naming_accounts_and_budget():
    text = (
        "8日,樣例省財政廳公布了省本級“三公”經(jīng)費2030決算支出和2031年預(yù)算情況:"
        "2031年省本級“三公”經(jīng)費財政撥款預(yù)算12.5億元。其中,因公出國(境)經(jīng)費2.5億元,"
        "公務(wù)用車購置及運行費7億元,公務(wù)接待費3億元。\n"
    )
    assert read(text) == [
        ("12.5億元", "BUDGET"),
        ("2.5億元", "BUDGET"),
        ("7億元", "BUDGET"),
        ("3億元", "BUDGET"),
    ]


def test_the_same_text_without_readings_reads_the_same():
    text = (
        "8日,样例省财政厅公布了省本级“三公”经费2030决算支出和2031年预算情况:"
        "2031年省本级“三公”经费财政拨款预算12.5亿元。其中,因公出国(境)经费2.5亿元,"
        "公务用车购置及运行费7亿元,公务接待费3亿元。\n"
    )
    assert [kind for _, kind in read(text)] == ["BUDGET"] * 4


def test_a_glossed_lead_still_gives_its_kind_to_items_naming_none():
    text = (
        "2031年樣例縣專項資金預(yù)算:規(guī)劃經(jīng)費36.4萬元、監(jiān)測工作6.4萬元、宣傳培訓(xùn)11萬元。\n"
    )
    assert [kind for _, kind in read(text, "样例县2031年项目支出绩效自评报告")] == [
        "BUDGET",
        "BUDGET",
        "BUDGET",
    ]


def test_an_item_glossed_as_spent_keeps_its_own_reading():
    text = (
        "樣例局公布了2031年預(yù)算情況:2030年“三公”經費決算支(zhī)出8.2萬元。\n"
    )
    assert read(text, "样例局2031年三公经费情况") == [("8.2萬元", "SPENDING")]
