"""The `fdp` export is a Fiscal Data Package that `frictionless validate` passes, on the bundled
report and on a corpus of real report texts ingested as a user would, with every amount the
graph's to the fen and each line's build/run type as the rule gives it."""

from __future__ import annotations

import csv
import io
import json
import re
import shutil
import subprocess
import sys
import zipfile
from decimal import Decimal
from pathlib import Path

import frictionless
import pytest
from rdflib import RDFS, Graph, Literal, URIRef
from starlette.testclient import TestClient

from export_fixtures import FOCUS, NASTY
from govkg.answers.buildrun import classify_line
from govkg.answers.kg import KnowledgeGraph
from govkg.answers.spending import unit_spending
from govkg.app import create_app
from govkg.exports import Selection, export, select

UNIT = "unit/yiyang-bdc"
PROJECT = "funding-line/bdc-2023-project-expenditure"
TISHENG = "funding-line/bdc-2023-tisheng-gongcheng-jingfei"
EXACT_YUAN = re.compile(r"-?\d+\.\d{2}")
DIMENSIONS = ["unit", "year", "line", "category", "spendType", "basis", "document"]


def unpack(data: bytes, folder: Path) -> Path:
    """The zip unpacked as a user unzips it; the folder holding ``datapackage.json``."""
    folder.mkdir(parents=True, exist_ok=True)
    zipfile.ZipFile(io.BytesIO(data)).extractall(folder)
    return folder


def rows(folder: Path, table: str) -> list[dict[str, str]]:
    with (folder / f"{table}.csv").open(encoding="utf-8", newline="") as file:
        return list(csv.DictReader(file))


def descriptor_of(folder: Path) -> dict:
    return json.loads((folder / "datapackage.json").read_text(encoding="utf-8"))


def frictionless_cli() -> str:
    """The `frictionless` command installed beside this interpreter (the venv's)."""
    beside = Path(sys.executable).with_name("frictionless")
    found = str(beside) if beside.exists() else shutil.which("frictionless")
    assert found, "frictionless is not installed: pip install -e '.[test]'"
    return found


