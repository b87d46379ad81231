"""The total an allotment shares out, written with 万 and no 元 right before 分配 (trial 49's
corpus leftover 725: …对中央自然灾害资金,…区应急局党委会会议研究70万分配方案如下:…分别补助7万元):
money where its sentence names a fund or an amount in 元 before it, so it is listed (read or
unread), never dropped. Near misses keep today's reading: a count before 分配, a sentence
with no money word. Test material, fictional."""

from __future__ import annotations

from govkg.ingest.extract import extract
from govkg.ingest.text.allotmenttotal import allotment_totals
from govkg.ingest.text.amounts import amounts_written

HEAD = "样例区应急管理局2031年度救灾资金绩效自评报告\n一、资金投入情况\n"


def listed(body: str) -> list[str]:
    """Each money figure of a report with ``body`` as written, read or listed unread."""
    return [m.as_written for m in extract(HEAD + body, "fictional.txt").money]


def test_the_total_before_its_allotment_plan_is_listed():
    body = (
        "对中央救灾资金,2031年8月31日,局党委会研究50万分配方案如下:对甲镇、乙镇分别补助25万元。\n"
    )
    assert "50万" in listed(body)


def test_a_sum_in_yi_too():
    text = "对省级补助资金,会议研究1.2亿分配方案。"
    assert [(a, b) for a, b, *_ in allotment_totals(text)] == [
        (text.index("1.2"), text.index("分配"))
    ]
    assert ("1.2亿", 120000000) in list(amounts_written(text))


def test_a_count_before_allotment_is_no_money():
    assert allotment_totals("对救灾资金,会议研究3万亩分配方案。") == []
    assert allotment_totals("对救灾资金,会议研究3万个名额分配方案。") == []


def test_a_sentence_with_no_money_word_reads_nothing():
    assert allotment_totals("会议研究2万套房源的调整。局里研究2万分配方案。") == []
