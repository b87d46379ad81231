"""Trial 60's 1169, a news item on a 中央决算 copied by a spam site and run through a synonym
rewriter: 一样平常 for 一般, 镌汰 for 减少, 增添 for 增加 (``text.spunwords``). Where the
rewriter's mark (一样平常 or 镌汰) is in the text its words are read back, so the fiscal
account's revenue and spending and the 三公 changes against the budget keep their kinds; quotes
stay verbatim. Without the mark, 增添 is left as written.
"""

from __future__ import annotations

from fictional_text import found, kinds
from govkg.ingest.extract import extract

SPUN = (
    "财务部部长日前向青岚省人大常委会作2035年省级决算报告。\n"
    "报告显示,2035年,省级一样平常公共预算收入948.14亿元,为预算的100%,比2034年增添3.8%。"
    "省级一样平常公共预算支出1325.65亿元,完成预算的98.9%。\n"
    "2035年省本级“三公”经费财政拨款支出合计2.24亿元,比预算数镌汰0.76亿元。"
    "其中,因公出国(境)费0.94亿元,镌汰0.37亿元;公务接待费0.58亿元,镌汰0.17亿元。\n"
)


def test_a_spun_texts_words_are_read_back():
    read = dict(kinds(SPUN))
    assert read["948.14亿元"] == "REVENUE"
    assert read["1325.65亿元"] == "SPENDING"
    assert read["0.76亿元"] == "CHANGE"
    assert read["0.94亿元"] == "SPENDING"
    assert read["0.37亿元"] == "CHANGE"
    assert read["0.17亿元"] == "CHANGE"


def test_quotes_stay_verbatim():
    money = extract(SPUN, "f.txt").money
    quotes = [cite.quote for m in money for cite in m.cites]
    assert any("一样平常公共预算收入948.14亿元" in quote for quote in quotes)
    assert any("镌汰0.76亿元" in quote for quote in quotes)
    assert [w for w, *_ in found(SPUN)][:2] == ["948.14亿元", "1325.65亿元"]


def test_without_the_rewriters_mark_nothing_is_read_back():
    plain = SPUN.replace("一样平常", "一般").replace("镌汰", "减少")
    plain += "该项目增添设备5万元。\n"
    read = dict(kinds(plain))
    assert read["0.76亿元"] == "CHANGE"
    assert read["5万元"] != "CHANGE"
