"""Helpers shared by tests: query parameters, stores of the data slice, stopping servers."""

from __future__ import annotations

import re
import signal
import subprocess
from pathlib import Path

from graph.importer import import_data


def example_params(query) -> dict[str, str]:
    """Each required parameter's example value, taken from its meaning ("e.g. NOR")."""
    values = {}
    for param in query.params:
        if param.default is None:
            example = re.search(r"e\.g\. (\S+)", param.meaning)
            assert example, f"{query.name}: param {param.name} has no default and no 'e.g.' example"
            values[param.name] = example.group(1).rstrip(",;.")
    return values


SLICE = Path(__file__).resolve().parent / "data" / "olympics-slice"


def import_slice(tmp_path_factory, name: str) -> Path:
    """A fresh store of the checked-in data slice plus the seeds, in a folder of its own.

    Each test module gets its own store, since some commands (link, check-claims)
    write into it.
    """
    path = tmp_path_factory.mktemp(name) / "store"
    import_data([SLICE], path, seeds="seeds")
    return path


def stop_process(process: subprocess.Popen, timeout: float, how: int = signal.SIGTERM) -> None:
    """Ask a server to stop (SIGTERM, or SIGINT for Ctrl-C handling), then kill it after timeout s."""
    if process.poll() is not None:
        return
    process.send_signal(how)
    try:
        process.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()
