"""Real pages that state money in the genre's words but are no report of it are refused,
each with the one line that says why: a procurement notice's 预算金额, a fund notice's 下达,
an audit report's 违规金额 and a listed company's 营业收入 make no self-evaluation."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from govkg.core.errors import IngestError
from govkg.ingest.extract import extract

FOLDER = Path(__file__).parent / "fixtures" / "not-reports"
INDEX = yaml.safe_load((FOLDER / "index.yaml").read_text(encoding="utf-8"))["items"]


def test_the_pages_are_real_and_of_several_sorts():
    assert len(INDEX) >= 10
    assert {item["sort"] for item in INDEX} >= {2, 3, 5, 6, 7}
    for item in INDEX:
        assert item["source"].startswith("http"), item["file"]
        assert (FOLDER / item["file"]).is_file()


@pytest.mark.parametrize("name", [item["file"] for item in INDEX])
def test_a_page_that_is_no_report_is_refused_with_one_line(name):
    text = (FOLDER / name).read_text(encoding="utf-8")
    with pytest.raises(IngestError) as refused:
        extract(text, name)
    message = str(refused.value)
    assert "does not look like a report of the genre family" in message
    assert "\n" not in message
