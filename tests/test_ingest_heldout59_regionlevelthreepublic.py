"""A news item on a region's 三公 spending and its own level's is a report of the family (trial 59's
1142, a city finance bureau's work news: 1-6月,全市“三公”经费累计支出2780.7万元,同比下降6.4%;市本级
支出879.1万元,同比下降3.2%: refused before, one 三公 sentence naming the 三公 once). Pattern: the
三公 of a whole region (全市, 全县…) stated with money, and the same sentence going on to the region's
own level's (市本级, 县本级) 支出/经费/预算/决算 amount: twice the 三公's money
(``document.threepublicfigures``). Its unit stays unnamed (我市 only), its year read. Not a level's
amount past the sentence's end, not a level's other money (财政收入), not a level with no whole region's
三公 before it. Test material, fictional."""

from __future__ import annotations

import pytest

from govkg.core.errors import IngestError
from govkg.ingest.document.threepublicfigures import states_three_public_figures
from govkg.ingest.extract import extract

CITY = (
    "2035年以来,我市严格执行“三公”经费管理制度,“三公”经费支出总量保持“只减不增”。1-6月,全市"
    "“三公”经费累计支出1234.5万元,同比下降5.1%;市本级支出456.7万元,同比下降2.3%,全市及市本级"
    "“三公”经费支出继续保持“双降”。"
)
COUNTY = "青岚县2036年全县三公经费预算安排820万元,其中县本级预算310.5万元,比上年压减8%。\n"


@pytest.mark.parametrize("text", [CITY, COUNTY])
def test_a_region_and_its_own_level_state_the_three_public_twice(text):
    assert states_three_public_figures(text)


def test_the_city_news_item_is_read_unit_unnamed():
    read = extract(CITY, "fictional.txt")
    assert read.document.year == 2035
    assert read.document.unit_named is False  # 我市 only
    written = [m.as_written for m in read.money]
    assert written == ["1234.5万元", "456.7万元"]


@pytest.mark.parametrize(
    "text",
    [
        # the level's amount after the sentence's end
        "1-6月,全市“三公”经费累计支出1234.5万元,同比下降5.1%。市本级支出456.7万元。\n",
        # the level's other money, not its 支出/经费/预算/决算
        "1-6月,全市“三公”经费累计支出1234.5万元,同比下降5.1%;市本级财政收入8亿元。\n",
        # no whole region's 三公 before the level
        "样例局“三公”经费支出1234.5万元,同比下降5.1%;市本级支出456.7万元。\n",
        # the region's 三公 alone, one statement
        "今年全县安排“三公”经费500万元,比上年减少10%。\n",
    ],
)
def test_a_level_past_the_sentence_other_money_or_no_region_is_no_second_statement(text):
    assert not states_three_public_figures(text)
    with pytest.raises(IngestError):
        extract(text, "fictional.txt")
