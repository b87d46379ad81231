"""逾 (more than) written before a count, as 超过 is: 逾3%, 逾七成, 逾3000人次 (trial 63's 1279, a
Hong Kong news page on a national office's budget: 預算總支出較2014年減少逾3%). The indicator
reader kept 逾 as the figure's qualifier, but the vocabulary every draft is checked against
(seed.vocabulary.QUALIFIERS, the SHACL shape of govkg:approximate) did not list it, so the
reader's own draft failed validation and the report was refused. 逾 is now one of the
qualifiers, in one list and in the shape; a figure without a qualifier keeps none.
Test material, fictional."""

from __future__ import annotations

from pathlib import Path

import yaml

from govkg.ingest.entities.indicators import find_indicators
from govkg.ingest.text.textview import clean_view
from govkg.ingest.write import ingest
from govkg.seed.vocabulary import QUALIFIERS

REPORT = (
    "2035年度样例局部门整体支出绩效自评报告\n一、部门概况\n"
    "样例局2035年度部门预算支出1234.56万元,其中基本支出1000.00万元,项目支出234.56万元。\n"
    "二、绩效目标完成情况\n全年开展培训逾3000人次,覆盖青岚区12个街道。\n"
)


def _indicators(text: str) -> dict[str, str | None]:
    return {m.as_written: m.approximate for m in find_indicators(clean_view(text), [])}


def test_more_than_is_a_qualifier_of_the_vocabulary():
    assert "逾" in QUALIFIERS
    shapes = Path(__file__).resolve().parents[1] / "ontology" / "shapes.ttl"
    assert '"逾"' in shapes.read_text(encoding="utf-8")


def test_more_than_is_read_as_the_qualifier():
    found = _indicators("全年开展培训逾3000人次,覆盖12个街道。")
    assert found["逾3000人次"] == "逾"
    assert found["12个"] is None


def test_the_draft_with_more_than_validates(tmp_path: Path):
    text = tmp_path / "report.txt"
    text.write_text(REPORT, encoding="utf-8")
    done = ingest(text, tmp_path / "seed")  # refused before: 逾 not one of the qualifiers
    draft = yaml.safe_load((tmp_path / "seed" / f"{done.document}.yaml").read_text("utf-8"))
    approximate = [i.get("approximate") for i in draft.get("indicators") or []]
    assert "逾" in approximate
