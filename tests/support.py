"""Helpers shared by tests: query parameters, stores of the data slice, starting and stopping servers."""

from __future__ import annotations

import re
import signal
import socket
import subprocess
import time
from pathlib import Path
from typing import Callable

import httpx
import pytest

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


def free_port() -> int:
    """A TCP port on the loopback interface that nothing listens on now."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def wait_for_sparql(url: str, process: subprocess.Popen, seconds: float, what: str, *, interval: float = 0.1,
                    log: Callable[[], str] = lambda: "") -> None:
    """Poll ``url`` with ``ASK {}`` until it answers 200; kill ``process`` and fail the test after ``seconds``
    or if the process ends (the message ends with ``log()``, e.g. the tail of the server's log)."""
    deadline = time.monotonic() + seconds
    while True:
        try:
            if httpx.get(url, params={"query": "ASK {}"}, timeout=2).status_code == 200:
                return
        except httpx.TransportError:
            pass
        if time.monotonic() > deadline or process.poll() is not None:
            process.kill()
            pytest.fail(f"{what} did not start within {seconds:.0f} s{log()}")
        time.sleep(interval)
