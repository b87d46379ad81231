"""A share a report states for a money figure (占基本支出的80%), with the figure it is a
share of: from the seed through RDF and the shapes to GraphQL, and refused when half given.

The fictional 2024 report (tests/fixtures/seed-two-reports) states 基本支出共计300万元，其中
人员经费支出240万元，占基本支出的80%: two figures are added to a copy of its draft, the
240万元 with ``stated_share: "80"`` and ``share_of`` the 300万元.
"""

from __future__ import annotations

import csv
import io
import zipfile
from decimal import Decimal
from pathlib import Path

import pytest
from rdflib import URIRef

import govkg
from conftest import ask
from govkg.core.errors import SeedError
from govkg.exports import export
from govkg.graph.ontology import GOVKG
from govkg.graph.rdf import build_graph
from govkg.graph.shapes import shacl_problems
from govkg.seed.load import load_seed
from test_seed_errors import assert_named, break_seed
from two_reports import combine

BASE = "https://govkg.org/id"
QUOTE = "2024年度基本支出共计300万元，其中人员经费支出240万元，占基本支出的80%"
FIGURES = f"""
  - id: bdc-2024-money-basic
    document: yiyang-bdc-2024
    kind: spending
    amount: "300"
    amount_unit: 万元
    as_written: 300万元
    label: 基本支出
    year: 2024
    funding_line: bdc-2024-basic-expenditure
    provenance: extracted
    rule: test-money-figure
    sources:
      - {{doc: yiyang-bdc-2024, quote: "{QUOTE}", start: 195, end: 236}}
  - id: bdc-2024-money-personnel
    document: yiyang-bdc-2024
    kind: spending
    amount: "240"
    amount_unit: 万元
    as_written: 240万元
    label: 人员经费支出
    year: 2024
    stated_share: "80"
    share_of: bdc-2024-money-basic
    provenance: extracted
    rule: test-money-figure
    sources:
      - {{doc: yiyang-bdc-2024, quote: "{QUOTE}", start: 195, end: 236}}
"""
SHARES = """{ moneyFigure(id: "%s") { id statedShare shareOf { id amount { amount } label } } }"""


def with_shares(target: Path) -> Path:
    seed = combine(target)
    with (seed / "report-2024.yaml").open("a", encoding="utf-8") as out:
        out.write(FIGURES)
    return seed


@pytest.fixture(scope="module")
def shared_seed(tmp_path_factory) -> Path:
    return with_shares(tmp_path_factory.mktemp("shares") / "seed")


@pytest.fixture
def shares_copy(tmp_path) -> Path:
    return with_shares(tmp_path / "seed")


def test_a_figure_states_its_share_of_another_figure_in_graphql(shared_seed):
    kg = govkg.open(shared_seed)  # validated, built in the real Oxigraph store
    found = ask(kg, SHARES % "bdc-2024-money-personnel")["moneyFigure"]
    assert Decimal(str(found["statedShare"])) == Decimal("80")
    assert found["shareOf"]["id"] == "money-figure/bdc-2024-money-basic"
    assert Decimal(str(found["shareOf"]["amount"]["amount"])) == Decimal("3000000")
    base = ask(kg, SHARES % "bdc-2024-money-basic")["moneyFigure"]
    assert base["statedShare"] is None
    assert base["shareOf"] is None


def test_the_fiscal_data_package_lists_the_share_and_its_figure(shared_seed):
    archive = zipfile.ZipFile(io.BytesIO(export(govkg.open(shared_seed), "fdp")))
    text = archive.read("money-figures.csv").decode("utf-8")
    rows = {row["id"]: row for row in csv.DictReader(io.StringIO(text))}
    personnel = rows["money-figure/bdc-2024-money-personnel"]
    assert (personnel["stated_share"], personnel["share_of_id"]) == (
        "80",
        "money-figure/bdc-2024-money-basic",
    )
    assert rows["money-figure/bdc-2024-money-basic"]["stated_share"] == ""


