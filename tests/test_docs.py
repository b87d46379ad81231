"""The docs keep up: every command, export format, route, setting and GraphQL root field is
documented in the README or a page under docs/, and no Markdown file links to a missing file."""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path

import pytest
from starlette.routing import Mount, Route

import govkg
from govkg.api.execute import schema
from govkg.app import create_app
from govkg.cli.arguments import build_parser
from govkg.exports import FORMATS
from govkg.http.settings import ENVIRONMENT, Settings

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")
# the reference: the README and every page of docs/ except the contract, which says what is
# promised rather than documenting what is there
PAGES = [
    ROOT / "README.md",
    *sorted(p for p in (ROOT / "docs").glob("*.md") if p.name != "contract.md"),
]
DOCS = "\n".join(p.read_text(encoding="utf-8") for p in PAGES)
SKIP = {".git", ".venv", "node_modules", ".pytest_cache", ".ruff_cache", "build", "dist"}


def commands() -> list[str]:
    sub = next(a for a in build_parser()._actions if a.dest == "command")
    return sorted(sub.choices)


def routes() -> list[str]:
    """Every route path of the app, with every optional part (tokens) switched on."""
    tokens = {f.name: "t" * 32 for f in dataclasses.fields(Settings) if f.name.endswith("_token")}
    app = create_app(govkg.open(), Settings(**tokens))
    paths = set()
    for route in app.routes:
        if isinstance(route, Route | Mount):
            paths.add(route.path + ("/" if isinstance(route, Mount) else ""))
    return sorted(paths)


def root_fields() -> list[str]:
    return sorted(schema._schema.query_type.fields)


def markdown_files() -> list[Path]:
    return sorted(p for p in ROOT.rglob("*.md") if not SKIP.intersection(p.relative_to(ROOT).parts))


@pytest.mark.parametrize("command", commands())
def test_every_command_is_documented(command):
    assert f"`govkg {command}" in DOCS


@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_every_export_format_is_documented(fmt):
    assert f"| `{fmt}` |" in DOCS


@pytest.mark.parametrize(
    "variable", sorted([*ENVIRONMENT, "GOVKG_BASE", "GOVKG_STORE", "GOVKG_STORE_AUTH"])
)
def test_every_setting_is_documented(variable):
    assert f"`{variable}`" in DOCS


@pytest.mark.parametrize("route", routes())
def test_every_route_is_documented(route):
    """A route is named in code (`/health`, `POST /admin/reload`, `/id/{kind}/{slug}`): its
    fixed part, up to its first parameter; a mount is covered by a route naming a folder of it."""
    method = r"`(?:(?:GET|HEAD|POST) )?"
    if route.endswith("/") and route != "/":  # a mount: it or a folder above it
        folders = [route[: i + 1] for i, c in enumerate(route) if c == "/" and i > 0]
        assert any(re.search(method + re.escape(f), DOCS) for f in folders), route
    elif "{" in route:
        assert re.search(method + re.escape(route.split("{")[0]), DOCS), route
    else:
        assert re.search(method + re.escape(route) + r"[`?]", DOCS), route


def test_the_route_check_sees_the_routes():
    assert {"/", "/graphql", "/sparql", "/health", "/admin/reload", "/oembed"} <= set(routes())


@pytest.mark.parametrize("field", root_fields())
def test_every_graphql_root_field_is_documented(field):
    """Each root field of Query has a row of its own: | `name(args:)` | or | `name` |."""
    assert re.search(r"^\| `" + re.escape(field) + r"[(`]", DOCS, re.M), field


def test_the_root_field_check_sees_the_schema():
    assert {"node", "search", "unit", "feeds", "path", "findings", "documents"} <= set(
        root_fields()
    )


def _slug(heading: str) -> str:
    """GitHub's anchor for a heading."""
    text = re.sub(r"[^\w\- ]", "", heading.strip().lower())
    return text.replace(" ", "-")


def _anchors(path: Path) -> set[str]:
    text = re.sub(r"(?ms)^```.*?^```", "", path.read_text(encoding="utf-8"))
    return {_slug(h) for h in re.findall(r"(?m)^#{1,6} (.+)$", text)}


def _links(path: Path) -> list[str]:
    text = re.sub(r"(?ms)^```.*?^```", "", path.read_text(encoding="utf-8"))
    text = re.sub(r"`[^`\n]*`", "", text)
    return re.findall(r"\]\(([^)\s]+)\)", text)


@pytest.mark.parametrize("md", markdown_files(), ids=lambda p: str(p.relative_to(ROOT)))
def test_markdown_links_resolve_inside_the_repository(md):
    assert "../shared" not in md.read_text(encoding="utf-8"), f"{md} names ../shared"
    broken = []
    for link in _links(md):
        if re.match(r"[a-z][a-z0-9+.-]*:", link):  # https:, mailto:
            continue
        target, _, anchor = link.partition("#")
        file = (md.parent / target).resolve() if target else md
        inside = file.exists() and ROOT in (file, *file.parents)
        if not inside or (anchor and file.suffix == ".md" and anchor not in _anchors(file)):
            broken.append(link)
    assert not broken, f"{md.relative_to(ROOT)}: {broken}"


def test_the_markdown_check_sees_the_docs():
    names = {str(p.relative_to(ROOT)) for p in markdown_files()}
    assert {"README.md", "CONTRIBUTING.md", "docs/contract.md", "docs/serving.md"} <= names


def test_the_readme_set_up_is_two_commands_that_exist():
    block = re.search(r"## Set-up.*?```sh\n(.*?)```", README, re.S).group(1)
    scripts = [line.split()[0] for line in block.splitlines() if line.strip()]
    assert scripts == ["scripts/serve", "scripts/test"]
    assert all((ROOT / s).is_file() for s in scripts)