def validate_cli(folder: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [frictionless_cli(), "validate", "datapackage.json"],
        cwd=folder,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def assert_valid(folder: Path) -> None:
    """`frictionless validate datapackage.json`, through the Python API and the command."""
    report = frictionless.validate(folder / "datapackage.json")
    assert report.valid, report.flatten(["rowNumber", "fieldName", "type", "note"])
    assert report.stats["errors"] == 0
    assert not report.warnings
    assert [task.name for task in report.tasks] == ["funding-lines", "money-figures"]
    done = validate_cli(folder)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "VALID" in done.stdout
    assert "INVALID" not in done.stdout


@pytest.fixture(scope="module")
def bundled(kg, tmp_path_factory) -> Path:
    return unpack(export(kg, "fdp"), tmp_path_factory.mktemp("fdp-bundled"))


@pytest.fixture(scope="module")
def corpus_kg(ingested_corpus_graph) -> KnowledgeGraph:
    """The bundled seed with every real report text of tests/fixtures ingested into it."""
    return ingested_corpus_graph


@pytest.fixture(scope="module")
def corpus(corpus_kg, tmp_path_factory) -> Path:
    return unpack(export(corpus_kg, "fdp"), tmp_path_factory.mktemp("fdp-corpus-package"))


# frictionless validate ------------------------------------------------------------------------
def test_the_bundled_reports_package_passes_frictionless_validate(bundled):
    assert_valid(bundled)


def test_a_corpus_of_ingested_reports_passes_frictionless_validate(corpus, corpus_kg):
    assert_valid(corpus)
    catalog = corpus_kg.catalog
    assert len(rows(corpus, "funding-lines")) == len(catalog.lines) > 16
    figures = rows(corpus, "money-figures")
    assert len(figures) == len(catalog.money_figures) > 100
    assert {row["kind"] for row in figures} >= {"spending", "budget", "revenue", "carry-over"}


@pytest.mark.parametrize(
    ("selection", "absent_parent"),
    [
        (Selection(focus=UNIT, depth=1), None),  # every line of the unit: every parent is there
        (Selection(focus=PROJECT, depth=1), "funding-line/bdc-2023-total-expenditure"),
        (Selection(focus=FOCUS, depth=2), PROJECT),  # 提升工程 funds it, without its parent
        (Selection(kinds=("unit", "platform")), None),  # no line at all
    ],
    ids=["unit", "project-line", "platform", "no-lines"],
)
def test_a_selection_holds_its_lines_only_and_still_validates(
    kg, tmp_path, selection, absent_parent
):
    folder = unpack(export(kg, "fdp", selection), tmp_path)
    assert_valid(folder)
    chosen = {n for n in select(kg, selection).nodes if n in kg.catalog.lines}
    assert {row["id"] for row in rows(folder, "funding-lines")} == chosen
    lines = descriptor_of(folder)["resources"][0]
    if absent_parent is None:
        assert lines["schema"]["foreignKeys"][0]["fields"] == ["parent_id"]
    else:  # a parent outside the selection: no foreign key, and the reason given
        assert lines["schema"]["foreignKeys"] == []
        assert "parent_id is not declared a foreign key" in lines["description"]
        assert absent_parent in lines["description"]


def test_hostile_names_and_quotes_are_kept_exactly_and_still_validate(kg, tmp_path):
    graph = Graph()
    for triple in kg.graph:
        graph.add(triple)
    node = kg.catalog.nodes[TISHENG]
    graph.remove((URIRef(node.iri), RDFS.label, Literal(node.name, lang="zh")))
    graph.add((URIRef(node.iri), RDFS.label, Literal(NASTY, lang="zh")))
    quote = node.sources[0].quote
    for selector in list(graph.subjects(None, Literal(quote))):
        graph.remove((selector, None, Literal(quote)))
        graph.add((selector, URIRef("http://www.w3.org/ns/oa#exact"), Literal('=1+2,"\r\n')))
    nasty = KnowledgeGraph.from_graph(graph, "nasty", "test")
    folder = unpack(export(nasty, "fdp"), tmp_path)
    assert_valid(folder)
    row = next(r for r in rows(folder, "funding-lines") if r["id"] == TISHENG)
    assert (row["name"], row["quote"], row["amount"]) == (NASTY, '=1+2,"\r\n', "13221400.00")


# it can fail ----------------------------------------------------------------------------------
def test_text_in_the_amount_column_makes_frictionless_report_invalid(bundled, tmp_path):
    tampered = shutil.copytree(bundled, tmp_path / "tampered")
    table = tampered / "funding-lines.csv"
    data = table.read_bytes()
    assert data.count(b",13221400.00,") == 1
    table.write_bytes(data.replace(b",13221400.00,", ",一千三百万,".encode()))
    report = frictionless.validate(tampered / "datapackage.json")
    assert not report.valid
    assert ["amount", "type-error"] in report.flatten(["fieldName", "type"])
    done = validate_cli(tampered)
    assert done.returncode != 0
    assert "INVALID" in done.stdout


def test_a_table_edited_after_export_fails_its_hash(bundled, tmp_path):
    tampered = shutil.copytree(bundled, tmp_path / "tampered")
    table = tampered / "funding-lines.csv"
    data = table.read_bytes()
    table.write_bytes(data.replace("基本支出".encode(), "基本支岀".encode(), 1))  # same size
    report = frictionless.validate(tampered / "datapackage.json")
    assert report.flatten(["type"]) == [["hash-count"]]


def test_a_parent_that_is_no_line_makes_frictionless_report_invalid(bundled, tmp_path):
    tampered = shutil.copytree(bundled, tmp_path / "tampered")
    descriptor = descriptor_of(tampered)
    for resource in descriptor["resources"]:
        del resource["hash"], resource["bytes"]  # so that only the foreign key can fail
    (tampered / "datapackage.json").write_text(json.dumps(descriptor), encoding="utf-8")
    table = tampered / "funding-lines.csv"
    data = table.read_bytes()
    table.write_bytes(data.replace(f",{PROJECT},".encode(), b",funding-line/nowhere,", 1))
    report = frictionless.validate(tampered / "datapackage.json")
    assert report.flatten(["type"]) == [["foreign-key"]]


# the figures ----------------------------------------------------------------------------------
@pytest.mark.parametrize("which", ["bundled", "corpus"])
def test_every_amount_is_the_graphs_to_the_fen(request, which):
    folder = request.getfixturevalue(which)
    catalog = request.getfixturevalue("kg" if which == "bundled" else "corpus_kg").catalog
    for row in rows(folder, "funding-lines"):
        line = catalog.lines[row["id"]]
        assert EXACT_YUAN.fullmatch(row["amount"]), row["amount"]
        assert Decimal(row["amount"]) == line.amount
        assert row["budget"] == ("" if line.budget is None else f"{line.budget:.2f}")
        assert row["amount_basis"] == line.basis
        assert row["year"] == str(line.year)
        quote = catalog.nodes[row["id"]].sources[0]
        assert (row["quote"], int(row["quote_start"]), int(row["quote_end"])) == (
            quote.quote, quote.start, quote.end,
        )  # fmt: skip
    for row in rows(folder, "money-figures"):
        figure = catalog.money_figures[row["id"]]
        assert EXACT_YUAN.fullmatch(row["amount"]), row["amount"]
        assert (Decimal(row["amount"]), row["kind"]) == (figure.amount, figure.kind)


@pytest.mark.parametrize(
    ("category", "stated"),
    [("project", Decimal("41388600.00")), ("total", Decimal("44376600.00"))],
    ids=["project", "total"],
)
def test_leaf_lines_add_up_to_the_units_figure(kg, bundled, category, stated):
    """No double counting: the leaves under the lines of a figure add up to it exactly."""
    (spending,) = unit_spending(kg.catalog, UNIT)
    figure = spending.figure(category)
    table = rows(bundled, "funding-lines")
    parent = {row["id"]: row["parent_id"] for row in table}

    def under(line: str) -> bool:
        seen = set()
        while line and line not in seen:
            if line in figure.lines:
                return True
            seen.add(line)
            line = parent[line]
        return False

    leaves = [row for row in table if row["leaf"] == "true" and under(row["id"])]
    assert len(leaves) >= 7
    assert sum(Decimal(row["amount"]) for row in leaves) == figure.amount == stated


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("提升工程项目经费", "BUILD"),
        ("电子政务外网运维费", "RUN"),
        ("智慧益阳管理中心电费", "RUN"),
        ("智慧大脑+政务服务费", "UNCLASSIFIED"),
    ],
    ids=["tisheng-build", "waiwang-run", "dianfei-run", "zhihui-danao-unclassified"],
)
def test_each_line_has_its_build_or_run_type_with_the_rule(kg, bundled, name, kind):
    (row,) = [row for row in rows(bundled, "funding-lines") if row["name"] == name]
    assert row["spend_type"] == kind
    spend = classify_line(kg.catalog, row["id"])
    assert (row["spend_type"], row["spend_type_rule"]) == (spend.kind, spend.rule)


