"""Trial 60's 1160 (a district's 2019 三公 accounts): a bracket opened right after an item's change
lists the item's parts, each with its own change (公务用车购置及运行费585.53万元,同比减少144.92万元
(公务用车购置费0万元,同比减少0万元…;公务用车运行维护费585.53万元,…)): the first part, named by
no kind word, is that item's kind (SPENDING), not the change's. A bracket's part with no change of
its own after it, or a change not written right after an amount, keep the reading before.
"""

from __future__ import annotations

from govkg.ingest.extract import extract

TEXT = (
    "青岚区2035年度一般公共预算财政拨款“三公”经费支出决算情况说明\n"
    "2035年青岚区本级一般公共预算财政拨款“三公”经费支出合计40万元。"
    "其中:因公出国(境)经费0万元,同比减少0万元。"
    "公务用车购置及运行费30万元,同比减少12万元(公务用车购置费0万元,同比减少0万元;"
    "公务用车运行维护费30万元,同比减少12万元);公务接待费10万元,同比减少1万元。\n"
)


def _kind_after(text: str, words: str) -> str | None:
    """The kind of the first figure right after ``words``."""
    at = text.index(words) + len(words)
    for money in extract(text, "f.txt").money:
        if money.cites[0].end - len(money.as_written) == at:
            return money.kind
    raise AssertionError(words)


def test_the_first_part_in_a_bracket_after_an_items_change_is_that_items_kind():
    assert _kind_after(TEXT, "(公务用车购置费") == "SPENDING"
    assert _kind_after(TEXT, "同比减少12万元(公务用车购置费0万元,同比减少") == "CHANGE"


def test_a_part_with_no_change_of_its_own_keeps_the_changes_reading():
    bare = TEXT.replace("(公务用车购置费0万元,同比减少0万元;", "(公务用车购置费0万元;")
    assert _kind_after(bare, "(公务用车购置费") == "CHANGE"
