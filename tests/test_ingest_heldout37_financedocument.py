"""An item that opens on a finance department's document number allocates money: its
amount in 万 without 元, or a figure the excerpt cuts short, is listed though no money
word stands before it (thirty-seventh trial's 503: "(1)冀财建(2019)296号文)国省干线养护43万。",
"7)冀财建[2020]11号…补贴项目31.2" at the text's end). A document cited inside a sentence,
or another department's, names no allocation: 2万 there stays no amount. All text
fictional."""

from __future__ import annotations

from decimal import Decimal

from fictional_text import found
from govkg.ingest.kinds.financedocument import opens_on_finance_document

_HEAD = "样例县水务局2031年度项目支出绩效自评报告\n一、项目资金情况\n共收到以下资金。\n"


def test_an_amount_in_wan_after_a_finance_document_is_listed():
    text = _HEAD + "一、苏财农〔2031〕18号 小型水库维修 12.5万。\n二、存在的问题\n无。\n"
    amounts = [(w, y) for w, _, y, _ in found(text)]
    assert ("12.5万", Decimal("125000")) in amounts


def test_a_figure_cut_at_the_end_after_a_finance_document_is_listed_unread():
    text = _HEAD + "1.财农【2031】7号 河道清淤补助8万元。\n2.苏财建(2031)40号 堤防巡查设备购置6.4"
    money = found(text)
    assert money[-1][0] == "6.4"
    assert money[-1][3] is not None  # unread: its unit word is lost


def test_a_document_inside_a_sentence_or_of_another_department_names_no_allocation():
    for line in (
        "根据国发〔2031〕3号文件,全县惠及2万。",
        "(3)国发〔2031〕3号 覆盖农户2万。",
        "样例苏财农〔2031〕18号文件要求,覆盖2万。",
    ):
        text = _HEAD + line + "\n二、存在的问题\n无。\n"
        assert "2万" not in [w for w, _, _, _ in found(text)]


def test_the_opening_is_read_through_list_numbers():
    assert opens_on_finance_document("(2)2)冀财建[2031]286号提前下达")
    assert opens_on_finance_document("财预〔2031〕5号")
    assert not opens_on_finance_document("关于苏财农〔2031〕18号")
