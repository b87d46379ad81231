"""A news item stating the 三公 money by its items' changes and its total's, with no title and no
totals of the year, is a report of the family (trial 57's 1078, a 人民日报 brief on 辽宁's 2013
三公: 全年公务接待费比上年同期减少0.31亿元…;因公出国(境)支出比上年同期减少0.14亿元…。全年“三公”
经费总额比上年同期减少0.46亿元; refused before): an item's amount counts towards the 三公 money
stated twice (``threepublicfigures``), the 三公 named with an amount once at least. Items with
no 三公 total named, one total alone, a 三公 named with no amount and an audit stay refused.
Test material, fictional."""

from __future__ import annotations

import pytest

from govkg.core.errors import IngestError
from govkg.ingest.document.threepublicfigures import states_three_public_figures
from govkg.ingest.extract import extract

BRIEF = (
    "样例省:公务接待费下降近一半\n\n"
    "  2031年,样例省委、省政府狠刹“三公”消费中的奢靡之风。全年公务接待费比上年同期减少0.21亿元,"
    "下降37.8%;因公出国(境)支出比上年同期减少0.12亿元,下降32.4%。全年“三公”经费总额比上年同期"
    "减少0.36亿元,下降13.7%。\n\n发布时间:2032年01月26日 来源:样例日报\n"
)


@pytest.mark.parametrize(
    "text",
    [
        BRIEF,
        # the item written as its 费, the total said 三公支出
        BRIEF.replace("因公出国(境)支出", "公务用车购置及运行费").replace("“三公”经费总额", "“三公”支出"),
    ],
)
def test_a_news_item_with_the_items_and_the_totals_changes_is_read(text):
    assert states_three_public_figures(text)
    read = extract(text, "fictional.txt")
    assert read.document.year == 2031
    assert read.document.unit_named is False
    assert len(read.money) >= 3
    assert all(m.kind == "CHANGE" for m in read.money)


@pytest.mark.parametrize(
    "text",
    [
        # one item and the total named with no amount: the 三公 money stated once
        "样例市新闻\n样例市压减“三公”经费。全年公务接待费比上年减少0.21亿元。\n",
        # the 三公 total alone, once
        "样例县新闻\n今年全县安排“三公”经费500万元,比上年减少10%。\n",
        # an audit, whatever its figures
        "审计发现,样例局公务接待费超标准支出12万元,“三公”经费超预算5万元。\n",
    ],
)
def test_an_item_alone_one_total_or_an_audit_stays_refused(text):
    assert not states_three_public_figures(text)
    with pytest.raises(IngestError):
        extract(text, "fictional.txt")


def test_the_item_and_the_total_ending_on_one_amount_count_once():
    # 公务接待费 and “三公”经费 both before 12万元 in one clause: the money stated once
    assert not states_three_public_figures("公务接待费等“三公”经费共12万元。")
    assert states_three_public_figures("公务接待费3万元。“三公”经费共12万元。")
