"""A unit a mirror wrote with a reading after every character it glossed keeps its last
reading too (來(lái)源 : 青島市交通運(yùn)輸委員會(huì): trial 46's 690): the name as written is the
name with all its readings, never cut before the last. Test material, fictional."""

from __future__ import annotations

from govkg.ingest.extract import extract

TEXT = (
    "樣例鐵路項(xiàng)目資金2031年度績(jī)效自評(píng)報(bào)告\n"
    "樣例政務(wù)網(wǎng) 發(fā)布日期 : 2032-06-15 來(lái)源 : 樣例市交通運(yùn)輸委員會(huì)\n"
    "一、專項(xiàng)資金績(jī)效情況\n"
    "下達(dá)我局項(xiàng)目資金支出預(yù)算共計(jì)500萬(wàn)元,預(yù)算執(zhí)行500萬(wàn)元。\n"
)


def test_the_last_reading_of_a_publishers_name_stays_with_it():
    document = extract(TEXT, "fictional.txt").document
    assert document.unit == "樣例市交通運(yùn)輸委員會(huì)"
    assert document.cites[-1].quote.endswith("委員會(huì)")


def test_a_name_with_no_reading_after_it_is_unchanged():
    text = TEXT.replace("委員會(huì)", "委員會")
    assert extract(text, "fictional.txt").document.unit == "樣例市交通運(yùn)輸委員會"
