"""Shared fixtures: the seed graph, built once per test session."""

from __future__ import annotations

from pathlib import Path

import pytest

from graph.build import DEFAULT_SEEDS, build

ROOT = Path(__file__).resolve().parent.parent

# Benchmarks print figures and are run by hand (see the README); pytest leaves them out.
collect_ignore_glob = ["benchmarks/*"]


@pytest.fixture(scope="session")
def seed_dataset():
    """The knowledge graph built from seeds/ (treat as read-only)."""
    return build(DEFAULT_SEEDS)


@pytest.fixture()
def seeds_copy(tmp_path: Path) -> Path:
    """A writable copy of seeds/, for tests that tamper with the facts."""
    target = tmp_path / "seeds"
    target.mkdir()
    for path in DEFAULT_SEEDS.iterdir():
        if path.is_file():
            (target / path.name).write_bytes(path.read_bytes())
    return target
