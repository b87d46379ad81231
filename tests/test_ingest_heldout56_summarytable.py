"""A unit's budget or accounts published as its tables only, with no unit of money, is a report
of the family by its 收支总表 (trial 56's 1022, a central agency's budget tables OCR'd on a
bidding site: 收 入 | 预算数 | 支 出 | 预算数 … 一般公共预算拨款收入 | 2,280.32 … 本年收入合计 …
收 入 总 计, no 单位:万元 line; refused before as a text with no money figure): read, filed with
the accounts, its figures not read as money and a note saying why. An area's budget table (no
appropriation received), a sentence naming one total and a company's statements stay refused.
Test material, fictional."""

from __future__ import annotations

import pytest

from govkg.core.errors import IngestError
from govkg.ingest.document.summarytable import shows_summary_table
from govkg.ingest.extract import extract

TABLES = (
    "详情见附件(注:以下内容为附件图片识别,个别文字可能不准确,请以附件为准)收 入 | | 支 出 | |\n"
    "项 目 | 预算数 | 项 目 | 预算数 |\n"
    "一、一般公共预算拨款收入 | 1,230.32 | 一、社会保障和就业支出 | 709.01 |\n"
    "二、其他收入 | 115.57 | 二、节能环保支出 | 636.88 |\n"
    "本年收入合计 | 1,345.89 | 本年支出合计 | 1,345.89 |\n"
    "收 入 总 计 | 1,345.89 | 支 出 总 计 | 1,345.89 |\n"
    "科目编码 | 科目名称 | 合计 | 基本支出 | 项目支出 |\n"
    "208 | 社会保障和就业支出 | 709.01 | 709.01 | |\n"
)


@pytest.mark.parametrize("text", [TABLES, TABLES.replace("预算数", "决算数")])
def test_a_units_summary_table_with_no_unit_of_money_is_read_unread(text):
    assert shows_summary_table(text)
    read = extract(text, "fictional.txt")
    assert read.document.genre == "部门决算"
    assert not read.money  # no 万元 the text does not write
    assert any("no unit of money" in note for note in read.document.notes)


@pytest.mark.parametrize(
    "text",
    [
        # an area's budget: its revenue is taxes and grants, no appropriation received
        TABLES.replace("一般公共预算拨款收入", "税收收入"),
        "2031年全县收入总计与支出总计基本持平,预算数另行公布。\n",  # a sentence, no table
        "样例股份有限公司\n" + TABLES,  # a company
        TABLES.replace("本年收入合计", "小计").replace("本年支出合计", "小计"),
    ],
)
def test_an_areas_table_a_sentence_or_a_company_stays_refused(text):
    assert not shows_summary_table(text)
    with pytest.raises(IngestError):
        extract(text, "fictional.txt")
