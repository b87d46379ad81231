"""Trial 57's 1074: a news item on one year's 三公 budgets, its 三公 quoted (公开2013年“三公”經費
預算情况,公开的經費總額为7.22億元), states budgets even where sentences with no figure speak of
keeping them (在執行中…從嚴控制, 確保“三公”經費決算不突破預算); a sentence that states an amount
and speaks of money spent still keeps its text's readings (``threepublic.budgetnews``). Test
material, fictional."""

from __future__ import annotations

from fictional_text import kinds

NEWS = (
    "青嵐省省級預算部門近來向社會公開2035年“三公”經費預算情況,公開的經費總額為3.41億元。"
    "其中:因公出國(境)經費0.52億元,公務接待費1.13億元,公務用車購置及運行費1.76億元。"
    "近年來,青嵐省嚴格控制一般性支出,按照當年“三公”經費支出不得超過上年壓縮后規模進行預算編制。"
    "同時,在執行中,青嵐省從嚴控制因公出國(境)團組數量和規模。"
    "青嵐省要求確保“三公”經費決算不突破預算,做到只減不增。\n"
)


def test_a_quoted_三公_budget_lead_with_figureless_words_of_keeping_it():
    read = kinds(NEWS)
    assert [kind for _, kind in read] == ["BUDGET"] * 4


def test_the_same_in_simplified_characters():
    simple = NEWS.translate(
        str.maketrans(
            "嵐級預門開費額為億國經務車購運規執團數確決",
            "岚级预门开费额为亿国经务车购运规执团数确决",
        )
    )
    assert [kind for _, kind in kinds(simple)] == ["BUDGET"] * 4


def test_a_sentence_stating_money_spent_keeps_the_readings():
    spent = NEWS + "青嵐省2034年“三公”經費決算支出3.52億元。\n"
    assert ("0.52億元", "SPENDING") in kinds(spent)


def test_a_lead_naming_no_budget_keeps_the_readings():
    text = NEWS.replace("公開2035年“三公”經費預算情況", "公開2035年“三公”經費情況")
    assert ("0.52億元", "SPENDING") in kinds(text)


def test_a_unit_s_own_budget_line_is_no_news_lead():
    text = (
        "樣例局2035年度部門決算\n2035年“三公”經費預算為50萬元,其中:公務接待費10萬元;"
        "因公出國(境)經費與公務用車運行支出費分別為5萬元和35萬元。\n"
    )
    assert ("5萬元", "SPENDING") in kinds(text)
    reported = text.replace("2035年“三公”經費預算為", "樣例局公開2035年“三公”經費預算,總額為")
    assert ("5萬元", "BUDGET") in kinds(reported)
