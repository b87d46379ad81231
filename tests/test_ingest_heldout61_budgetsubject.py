"""A news item on a body's published budget names its unit by the totals it states of it (trial
61's 1203, 故宮今年文保預算8058萬元: 2023年故宮博物院收支總預算128023.79萬元 … 故宮博物院2023年
收入預算128023.79萬元, no place written: unnamed before). Pattern: the same name beside the year
and before its budget total (收支总预算, 收入预算) with an amount, twice at least, in a news item
(``document.budgetsubject``). Not a name stated once, not two names once each, not outside a
news item. Test material, fictional."""

from __future__ import annotations

from fictional_text import document
from govkg.ingest.document.budgetsubject import budget_subject

NEWS = (
    "样例馆今年文保预算805万元\n日前,青岚样例博物院在其官网公布的《2035年度部门预算》数据显示:"
    "2035年样例博物院收支总预算12802.79万元。\n据了解,{second}2035年收入预算12802.79万元,"
    "其中:上年结转1953.40万元;一般公共预算拨款收入6752.50万元。支出预算中,基本支出3000万元,"
    "项目支出9802.79万元。\n"
)


def test_the_body_whose_budget_totals_the_item_states_twice_is_the_unit():
    text = NEWS.format(second="样例博物院")
    assert budget_subject(text)[0] == "样例博物院"
    assert document(text).unit == "样例博物院"


def test_once_or_two_bodies_or_no_news_names_none():
    assert budget_subject(NEWS.format(second="")) is None
    assert budget_subject(NEWS.format(second="另一研究院")) is None
    plain = NEWS.format(second="样例博物院").replace("日前,", "").replace("据了解,", "")
    assert budget_subject(plain.replace("数据显示", "显示")) is None
