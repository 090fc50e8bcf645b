"""Shared fixtures: paths to the repository, ../shared, and a copy of the bundled site."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"


@pytest.fixture(autouse=True, scope="session")
def _private_cache(tmp_path_factory: pytest.TempPathFactory):
    """The numbers check's CLDR cache in a folder of this test run, not the user's ~/.cache."""
    if "YZI18N_CACHE_DIR" in os.environ:  # a test run that chose its own (or none)
        yield
        return
    os.environ["YZI18N_CACHE_DIR"] = str(tmp_path_factory.mktemp("yzi18n-cache"))
    yield
    del os.environ["YZI18N_CACHE_DIR"]


def shared_path(*parts: str) -> Path:
    """A path under ../shared; the calling test is skipped when it is absent."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"{path} is absent (../shared is not laid out here)")
    return path


def require_tool(name: str) -> str:
    """The path of an external program; skip when absent, unless CI demands it."""
    found = shutil.which(name)
    if found:
        return found
    if os.environ.get("YZI18N_REQUIRE_TOOLS"):
        pytest.fail(f"{name} is required in CI (.ci/run installs it)")
    pytest.skip(f"{name} is not installed")


@pytest.fixture
def site(tmp_path: Path) -> Path:
    """A writable copy of the bundled site (pyproject, source, locale, glossary)."""
    root = tmp_path / "site"
    root.mkdir()
    for name in ("pyproject.toml", "glossary.csv"):
        if (REPO / name).exists():
            shutil.copy2(REPO / name, root / name)
    for name in ("source", "locale"):
        shutil.copytree(REPO / name, root / name)
    return root


@pytest.fixture
def example_project(tmp_path: Path) -> Path:
    root = tmp_path / "examples"
    shutil.copytree(REPO / "examples", root)
    return root
