"""Items an account is said to include take the kind of that account's figure stated earlier
(“交通费”科目下…还包括…租赁费39.6万元、…出租车费22.1万元 after 交通费328.43万元: trial 53's 881,
``kinds.includeditems``); an account with no figure of its own, or one whose figure is unread,
leaves the items unread. Test material, fictional."""

from __future__ import annotations

from govkg.ingest.extract import extract

SIGNED = "\n样例县样例局\n2032年12月15日\n"


def kinds(body: str) -> list[tuple[str, str | None]]:
    return [(m.as_written, m.kind) for m in extract(body + SIGNED, "fictional.txt").money]


def test_items_of_an_account_take_its_figures_kind():
    body = (
        "关于样例局2031年“三公”经费支出的说明\n"
        "2031年公务用车费用支出56.7万元,其中差旅费12.3万元。"
        "按照会计科目设置,“差旅费”科目下还包括会议租车费1.2万元、培训交通费0.8万元。\n"
    )
    found = kinds(body)
    assert ("1.2万元", "SPENDING") in found
    assert ("0.8万元", "SPENDING") in found


def test_an_account_named_before_its_subject_word_is_found_too():
    body = (
        "关于样例局2032年部门预算的说明\n"
        "2032年培训费预算为8.5万元。培训费科目中包含师资讲课费2万元、教材费1.5万元。\n"
    )
    found = kinds(body)
    assert ("2万元", "BUDGET") in found
    assert ("1.5万元", "BUDGET") in found


def test_an_account_with_no_figure_of_its_own_leaves_the_items_unread():
    body = (
        "关于样例局2031年“三公”经费支出的说明\n"
        "2031年公务用车费用支出56.7万元。"
        "按照会计科目设置,“差旅费”科目下还包括会议租车费1.2万元、培训交通费0.8万元。\n"
    )
    found = kinds(body)
    assert ("1.2万元", None) in found
    assert ("0.8万元", None) in found
