"""The README keeps up: every command, export format, route and setting is documented."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from govkg.cli import _parser
from govkg.exports import FORMATS
from govkg.http.settings import ENVIRONMENT

README = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")


def commands() -> list[str]:
    sub = next(a for a in _parser()._actions if a.dest == "command")
    return sorted(sub.choices)


@pytest.mark.parametrize("command", commands())
def test_every_command_is_in_the_readme(command):
    assert f"govkg {command}" in README


@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_every_export_format_is_in_the_readme(fmt):
    assert f"| `{fmt}` |" in README


@pytest.mark.parametrize("variable", sorted([*ENVIRONMENT, "GOVKG_BASE", "GOVKG_STORE",
                                             "GOVKG_STORE_AUTH"]))
def test_every_setting_is_in_the_readme(variable):
    assert variable in README


@pytest.mark.parametrize("route", ["/graphql", "/sparql", "/id/", "/export/", "/embed/",
                                   "/oembed", "/health", "/admin/reload"])
def test_every_route_is_in_the_readme(route):
    assert route in README


def test_the_readme_set_up_is_two_commands_that_exist():
    block = re.search(r"## Set-up.*?```sh\n(.*?)```", README, re.S).group(1)
    scripts = [line.split()[0] for line in block.splitlines() if line.strip()]
    assert scripts == ["scripts/serve", "scripts/test"]
    root = Path(__file__).resolve().parent.parent
    assert all((root / s).is_file() for s in scripts)