def test_no_budget_revenue_or_carry_over_is_given_a_spend_type(corpus):
    figures = rows(corpus, "money-figures")
    for row in figures:
        if row["kind"] not in ("spending", "budget", "planned", "contract"):
            assert row["spend_type"] == row["spend_type_rule"] == "", row
    assert any(row["spend_type"] for row in figures if row["kind"] == "spending")


# the descriptor and the zip -------------------------------------------------------------------
def test_the_model_maps_measures_in_cny_and_the_dimensions_to_columns(bundled):
    descriptor = descriptor_of(bundled)
    assert descriptor["profile"] == "tabular-data-package"  # fiscal-data-package needs network
    lines, figures = descriptor["resources"]
    fields = {field["name"]: field for field in lines["schema"]["fields"]}
    model = descriptor["model"]
    assert {name: (m["source"], m["currency"]) for name, m in model["measures"].items()} == {
        "amount": ("amount", "CNY"),
        "budget": ("budget", "CNY"),
    }
    assert {m["resource"] for m in model["measures"].values()} == {lines["name"]}
    kind = next(f for f in figures["schema"]["fields"] if f["name"] == "kind")
    assert "spending" in kind["constraints"]["enum"]  # figures: beside the model, by kind
    assert list(model["dimensions"]) == DIMENSIONS
    assert model["dimensions"]["unit"]["dimensionType"] == "entity"
    assert model["dimensions"]["year"]["dimensionType"] == "datetime"
    for dimension in model["dimensions"].values():
        attributes = dimension["attributes"]
        assert all(a["source"] in fields for a in attributes.values())
        assert dimension["primaryKey"] in attributes
    assert (fields["amount"]["type"], fields["year"]["type"], fields["leaf"]["type"]) == (
        "number", "integer", "boolean",
    )  # fmt: skip
    assert lines["schema"]["primaryKey"] == ["id"]
    assert lines["schema"]["foreignKeys"] == [
        {"fields": ["parent_id"], "reference": {"resource": "", "fields": ["id"]}}
    ]
    assert "leaf" in descriptor["description"]
    assert "parent_id" in descriptor["description"]
    assert descriptor["fiscalPeriod"] == {"start": "2023-01-01", "end": "2023-12-31"}


def test_the_zip_is_the_same_bytes_each_time_with_plain_utf8_csv(kg):
    data = export(kg, "fdp")
    assert data == export(kg, "fdp")
    archive = zipfile.ZipFile(io.BytesIO(data))
    assert archive.namelist() == ["datapackage.json", "funding-lines.csv", "money-figures.csv"]
    assert {info.date_time for info in archive.infolist()} == {(1980, 1, 1, 0, 0, 0)}
    table = archive.read("funding-lines.csv")
    assert table.startswith(b"id,parent_id,leaf,")  # no BOM
    assert table.endswith(b"\r\n")
    assert table.split(b"\r\n", 1)[0].count(b"\n") == 0


def test_get_export_fdp_downloads_the_zip_from_the_app(kg):
    client = TestClient(create_app(kg))
    response = client.get("/export/fdp")
    assert response.status_code == 200, response.text
    assert response.headers["content-type"] == "application/zip"
    assert response.headers["content-disposition"] == 'attachment; filename="govkg.fdp.zip"'
    assert response.content == export(kg, "fdp")
    focused = client.get("/export/fdp", params={"focus": UNIT, "depth": 1})
    assert focused.headers["content-disposition"] == (
        'attachment; filename="govkg-unit-yiyang-bdc-d1.fdp.zip"'
    )
    names = zipfile.ZipFile(io.BytesIO(focused.content)).namelist()
    assert "datapackage.json" in names
