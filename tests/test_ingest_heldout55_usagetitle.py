"""Trial 55's 990, by class, on fictional texts: a 三公 note published on a city portal,
its banner lines first (您好,…网站欢迎您! 今天是: / 智能机器人 | 网站无障碍 | 适老版 | 手机版 /
| 简体版 | 繁体版), then its title "2018年第四季度“三公经费”管理使用情况", then each item with
no total (本年度公务用车费为28万元,比去年同期26万元增长了7.69%): the banner lines title
nothing, and a title saying how the 三公经费 were used states spending, as one naming 支出 or
决算 does. A budget's title, a banner with no note's title after it, or a usage title over
items of a budget keep their readings. Test material, fictional."""

from __future__ import annotations

from govkg.ingest.document.report import Given
from govkg.ingest.extract import extract

BANNER = (
    "您好,样例市政府门户网站欢迎您!               今天是:\n"
    "智能机器人 | 网站无障碍 | 适老版 | 手机版\n"
    "| 简体版 | 繁体版\n\n"
)
BODY = (
    "根据有关要求,我局对2031年“三公经费”使用情况分季度开展自查。现将情况报告如下:\n\n"
    "    1、公款出国(境)费:\n\n    本季度没有出国(境)事项发生。\n\n"
    "    2、公务用车费:\n\n    本年度公务用车费为18万元,比去年同期16万元增长了12.5%\n\n"
    "    3、公务接待费用\n\n本年度公务接待费为12万元,比去年同期12.4万元减少了3.23%\n\n"
    "样例市某某局\n"
)


def read(text: str) -> list[tuple[str, str | None]]:
    found = extract(text, "fictional.txt", Given(title=None)).money
    return [(m.as_written, m.kind) for m in found]


def test_a_usage_notes_items_after_a_portals_banner_are_spent():
    text = BANNER + "2031年第四季度“三公经费”管理使用情况\n\n" + BODY
    assert read(text) == [
        ("18万元", "SPENDING"),
        ("16万元", "SPENDING"),
        ("12万元", "SPENDING"),
        ("12.4万元", "SPENDING"),
    ]


def test_a_usage_title_with_no_banner_and_its_other_wordings():
    for title in ("样例县某某局2031年“三公”经费使用情况说明", "2031年度三公经费开支情况公示"):
        assert {kind for _, kind in read(title + "\n\n" + BODY)} == {"SPENDING"}


def test_a_budget_title_after_the_banner_is_no_usage_note():
    text = BANNER + "样例市某某局2031年“三公”经费预算情况说明\n\n" + BODY
    assert ("18万元", "SPENDING") not in read(text)


def test_the_banner_alone_titles_nothing():
    text = BANNER + "某某工作动态\n\n" + BODY
    assert read(text)[0] == ("18万元", None)
