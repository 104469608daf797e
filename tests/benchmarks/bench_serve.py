"""Load test of ``podium serve`` on loopback: a fixed number of queries from concurrent clients.

Run it by hand (pytest does not collect it as a test)::

    python tests/benchmarks/bench_serve.py                  # 2,000 queries, 8 clients
    python tests/benchmarks/bench_serve.py --queries 500 --clients 4 --workers 1

It starts ``python -m graph serve --port 0`` on 127.0.0.1, sends every query file of
``queries/`` in turn (with the example parameter values of their headers) from N
client threads, each with its own keep-alive connection, checks each answer is a
200 with the rows the query gives locally, prints requests per second and the
latency percentiles with the machine, stops the server, and exits 1 on any error.
It stops by itself: after the given number of queries, or after ``--deadline`` seconds.
"""

from __future__ import annotations

import argparse
import os
import platform
import re
import select
import signal
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def machine() -> str:
    cpu = "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
        kib = int(re.search(r"MemTotal:\s+(\d+)", Path("/proc/meminfo").read_text()).group(1))
        memory = f"{kib / 1024 / 1024:.0f} GiB"
    except OSError:
        memory = "unknown memory"
    return f"{os.cpu_count()} cores ({cpu}), {memory}, Python {platform.python_version()}, {platform.system()}"


def start_server(workers: int, timeout: float) -> tuple[subprocess.Popen, str]:
    process = subprocess.Popen(
        [sys.executable, "-m", "graph", "serve", "--port", "0", "--workers", str(workers), "--timeout", str(timeout)],
        cwd=ROOT, stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True,
    )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and process.poll() is None:
        if select.select([process.stderr], [], [], 0.5)[0]:
            line = process.stderr.readline()
            if line.startswith("serving "):
                threading.Thread(target=process.stderr.read, daemon=True).start()
                return process, line.split()[1]
    process.kill()
    raise SystemExit("podium serve did not start")


def workload() -> list[tuple[str, str, list[tuple]]]:
    """(name, query text with its VALUES, expected rows) for every query file."""
    from graph.build import build
    from graph.queries import bind_params, list_queries, run_query, values_clause
    from graph.remote import with_values

    dataset = build(ROOT / "seeds")
    jobs = []
    for query in list_queries():
        params = {}
        for param in query.params:
            if param.default is None:
                params[param.name] = re.search(r"e\.g\. (\S+)", param.meaning).group(1).rstrip(",;.")
        text = with_values(query.text, values_clause(bind_params(query, params)))
        jobs.append((query.name, text, run_query(dataset, query, params).rows))
    return jobs


def rows_of(answer: dict) -> list[tuple]:
    names = answer["head"]["vars"]
    return [tuple(binding.get(name, {}).get("value") for name in names) for binding in answer["results"]["bindings"]]


def main(argv: list[str] | None = None) -> int:
    import httpx

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--queries", type=int, default=2000)
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--workers", type=int, default=2, help="podium serve --workers")
    parser.add_argument("--deadline", type=float, default=600, help="give up after this many seconds")
    args = parser.parse_args(argv)

    jobs = workload()
    process, url = start_server(args.workers, timeout=10)
    latencies: list[float] = []
    errors: list[str] = []
    lock = threading.Lock()
    counter = iter(range(args.queries))
    stop_at = time.monotonic() + args.deadline

    def client() -> None:
        with httpx.Client(timeout=30, headers={"Accept": "application/sparql-results+json"}) as http:
            while time.monotonic() < stop_at:
                with lock:
                    number = next(counter, None)
                if number is None:
                    return
                name, text, expected = jobs[number % len(jobs)]
                started = time.perf_counter()
                try:
                    response = http.post(url, data={"query": text})
                    ok = response.status_code == 200 and rows_of(response.json()) == expected
                    problem = None if ok else f"{name}: {response.status_code} {response.text[:200]}"
                except httpx.HTTPError as error:
                    problem = f"{name}: {error!r}"
                elapsed = time.perf_counter() - started
                with lock:
                    latencies.append(elapsed)
                    if problem:
                        errors.append(problem)

    try:
        with httpx.Client() as warm:  # one round of every query, not counted
            for _, text, _ in jobs:
                warm.post(url, data={"query": text})
        began = time.perf_counter()
        threads = [threading.Thread(target=client) for _ in range(args.clients)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        wall = time.perf_counter() - began
    finally:
        process.send_signal(signal.SIGINT)
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()

    cuts = statistics.quantiles(latencies, n=100, method="inclusive")
    print(f"machine: {machine()}")
    print(f"podium serve --workers {args.workers}; {len(jobs)} query files in turn; "
          f"{args.clients} concurrent clients on loopback")
    print(f"requests: {len(latencies)} in {wall:.2f} s = {len(latencies) / wall:.0f} requests/s; errors: {len(errors)}")
    print(f"latency ms: p50 {cuts[49] * 1000:.1f}, p90 {cuts[89] * 1000:.1f}, p99 {cuts[98] * 1000:.1f}, "
          f"max {max(latencies) * 1000:.1f}")
    for problem in errors[:5]:
        print(f"error: {problem}")
    return 1 if errors or len(latencies) < args.queries else 0


if __name__ == "__main__":
    sys.exit(main())
