"""Trial 60's 1199, by class, on fictional texts: bodies listed after 分别是 / 依次为, each with its
figure and 万 in brackets (分别是样例局(90.07万)、青岚所(38.76万)和样例站(10.42万)), in a sentence
naming money, are money in every item (``text.bracketedbodies``), each of the kind its lead names,
三公 read as 三公经费 (``kinds.bodieslisted``). Before, 1199's first two were listed unread and the
other three missing. A list in a sentence naming no money, brackets holding counts, or a lead of no
kind read nothing or stay unread. Test material, fictional."""

from __future__ import annotations

from fictional_text import kinds

HEAD = "青岚区2035年部门决算公开\n青岚区2035年“三公”经费总计为450万元,比上年减少16万元。\n"
LIST = "分别是样例局(90.07万)、青岚所(38.76万)、样例中心(22.89万)、样例园林局(10.38万)和样例站(10.42万)。"
FIGURES = ["90.07万", "38.76万", "22.89万", "10.38万", "10.42万"]


def _listed(text: str) -> list[tuple[str, str | None]]:
    return [(w, k) for w, k in kinds(HEAD + text) if w in FIGURES]


def test_bracketed_figures_of_a_money_list_take_their_leads_kind():
    text = "其中,“三公”总数超百万的部门共有5个," + LIST + "\n"
    assert _listed(text) == [(w, "SPENDING") for w in FIGURES]
    budget = "其中,“三公”预算总数较多的部门共有5个,依次为" + LIST[3:] + "\n"
    budgets = HEAD.replace("决算", "预算").replace("经费总计为", "经费预算为")
    assert [(w, k) for w, k in kinds(budgets + budget) if w in FIGURES] == [
        (w, "BUDGET") for w in FIGURES
    ]


def test_no_money_in_the_sentence_or_counts_in_brackets_read_nothing():
    people = "其中,常住人口超百万的街道共有5个," + LIST + "\n"
    assert all(kind is None for _, kind in _listed(people))
    counts = "其中,“三公”总数超百万的部门共有3个,分别是样例局(5人)、青岚所(3人)和样例站(2人)。\n"
    assert [k for w, k in kinds(HEAD + counts) if "人" in w] == []
    no_kind = "其中,资金较多的部门共有5个," + LIST + "\n"  # 资金 names no kind
    assert all(kind is None for _, kind in _listed(no_kind))
