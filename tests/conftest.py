"""Shared fixtures: the real bundled seed, loaded once, and the report text it cites."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

import govkg
from govkg.kg import bundled_seed

REPORT = "yiyang-bdc-2023"


@pytest.fixture(scope="session")
def kg() -> govkg.KnowledgeGraph:
    return govkg.open()


@pytest.fixture(scope="session")
def report_text() -> str:
    return (bundled_seed() / "sources" / "000_582e67602e6de3ff.txt").read_text(encoding="utf-8")


@pytest.fixture
def seed_copy(tmp_path: Path) -> Path:
    """A writable copy of the real seed, for tests that break it on purpose."""
    target = tmp_path / "seed"
    shutil.copytree(bundled_seed(), target)
    return target


def ask(kg: govkg.KnowledgeGraph, query: str, **variables) -> dict:
    """Run a query and fail loudly on GraphQL errors."""
    response = kg.query(query, variables or None)
    assert "errors" not in response, response.get("errors")
    return response["data"]
