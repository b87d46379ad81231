"""An installed wheel (not just an editable checkout) carries the seed and the ontology."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_the_wheel_answers_from_its_own_bundled_seed(tmp_path):
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "-q",
            "-w",
            str(tmp_path),
            str(ROOT),
        ],
        check=True,
        capture_output=True,
    )
    wheel = next(tmp_path.glob("govkg-*.whl"))
    unpacked = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(unpacked)
    code = (
        "import govkg, govkg.answers.kg, govkg.graph.shapes; "
        "print(govkg.answers.kg.bundled_seed()); print(govkg.graph.shapes.ontology_dir()); "
        "print(govkg.open().query('{ documents { fiscalYear } }')['data'])"
    )
    run = subprocess.run(
        [sys.executable, "-I", "-c", f"import sys; sys.path.insert(0, {str(unpacked)!r}); {code}"],
        capture_output=True,
        text=True,
        check=True,
        cwd=tmp_path,
    )
    seed_dir, ontology, answer = run.stdout.splitlines()
    assert seed_dir.startswith(str(unpacked))
    assert ontology.startswith(str(unpacked))
    assert answer == "{'documents': [{'fiscalYear': 2023}]}"
    names = zipfile.ZipFile(wheel).namelist()
    for asset in (
        "govkg/static/embed/",
        "govkg/static/vendor/cytoscape/",
        "govkg/_data/seed/",
        "govkg/http/templates/base.html",
    ):
        assert any(name.startswith(asset) for name in names), asset
