"""An amount written 万 without 元 right after a fund's name, read through a mirror's readings
(trial 56's 1011: 2020年忠烈祠免費開放經(jīng)費236.25萬整體支出績效自評表, the title naming the
fund's money): money, found as without the readings (``text/fundledbare``); a measure word
after the 万 keeps it a count, readings or not. Test material, fictional."""

from decimal import Decimal

from govkg.ingest.extract import extract
from govkg.ingest.text.amounts import amounts_written


def _found(text: str) -> list[tuple[str, Decimal]]:
    return list(amounts_written(text))


def test_a_fund_name_with_readings_before_a_bare_wan_makes_it_money():
    assert _found("2031年样例祠免费开放经(jīng)费88.5万整体支出绩效自评表") == [
        ("88.5万", Decimal("885000"))
    ]
    assert _found("本局下达专项资(zī)金共计6.5万用于道路养护") == [("6.5万", Decimal("65000"))]


def test_a_traditional_mirrors_title_names_its_funds_money():
    text = (
        "2031年樣例祠免費開放經(jīng)費88.5萬整體支出績效自評表\n"
        "2031年樣例祠免費開放經(jīng)費88.5萬元部門整體支出績效自評表 |\n"
        "單位名稱 | 樣例區(qū)樣例局 | 主管部門 | 樣例區(qū)樣例局 |\n"
    )
    written = [m.as_written for m in extract(text, "f.txt").money]
    assert "88.5萬" in written


def test_a_reading_after_the_wan_is_read_through():
    assert _found("该项目经(jīng)费12万(wàn)纳入评价范围") == [("12万", Decimal("120000"))]


def test_a_measure_word_after_the_wan_keeps_it_a_count_with_readings_too():
    assert _found("项目资(zī)金12万人次受益") == []
    assert _found("培训经(jīng)费覆盖3万户") == []
    assert _found("培训经(jīng)费3万(wàn)户") == []


def test_no_fund_name_before_the_figure_keeps_it_no_amount():
    assert _found("全县共有12万(wàn)居民参加") == []
