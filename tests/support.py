"""Helpers shared by the tests that run every query file somewhere else (servers, stores)."""

from __future__ import annotations

import re


def example_params(query) -> dict[str, str]:
    """Each required parameter's example value, taken from its meaning ("e.g. NOR")."""
    values = {}
    for param in query.params:
        if param.default is None:
            example = re.search(r"e\.g\. (\S+)", param.meaning)
            assert example, f"{query.name}: param {param.name} has no default and no 'e.g.' example"
            values[param.name] = example.group(1).rstrip(",;.")
    return values
