"""An amount whose label stands on a line above it, as an overview table flattened into lines
prints it (当年实际支出: / 19500万元; 预算资金安排 / 其中: / 当年发行专项债券2000万元: trial 46's
691): the kind is the label's; a part naming its own kind keeps it; a lead that is a sentence
going on, or a label with a figure, names nothing. Test material, fictional."""

from __future__ import annotations

from govkg.ingest.extract import extract

HEAD = "样例老城区改造项目2031年资金绩效评价报告\n一、项目预算资金安排和使用情况\n"


def kinds(body: str) -> dict[str, str | None]:
    return {m.as_written: m.kind for m in extract(HEAD + body, "fictional.txt").money}


def test_a_value_under_its_label_line_is_of_the_labels_kind():
    body = "项目名称:样例老城区改造项目\n\n当年实际支出:\n\n     19500万元(预算执行率100%)\n"
    assert kinds(body)["19500万元"] == "SPENDING"


def test_parts_under_a_lead_line_take_its_kind_unless_they_name_their_own():
    body = (
        "2031年度预算资金安排\n\n其中:\n\n当年发行专项债券2000万元\n\n"
        "上年结转债券资金6592.39万元\n\n其他资金30万元\n"
    )
    assert kinds(body) == {"2000万元": "BUDGET", "6592.39万元": "CARRY_OVER", "30万元": "BUDGET"}


def test_a_sentence_above_is_no_label():
    body = "2031年度预算资金安排说明如下,请审阅\n其中:\n当年发行专项债券2000万元\n"
    assert kinds(body)["2000万元"] is None
    body = "本项目资金情况如下\n\n19500万元\n"  # no colon: a sentence, no field's label
    assert kinds(body)["19500万元"] is None
