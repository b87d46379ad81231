"""Trial 54's 925, by class, on fictional texts: a bilingual mirror whose figures survive in a
machine-translated English gloss. An English amount with its currency word (24.6659 million
yuan, 295400 yuan, 1.2 billion RMB) is found, in yuan; no rule reads English kind words, so
it is listed unread with that reason, unless it restates the amount its line writes in
Chinese (因公出国(境)费支出1527万元 On business abroad … Fee spending 15.27 million yuan): then it
takes that amount's kind. A figure with a scale and no currency word is money only as such a
restatement (约195万 … about 1.95 million); a year, a date, 1.95 million people, a phone number
are no amounts. A bare 万 before the English gloss (约195万 State-owned…) is a clause's end.
Test material, fictional."""

from __future__ import annotations

from decimal import Decimal

from govkg.ingest.extract import extract
from govkg.ingest.text.english import english_amounts

PAGE = (
    "您当前的位置:样例网 > 样例教育 >\n\n样例部2030年“三公”经费财政拨款决算情况说明\n\n"
    "  样例网北京7月20日电 今天,样例部公布了2030年“三公”经费决算和2031年预算。\n\n"
    "Sample net Beijing on July 20 today,The sample ministry has released 2030 years"
    "“three”The final accounts of the funds and the 2031 budget。\n\n"
    "公务用车购置及运行费支出约180万 State-owned cars YunHangFei purchase and about 1.8 million\n\n"
    "2030 years,The sample ministry“Funds for three”Funding for the final accounts of the "
    "spending 12.3456 million yuan,Strict control on the budget 13.5 million yuan inside,"
    "The final accounts of the year-on-year reduction of the number 234500 yuan。\n\n"
    "因公出国(境)费支出1100万元 On business abroad(territory)Fee spending 11 million yuan\n\n"
    "  2030年,样例部因公出国(境)费支出1100.07万元,比上年减少12.41万元。\n"
)


def test_english_amounts_with_a_currency_word_are_found_in_yuan():
    found = [(PAGE[a:b], value) for a, b, _, _, value, _ in english_amounts(PAGE)]
    assert found == [
        ("1.8 million", Decimal(1800000)),
        ("12.3456 million yuan", Decimal(12345600)),
        ("13.5 million yuan", Decimal(13500000)),
        ("234500 yuan", Decimal(234500)),
        ("11 million yuan", Decimal(11000000)),
    ]


def test_unplaced_english_amounts_are_listed_unread_and_a_gloss_takes_its_amounts_kind():
    money = {m.as_written: m for m in extract(PAGE, "fictional.txt").money}
    for written in ("12.3456 million yuan", "13.5 million yuan", "234500 yuan"):
        assert money[written].kind is None
        assert money[written].reason.startswith("written in English")
    assert money["180万"].kind == money["1.8 million"].kind == "SPENDING"
    assert (money["1100万元"].kind, money["11 million yuan"].kind) == ("SPENDING", "SPENDING")


def test_english_numbers_that_are_not_money_are_no_amounts():
    text = (
        "In 2030 years,From 19 date,1.95 million people visited;call 01056292228 or "
        "about 3 million visitors,2.5 billion in trade。\n"
        "参观人数约195万 About 1.95 million people visited\n"
    )
    assert english_amounts(text) == []


def test_a_figure_near_yuanling_is_no_amount():
    assert english_amounts("Visit 12 Yuanling county,25 yuanbao coins") == []
