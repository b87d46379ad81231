"""Broken seeds: each problem is named by file, line and field, with no traceback."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from govkg.cli import main
from govkg.core.errors import SeedError
from govkg.seed.load import load_seed


def break_seed(seed: Path, file: str, pattern: str, replacement: str, anchor: str) -> int:
    """Apply one edit to a copy of the real seed; return the line the error must name."""
    path = seed / file
    text = path.read_text(encoding="utf-8")
    match = re.search(pattern, text, flags=re.MULTILINE)
    assert match, f"{pattern!r} not in {file}"
    broken = text[: match.start()] + replacement + text[match.end() :]
    path.write_text(broken, encoding="utf-8")
    line = text[: match.start()].count("\n") + 1
    if anchor == "record":  # the record's first line, `  - id: …`
        lines = broken.splitlines()
        while not lines[line - 1].lstrip().startswith("- "):
            line -= 1
    elif anchor.startswith("+"):
        line += int(anchor[1:])
    return line


CASES = [
    # (id, file, pattern, replacement, field, anchor)
    ("yaml-syntax", "units.yaml", r"^    name: 综合科$", "    name: [综合科", "(syntax)", "+1"),
    ("missing-name", "units.yaml", r"^    name: 综合科\n", "", "name", "record"),
    (
        "year-not-a-number",
        "documents.yaml",
        r"fiscal_year: 2023",
        "fiscal_year: twenty",
        "fiscal_year",
        "+0",
    ),
    (
        "unknown-reference",
        "relations.yaml",
        r"to: yiwangtongguan$",
        "to: yiwangtongguan-x",
        "to",
        "+0",
    ),
    (
        "quote-not-in-source",
        "indicators.yaml",
        r"目前已汇集2100万余条数据",
        "目前已汇集2200万余条数据",
        "quote",
        "+0",
    ),
    (
        "offset-off-by-one",
        "indicators.yaml",
        r"start: 2357, end: 2371",
        "start: 2358, end: 2372",
        "quote",
        "+0",
    ),
    ("offset-not-a-number", "indicators.yaml", r"start: 2357", "start: two", "start", "+0"),
    (
        "control-character-in-name",
        "units.yaml",
        r"^    name: 综合科$",
        '    name: "综合\\u0007科"',
        "name",
        "+0",
    ),
    ("duplicate-id", "units.yaml", r"^  - id: bdc-zonghe-ke$", "  - id: yiyang-bdc", "id", "+0"),
    ("negative-amount", "funding.yaml", r'amount: "298\.8"', 'amount: "-298.8"', "amount", "+0"),
    ("float-amount", "funding.yaml", r'amount: "298\.8"', "amount: 298.8", "amount", "+0"),
    ("amount-not-a-number", "funding.yaml", r'amount: "298\.8"', 'amount: "二百"', "amount", "+0"),
    (
        "unknown-field",
        "units.yaml",
        r"^    name: 综合科$",
        "    name: 综合科\n    colour: red",
        "colour",
        "+1",
    ),
    (
        "bad-category",
        "units.yaml",
        r"^    category: section$",
        "    category: department",
        "category",
        "+0",
    ),
    ("id-not-a-slug", "units.yaml", r"^  - id: bdc-zonghe-ke$", "  - id: Zonghe_Ke", "id", "+0"),
    (
        "duplicate-key",
        "units.yaml",
        r"^    name: 综合科$",
        "    name: 综合科\n    name: 综合科",
        "name",
        "+1",
    ),
    (
        "no-citation",
        "units.yaml",
        r"^    sources:\n      - \{doc: yiyang-bdc-2023, quote: \"分别是综合科.*\n",
        "    sources: []\n",
        "sources",
        "+0",
    ),
    (
        "unknown-document",
        "indicators.yaml",
        r"doc: yiyang-bdc-2023, quote: \"目前已汇集",
        'doc: yiyang-bdc-2024, quote: "目前已汇集',
        "doc",
        "+0",
    ),
    ("bad-date", "documents.yaml", r'date: "2023-05-28"', 'date: "2023-5-28"', "date", "+0"),
    (
        "relation-of-wrong-kinds",
        "relations.yaml",
        r"from: shiwei-zuzhibu\n    to: yiwangtongguan",
        "from: yiwangtongguan\n    to: yicun",
        "from",
        "+0",
    ),
    (
        "as-written-not-in-quote",
        "indicators.yaml",
        r'as_written: "2100万余条"',
        'as_written: "2200万余条"',
        "as_written",
        "+0",
    ),
    (
        "unknown-qualifier",
        "indicators.yaml",
        r"approximate: 余$",
        "approximate: 大约",
        "approximate",
        "+0",
    ),
    (
        "share-not-a-number",
        "funding.yaml",
        r'stated_share: "82"',
        'stated_share: "八十二"',
        "stated_share",
        "+0",
    ),
    ("unknown-section", "units.yaml", r"^units:$", "unitz:", "unitz", "+0"),
    (
        "funding-cycle",
        "funding.yaml",
        r"parent: bdc-2023-total-expenditure",
        "parent: bdc-2023-basic-expenditure",
        "parent",
        "+0",
    ),
]


@pytest.mark.parametrize(
    ("file", "pattern", "replacement", "field", "anchor"),
    [c[1:] for c in CASES],
    ids=[c[0] for c in CASES],
)
def test_a_broken_seed_names_file_line_and_field(
    seed_copy, capsys, file, pattern, replacement, field, anchor
):
    line = break_seed(seed_copy, file, pattern, replacement, anchor)
    assert_named(seed_copy, capsys, f"seed/{file}:{line}: field '{field}':")


def assert_named(seed: Path, capsys, expected: str) -> None:
    """Loading ``seed`` fails with a problem starting ``expected`` (file, line, field), and
    ``govkg validate`` says the same, with no traceback."""
    with pytest.raises(SeedError) as caught:
        load_seed(seed)
    messages = [str(p) for p in caught.value.problems]
    assert any(m.startswith(expected) for m in messages), messages
    assert main(["validate", "--seed", str(seed)]) == 1
    out, err = capsys.readouterr()
    assert expected in out
    assert "Traceback" not in out + err


def test_a_file_that_is_not_utf8_is_named(seed_copy):
    (seed_copy / "extra.yaml").write_bytes("units:\n  - id: x\n    name: 综合\n".encode("gb18030"))
    with pytest.raises(SeedError) as caught:
        load_seed(seed_copy)
    assert str(caught.value.problems[0]).startswith("seed/extra.yaml:3: field '(file)': not UTF-8")


def test_a_changed_source_text_is_caught_by_its_checksum_and_quotes(seed_copy):
    source = next((seed_copy / "sources").glob("*.txt"))
    source.write_text(" " + source.read_text(encoding="utf-8"), encoding="utf-8")
    with pytest.raises(SeedError) as caught:
        load_seed(seed_copy)
    assert all(p.field in {"quote", "sha256"} for p in caught.value.problems)
    assert len(caught.value.problems) > 100


def test_every_problem_is_reported_at_once(seed_copy):
    break_seed(seed_copy, "units.yaml", r"^    category: section$", "    category: x", "+0")
    break_seed(seed_copy, "funding.yaml", r'amount: "298\.8"', 'amount: "-1"', "+0")
    with pytest.raises(SeedError) as caught:
        load_seed(seed_copy)
    assert {p.file for p in caught.value.problems} == {"seed/units.yaml", "seed/funding.yaml"}


def test_an_end_offset_past_the_text_is_refused_even_when_the_slice_matches(seed_copy):
    text = next((seed_copy / "sources").glob("*.txt")).read_text(encoding="utf-8")
    last = len(text) - 1
    documents = seed_copy / "documents.yaml"
    documents.write_text(
        documents.read_text(encoding="utf-8").replace(
            "    sources:\n",
            f'    sources:\n      - {{doc: yiyang-bdc-2023, quote: "{text[-1]}", start: {last}, '
            f"end: {last + 50}}}\n",
            1,
        ),
        encoding="utf-8",
    )
    with pytest.raises(SeedError) as caught:
        load_seed(seed_copy)
    assert any(
        p.file == "seed/documents.yaml" and p.field == "quote" for p in caught.value.problems
    )


def test_an_editors_lock_file_is_not_part_of_the_seed(seed_copy):
    """Emacs leaves ``.#units.yaml`` (a link to nowhere) while a file has unsaved edits;
    validate, reload and ingest read the seed all the same."""
    (seed_copy / ".#units.yaml").symlink_to("someone@host.1234:1700000000")
    (seed_copy / "._units.yaml").write_bytes(b"\x00\x05\x16\x07")  # a copy's resource fork
    assert load_seed(seed_copy).documents
    assert main(["validate", "--seed", str(seed_copy)]) == 0
