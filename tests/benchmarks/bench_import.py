"""Benchmark of ``podium import`` on the full results file, against the alternatives.

Run it by hand (pytest does not collect it; importing it does nothing)::

    python tests/benchmarks/bench_import.py [DATA_DIR] [--rdflib-timeout 300]

DATA_DIR defaults to ``../shared/data/olympics``. Each contender runs in a child
process of its own, so each peak memory (``ru_maxrss``) is its own:

* **podium**: ``import_data`` of the three files into a new Oxigraph store, data only
  (what is compared with the bulk load), then the whole ``podium import`` (data,
  seed graph, entity links and computed records); then every query file of
  ``queries/`` on that store (``graph.store.query_store``), and ``check-claims``.
* **oxigraph**: pyoxigraph ``bulk_load`` of the very N-Quads Podium generates (the
  generation is not timed), into an empty store; then podium-teammates on it.
* **rdflib**: the same N-Quads parsed into an in-memory ``rdflib.Dataset``, then
  podium-teammates, each stopped after ``--rdflib-timeout`` seconds.
* **hash join**: podium-teammates as a plain Python hash join over the medal rows
  of the CSV, deduplicated on (games, event, NOC, medal) (the floor).

It prints one table with the machine, seconds, peak memory and quads.

``--queries-only STORE`` times every query file (``graph.queries.run_query``, the
code ``podium query --store`` runs) on an existing store and prints that table only.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DEFAULT_DATA = ROOT.parent / "shared" / "data" / "olympics"
# Example parameter values for the query files that take parameters.
PARAMS = {
    "athlete-medals": {"athlete": "Klæbo"},
    "evidence": {"entity": "athlete/martin-lowstrom-nyenget"},
    "medal-tally": {"nation": "NOR", "games": "games/milano-cortina-2026"},
    "record-lineage": {"record": "category/most-golds-athlete-single-winter-games"},
}


def _peak_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _count(results) -> int:
    return sum(1 for _ in results)


def child_podium(data: Path, work: Path) -> dict:
    sys.path.insert(0, str(ROOT))
    from graph.claims import check_claims
    from graph.importer import import_data
    out: dict = {}
    started = time.perf_counter()
    report = import_data([data], work / "data-only", derive=False)
    out["import_data_only_s"] = time.perf_counter() - started
    out["phases_data_only"] = report.phases
    out["quads_data_only"] = report.counts["quads"]
    out["peak_data_only_mib"] = _peak_mib()
    started = time.perf_counter()
    report = import_data([data], work / "store", seeds=ROOT / "seeds")
    out["import_full_s"] = time.perf_counter() - started
    out["phases_full"] = report.phases
    out["quads_full"] = report.counts["quads"]
    out["skipped"] = dict(report.skipped)
    out["notes"] = dict(report.notes)
    out["counts"] = report.counts
    out["peak_mib"] = _peak_mib()
    out["queries"] = time_queries(work / "store")
    started = time.perf_counter()
    checks = check_claims(work / "store")
    out["check_claims_s"] = time.perf_counter() - started
    out["verdicts"] = {c.id: c.verdict for c in checks}
    return out


def time_queries(store_dir: Path) -> dict:
    """Seconds and rows of every query file on a store, as ``podium query --store`` runs them."""
    sys.path.insert(0, str(ROOT))
    from graph.queries import list_queries, run_query
    from graph.store import open_store

    store = open_store(store_dir, read_only=True)
    times = {}
    for query in list_queries():
        started = time.perf_counter()
        rows = len(run_query(store, query, PARAMS.get(query.name)).rows)
        times[query.name] = (time.perf_counter() - started, rows)
    return times


def print_query_table(times: dict) -> None:
    print("\n| query file on the Podium store | seconds | rows |\n|---|---|---|")
    for name, (seconds, count) in sorted(times.items()):
        print(f"| {name} | {seconds:.2f} | {count} |")


def _nquads(data: Path, path: Path) -> int:
    sys.path.insert(0, str(ROOT))
    from graph.importer import ImportReport, find_data_files, generate_nquads

    with open(path, "w", encoding="utf-8") as handle:
        return generate_nquads(find_data_files([data]), handle.write, ImportReport(store=path))


def child_oxigraph(nquads: Path, work: Path) -> dict:
    sys.path.insert(0, str(ROOT))
    from pyoxigraph import RdfFormat, Store

    from graph.queries import load_query
    from graph.store import query_store

    store = Store(str(work / "bulk"))
    started = time.perf_counter()
    store.bulk_load(path=str(nquads), format=RdfFormat.N_QUADS)
    out = {"load_s": time.perf_counter() - started, "quads": len(store)}
    # The query reads medal ranks from the ontology graph, which the data alone lacks.
    store.bulk_load(path=str(ROOT / "ontology" / "podium.ttl"), format=RdfFormat.TURTLE,
                    to_graph=__import__("pyoxigraph").NamedNode("https://w3id.org/podium/ontology"))
    started = time.perf_counter()
    rows = _count(query_store(store, load_query("podium-teammates").text))
    out["teammates_s"], out["teammates_rows"] = time.perf_counter() - started, rows
    out["peak_mib"] = _peak_mib()
    return out


def child_rdflib(nquads: Path, timeout: float) -> dict:
    """Parse into rdflib (stopped by the parent's timeout if it takes too long)."""
    sys.path.insert(0, str(ROOT))
    from rdflib import Dataset

    from graph.queries import load_query

    dataset = Dataset(default_union=True)
    started = time.perf_counter()
    dataset.parse(str(nquads), format="nquads")
    dataset.parse(str(ROOT / "ontology" / "podium.ttl"), format="turtle")
    out = {"load_s": time.perf_counter() - started, "quads": len(dataset), "peak_mib": _peak_mib()}
    print(json.dumps(out), flush=True)  # the parent keeps this if the query is stopped
    started = time.perf_counter()
    rows = _count(dataset.query(load_query("podium-teammates").text))
    out["teammates_s"], out["teammates_rows"] = time.perf_counter() - started, rows
    out["peak_mib"] = _peak_mib()
    return out


def child_hashjoin(data: Path) -> dict:
    """podium-teammates by hand: medals grouped by (event, nation), pairs of different winners."""
    import csv
    import gzip
    from collections import defaultdict

    started = time.perf_counter()
    medals = set()
    with gzip.open(data / "olympic_athletes.csv.gz", "rt", encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            if row["medal"] and row["noc"] != "NAN":
                medals.add((row["games"], row["event"], row["noc"], row["medal"], row["id"]))
    read_s = time.perf_counter() - started
    started = time.perf_counter()
    # A team medal is one medal: the athletes of one (games, event, NOC, medal) are one winner.
    winners: dict[tuple, set] = defaultdict(set)
    for games, event, noc, medal, athlete in medals:
        winners[(games, event, noc, medal)].add(athlete)
    by_event_nation: dict[tuple, list] = defaultdict(list)
    for (games, event, noc, medal), athletes in winners.items():
        by_event_nation[(games, event, noc)].append((medal, min(athletes)))
    pairs = [(first, second) for entries in by_event_nation.values() if len(entries) > 1
             for i, first in enumerate(entries) for second in entries[i + 1:]]
    return {"read_s": read_s, "join_s": time.perf_counter() - started, "pairs": len(pairs)}


def run_child(args: list[str], timeout: float | None = None) -> dict:
    """Run this script as a child; return its last JSON line (or what it printed before a timeout)."""
    try:
        done = subprocess.run([sys.executable, __file__, *args], capture_output=True, text=True,
                              timeout=timeout, check=False)
        lines, stopped = done.stdout, False
        if done.returncode != 0:
            raise SystemExit(f"child {args} failed:\n{done.stderr}")
    except subprocess.TimeoutExpired as expired:
        lines = expired.stdout.decode() if isinstance(expired.stdout, bytes) else (expired.stdout or "")
        stopped = True
    results = [json.loads(line) for line in lines.splitlines() if line.startswith("{")]
    result = results[-1] if results else {}
    result["stopped_after_s"] = timeout if stopped else None
    return result


def machine() -> str:
    cpus = os.cpu_count()
    with open("/proc/meminfo", encoding="ascii") as handle:
        mem = int(handle.readline().split()[1]) / 1024 / 1024
    load = os.getloadavg()[0]
    return (f"{platform.processor() or platform.machine()}, {cpus} cores, {mem:.0f} GiB, "
            f"Python {platform.python_version()}, {platform.system()} (load average at start {load:.1f})")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("data", nargs="?", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--rdflib-timeout", type=float, default=300.0)
    parser.add_argument("--child", help=argparse.SUPPRESS)
    parser.add_argument("--work", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--nquads", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--queries-only", type=Path, metavar="STORE",
                        help="Only time every query file on this existing store.")
    args = parser.parse_args()
    if args.queries_only:
        print(f"machine: {machine()}", flush=True)
        print_query_table(time_queries(args.queries_only))
        return
    if args.child == "podium":
        print(json.dumps(child_podium(args.data, args.work)))
        return
    if args.child == "oxigraph":
        print(json.dumps(child_oxigraph(args.nquads, args.work)))
        return
    if args.child == "rdflib":
        print(json.dumps(child_rdflib(args.nquads, args.rdflib_timeout)))
        return
    if args.child == "hashjoin":
        print(json.dumps(child_hashjoin(args.data)))
        return

    print(f"machine: {machine()}", flush=True)
    with tempfile.TemporaryDirectory(prefix="podium-bench-") as tmp:
        work = Path(tmp)
        nquads = work / "data.nq"
        quads = _nquads(args.data, nquads)
        print(f"N-Quads written for the alternatives: {quads} quads, {nquads.stat().st_size / 1e6:.0f} MB", flush=True)
        podium = run_child(["--child", "podium", "--work", str(work), str(args.data)])
        print(json.dumps(podium, indent=1), flush=True)
        oxigraph = run_child(["--child", "oxigraph", "--work", str(work), "--nquads", str(nquads)])
        print(json.dumps(oxigraph), flush=True)
        hashjoin = run_child(["--child", "hashjoin", str(args.data)])
        print(json.dumps(hashjoin), flush=True)
        rdflib = run_child(["--child", "rdflib", "--nquads", str(nquads), "--rdflib-timeout",
                            str(args.rdflib_timeout)], timeout=args.rdflib_timeout)
        print(json.dumps(rdflib), flush=True)

    def s(value) -> str:
        return f"{value:.2f}" if isinstance(value, (int, float)) else str(value)

    # The bulk load's store is not compacted: its like is Podium's "load data" step (read the
    # CSV files, map the rows, bulk-load the quads), without the compaction and the summary.
    loading = podium["phases_data_only"]["load data"]
    ratio = loading / oxigraph["load_s"]
    rows = [
        ("Podium import, data only: read, map, load (3 files -> Oxigraph store)", s(loading),
         f"{podium['peak_data_only_mib']:.0f}", podium["quads_data_only"], f"{ratio:.2f}x the bulk load"),
        ("... + compaction and summary (the data-only `import_data`)", s(podium["import_data_only_s"]),
         "", "", ""),
        ("Podium import, full (+ seeds, links, records)", s(podium["import_full_s"]),
         f"{podium['peak_mib']:.0f}", podium["quads_full"], ""),
        ("pyoxigraph bulk_load of the same N-Quads", s(oxigraph["load_s"]), f"{oxigraph['peak_mib']:.0f}",
         oxigraph["quads"], ""),
        ("rdflib in-memory Dataset, parse the same N-Quads",
         s(rdflib.get("load_s", f"> {args.rdflib_timeout:.0f} (stopped)")),
         f"{rdflib.get('peak_mib', 0):.0f}", rdflib.get("quads", "-"), ""),
    ]
    print("\n| work | seconds | peak MiB | quads | note |\n|---|---|---|---|---|")
    for row in rows:
        print("| " + " | ".join(str(x) for x in row) + " |")
    print("\n| step of the full `podium import` | seconds |\n|---|---|")
    for step, seconds in podium["phases_full"].items():
        print(f"| {step} | {seconds:.2f} |")
    rdflib_q = rdflib.get("teammates_s")
    print("\n| podium-teammates, all Games | seconds | rows |\n|---|---|---|")
    print(f"| Podium store (query file) | {s(podium['queries']['podium-teammates'][0])} | {podium['queries']['podium-teammates'][1]} |")
    print(f"| pyoxigraph store of the same quads | {s(oxigraph['teammates_s'])} | {oxigraph['teammates_rows']} |")
    print(f"| rdflib in memory | {s(rdflib_q) if rdflib_q is not None else f'> {args.rdflib_timeout:.0f} - load (stopped)'} | {rdflib.get('teammates_rows', '-')} |")
    print(f"| Python hash join (floor; CSV read {hashjoin['read_s']:.2f} s not counted) | {s(hashjoin['join_s'])} | {hashjoin['pairs']} |")
    print_query_table(podium["queries"])
    print(f"| (podium check-claims, all claims) | {podium['check_claims_s']:.2f} | {len(podium['verdicts'])} |")


if __name__ == "__main__":
    main()
