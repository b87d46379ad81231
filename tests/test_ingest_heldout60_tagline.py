"""Trial 60's 1198, a mirror's copy of a news item on the 2016 central 三公 accounts, ending in the
page's tag line 關(guān)鍵詞:“三公”支出 48.25億元 五連降: the tag's 48.25億元 was read as spending
a fourth time before. A figure on a page's tag line (关键词 / 关键字 / 标签 / Tags, each with its
colon, a mirror's readings read through) is listed unread with that reason (``tagline``); the
same words in a sentence, or with no colon, leave the figure to the other rules. Test
material, fictional."""

from __future__ import annotations

import pytest

from fictional_text import found
from govkg.ingest.text.tagline import TAG_REASON, in_tag_line

NEWS = (
    "样例国去年“三公”支出达8.25亿元\n"
    "2035年,样例国行政事业单位财政拨款“三公”经费支出合计8.25亿元,比预算数减少1.85亿元。\n"
    "编辑:某某\n"
)


@pytest.mark.parametrize(
    "tags",
    [
        "关键词:“三公”支出 8.25亿元 五连降\n",
        "關(guān)鍵詞:“三公”支出 8.25億元 五連降\n",
        "标签: 三公 8.25亿元\n",
        "Tags: 三公 8.25亿元\n",
    ],
)
def test_a_figure_in_the_tag_line_is_not_read(tags):
    last = found(NEWS + tags)[-1]
    assert last[1] is None
    assert last[3] == TAG_REASON
    assert [w for w, k, _, _ in found(NEWS + tags) if k][:2] == ["8.25亿元", "8.25亿元"]


def test_the_words_in_a_sentence_or_with_no_colon_are_no_tag_line():
    assert in_tag_line("关键词:三公 8.25亿元", 8)
    assert not in_tag_line("本文关键词是三公,支出8.25亿元", 12)
    assert not in_tag_line("关键词 三公 8.25亿元", 8)
