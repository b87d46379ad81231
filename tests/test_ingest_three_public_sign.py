"""A “三公”经费 note or table is known by two of its three items listed with an amount each
(``threepublic.sign``), and by a title that quotes the 三公经费 whole (“三公经费”预算…说明):
read, not refused, however it opens. A news item that names the items without amounts, or
one item only, or the items with counts, is still refused."""

from __future__ import annotations

import pytest

from fictional_text import document, found
from govkg.core.errors import IngestError
from govkg.ingest.document.genresigns import shows_genre
from govkg.ingest.threepublic.sign import itemises_three_public

UNTITLED = (
    "按照要求,现说明如下。\n"
    "1、因公出国(境)费支出为0元,与上年持平。\n"
    "2、公务接待费2016年预算8万元,2015年预算12.5万元。\n"
    "3、公务用车购置及运行费10.2万元。\n"
)


def test_two_items_with_their_amounts_are_a_sign_of_the_genre():
    assert itemises_three_public(UNTITLED)
    read = document(UNTITLED)  # read, not refused; its unit never guessed
    assert not read.unit_named
    assert "10.2万元" in [w for w, _, _, _ in found(UNTITLED)]


def test_a_table_s_items_count_under_a_money_head_only():
    table = "样例表\n单位:万元\n| 项目 | 决算数 |\n| 公务接待费 | 12.5 |\n| 公务用车运行费 | 3 |\n"
    assert itemises_three_public(table)
    headless = "样例表\n| 项目 | 次数 |\n| 公务接待费 | 12 |\n| 公务用车运行费 | 3 |\n"
    assert not itemises_three_public(headless)


@pytest.mark.parametrize(
    "news",
    [
        "本报讯 各单位要压减因公出国(境)费和公务接待费,严控公务用车运行费。\n",
        "本报讯 今年公务接待费支出12万元,比上年下降。\n",  # one item only
        "本报讯 全区因公出国(境)团组3个,公务接待120批次,公务用车15辆。\n",  # counts
        "本报讯 公务接待费管理办法第3条。因公出国(境)费按2号文件执行。\n",  # no money
    ],
)
def test_a_news_item_naming_the_items_is_refused(news):
    assert not itemises_three_public(news)
    assert not shows_genre(news)
    with pytest.raises(IngestError):
        document(news)


def test_a_title_quoting_the_三公经费_whole_is_a_note_s_title():
    text = "样例市经信局2016年“三公经费”预算对比增减说明\n2016年三公经费预算拨入33万元。\n"
    read = document(text)
    assert read.unit == "样例市经信局"
    assert read.year == 2016
