"""The unit a budget note's staffing sentence opens on: 中国民主建国会武汉市委员会总编制人数29人
(trial 63's 1272) and 目前,义龙试验区群众工作部(信访局)核定编制总人数为7人 (1274, a department
under its second plate), two 部门预算 notes with no title, both read unnamed. A placed name
ending on an organisation word or 部, a bracketed second plate kept as written; a pronoun, an
unplaced name or other staffing words read nothing. Test material, fictional."""

from __future__ import annotations

from fictional_text import document
from govkg.ingest.document.staffedunit import staffed_unit

NOTE = (
    "一、基本情况\n(一)部门主要职能\n负责全市的会务工作。\n(二)部门预算单位构成\n"
    "由机关本级构成,其中:行政单位1个。\n(三)部门人员构成\n"
    "{subject}总编制人数29人,其中:行政编制29人。在职实有人数25人。\n"
    "二、收支预算情况\n2035年部门预算总收入667.74万元。其中:财政拨款收入657.74万元。\n"
    "2035年部门预算总支出667.74万元,其中基本支出600.00万元,项目支出67.74万元。\n"
)


def test_the_staffing_sentence_names_its_unit():
    assert document(NOTE.format(subject="青岚市某某促进会委员会")).unit == "青岚市某某促进会委员会"


def test_a_department_with_its_second_plate():
    head = "(三)人员构成\n目前,青岚试验区群众工作部(信访局)核定编制总人数为7人,在职实有人数为7人。"
    assert staffed_unit(head)[0] == "青岚试验区群众工作部(信访局)"


def test_near_misses_name_none():
    assert document(NOTE.format(subject="本部门")).unit_named is False
    assert staffed_unit("\n信访局核定编制总人数为7人。") is None  # unplaced
    assert staffed_unit("\n青岚市某某局各下属单位总编制人数9人。") is None  # no name's end
    assert staffed_unit("\n青岚市某某局实有人数9人。") is None  # another rule's words
