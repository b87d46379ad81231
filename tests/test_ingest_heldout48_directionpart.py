"""A direction's 部 is no organisation's: 样例区地处样例省东北部 tells where a place lies (trial 48's
740 drafted 市巴州区地处四川省东北部 as a unit); a 部 that names one stays. Fictional."""

from __future__ import annotations

from govkg.ingest.extract import extract

HEAD = "样例市样例区2031年度某某项目支出绩效评价报告\n一、项目概况\n"


def names(body: str) -> set[str]:
    return {m.name for m in extract(HEAD + body, "fictional.txt").mentioned if m.kind == "unit"}


def test_a_places_situation_names_no_unit():
    found = names("样例市样例区地处样例省东北部,全区面积1000平方公里。样例市水利局下达资金300万元。\n")
    assert not any(name.endswith("部") for name in found)


def test_a_department_named_by_its_bu_stays_a_unit():
    found = names("县委组织部下达资金300万元,由县委宣传部组织实施。\n")
    assert "县委组织部" in found
