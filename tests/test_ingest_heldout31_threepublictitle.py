"""Thirty-first trial (394): a 三公 note's title may put its year between “三公”经费 and its
决算 or 预算 (关于财政拨款“三公”经费2015年决算的 / 情 况 说 明, over lines): still the
note's title (``threepublic.words.NOTE_TITLE``). Held on fictional text, with the near
misses that must stay refused."""

from __future__ import annotations

import pytest

from govkg.core.errors import IngestError
from govkg.ingest.document.report import read_document
from govkg.ingest.text.textview import clean_view

BODY = "一、公务接待费\n全年公务接待费1.25万元,接待12批次。\n二、公务用车购置及运行维护费\n本单位无公务用车。\n"


def _read(text: str):
    return read_document(clean_view(text), "x.txt")


def test_a_title_with_its_year_inside_is_a_three_public_note():
    read = _read("样例县档案局\n“三公”经费2031年度预算情况说明\n" + BODY)
    assert (read.unit, read.year) == ("样例县档案局", 2031)


def test_the_title_split_over_lines_with_spaced_words():
    read = _read(
        '某某区科学技术委员会\n关于财政拨款"三公"经费2030年度决算的\n情 况\n说 明\n' + BODY
    )
    assert (read.unit, read.year) == ("某某区科学技术委员会", 2030)


def test_a_news_item_naming_the_three_public_year_is_refused():
    text = (
        "市财政局召开专题会议\n会议部署“三公”经费2031年决算工作,要求各单位按时报送。\n"
        "会议强调,要严格控制一般性支出。\n"
    )
    with pytest.raises(IngestError):
        _read(text)


def test_a_year_without_the_accounts_or_budget_word_is_no_title():
    text = "某某市文化馆“三公”经费2031年度的情况说明会议召开\n与会人员交流了工作经验。\n"
    with pytest.raises(IngestError):
        _read(text)