def test_the_share_is_in_rdf_and_the_shapes_hold_it_to_both_halves(shared_seed):
    seed = load_seed(shared_seed)
    graph = build_graph(seed)
    assert shacl_problems(graph, seed.origins) == []
    personnel = URIRef(f"{BASE}/money-figure/bdc-2024-money-personnel")
    basic = URIRef(f"{BASE}/money-figure/bdc-2024-money-basic")
    assert graph.value(personnel, GOVKG.statedShare).toPython() == Decimal("80")
    assert graph.value(personnel, GOVKG.shareOf) == basic
    graph.remove((personnel, GOVKG.shareOf, None))
    graph.add((basic, GOVKG.shareOf, URIRef(f"{BASE}/funding-line/bdc-2024-basic-expenditure")))
    problems = "\n".join(shacl_problems(graph, seed.origins))
    assert "together with the figure it is a share of" in problems
    assert "another govkg:MoneyFigure" in problems


OF = "    share_of: bdc-2024-money-basic"  # the added figure's; a funding line states 80 too
CASES = [
    # (id, pattern, replacement, field, anchor)
    (
        "share-without-base",
        r'^    stated_share: "80"\n    share_of: bdc-2024-money-basic$',
        '    stated_share: "80"',
        "stated_share",
        "+0",
    ),
    ("base-without-share", rf'^    stated_share: "80"\n(?={OF})', "", "share_of", "+0"),
    (
        "share-of-itself",
        r"^    share_of: bdc-2024-money-basic$",
        "    share_of: bdc-2024-money-personnel",
        "share_of",
        "+0",
    ),
    (
        "share-of-a-line",
        r"^    share_of: bdc-2024-money-basic$",
        "    share_of: bdc-2024-basic-expenditure",
        "share_of",
        "+0",
    ),
    (
        "share-of-an-unknown-figure",
        r"^    share_of: bdc-2024-money-basic$",
        "    share_of: bdc-2024-money-nowhere",
        "share_of",
        "+0",
    ),
    ("share-over-100", rf'^    stated_share: "80"(?=\n{OF})', '    stated_share: "180"', "stated_share", "+0"),
    ("share-a-float", rf'^    stated_share: "80"(?=\n{OF})', "    stated_share: 80.5", "stated_share", "+0"),
]


@pytest.mark.parametrize(
    ("pattern", "replacement", "field", "anchor"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_a_half_given_or_wrong_share_names_file_line_and_field(
    shares_copy, capsys, pattern, replacement, field, anchor
):
    line = break_seed(shares_copy, "report-2024.yaml", pattern, replacement, anchor)
    assert_named(shares_copy, capsys, f"seed/report-2024.yaml:{line}: field '{field}':")


def test_a_share_of_a_figure_of_another_report_is_refused(shares_copy):
    other = """
  - id: bdc-2023-money-elsewhere
    document: yiyang-bdc-2023
    kind: spending
    amount: "300"
    amount_unit: 万元
    as_written: 300万元
    provenance: extracted
    rule: test-money-figure
    sources:
      - {doc: yiyang-bdc-2023, quote: "%s", start: %d, end: %d}
"""
    seed = shares_copy
    text = next((seed / "sources").glob("000_*")).read_text(encoding="utf-8")
    start = text.index("万元") - 3
    quote = text[start : start + 5]
    yaml = (seed / "report-2024.yaml").read_text(encoding="utf-8")
    yaml = yaml.replace("share_of: bdc-2024-money-basic", "share_of: bdc-2023-money-elsewhere")
    (seed / "report-2024.yaml").write_text(
        yaml + other % (quote, start, start + 5), encoding="utf-8"
    )
    with pytest.raises(SeedError) as caught:
        load_seed(seed)
    assert any("a share is of a figure of the same report" in str(p) for p in caught.value.problems)
