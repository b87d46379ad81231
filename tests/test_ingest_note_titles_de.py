"""A budget note or a 三公 note titled with 的 before its 说明 is a report of the family:
关于样例局2031年“三公”经费支出的说明, …决算的说明, …部门预算(情况)的说明 (found refused while
writing ``includeditems``' tests: the form is common on departments' pages). A note of something
else titled so (关于…会议经费的说明) stays refused. Test material, fictional."""

from __future__ import annotations

import pytest

from govkg.core.errors import IngestError
from govkg.ingest.extract import extract

SIGNED = "\n样例县样例局\n2032年12月15日\n"
BODY = "\n2031年公务用车运行维护费开支12.3万元。\n"


@pytest.mark.parametrize(
    "title",
    [
        "关于样例局2031年“三公”经费支出的说明",
        "关于2031年“三公”经费决算的说明",
        "关于样例局2031年“三公”经费预算的说明",
        "关于样例局2031年部门预算的说明",
        "关于样例局2031年部门预算情况的说明",
    ],
)
def test_a_note_titled_with_de_is_read(title):
    read = extract(title + BODY + SIGNED, "fictional.txt")
    assert read.document.title == title
    assert read.document.year == 2031
    assert [m.as_written for m in read.money] == ["12.3万元"]


def test_a_note_of_something_else_titled_with_de_stays_refused():
    note = "关于样例局2031年会议经费的说明" + BODY
    with pytest.raises(IngestError):
        extract(note + SIGNED, "fictional.txt")
