"""Benchmark of the query files and networkx views: prints figures, asserts nothing.

Two graphs:

1. the seed graph (``podium build``): every query file, every view, every export;
2. the medal rows of the real results data (``/work/shared/data/olympics``, or
   ``--data DIR``), mapped to the medal part of the Podium model in memory (athlete,
   nation, event, Games, medal: no provenance, so this is a load test of the queries
   and views, not a Podium graph) and given the ontology, for the podium questions
   and the podium network on about 44,000 medals.

Run: ``python tests/benchmarks/bench_queries.py [--data DIR] [--repeat N] [--limit ROWS]``.
"""

from __future__ import annotations

import argparse
import csv
import gzip
import os
import platform
import resource
import statistics
import sys
import time
from collections import defaultdict
from pathlib import Path

from rdflib import RDF, SKOS, XSD, Dataset, Literal, URIRef

ROOT = Path(__file__).resolve().parent.parent.parent
sys.path.insert(0, str(ROOT))

from graph.build import ONTOLOGY_FILE, build  # noqa: E402
from graph.names import GRAPH_ONTOLOGY, ID_BASE, fold, national_podium_iri, slug  # noqa: E402
from graph.netexport import NETWORK_FORMATS, serialize_view  # noqa: E402
from graph.queries import list_queries, run_query  # noqa: E402
from graph.views import VIEWS, network_report, podium_view  # noqa: E402
from graph.vocab import POD  # noqa: E402

SEED_PARAMS = {
    "medal-tally": {"nation": "NOR", "games": "games/milano-cortina-2026"},
    "record-lineage": {"record": "category/most-golds-athlete-single-winter-games"},
    "athlete-medals": {"athlete": "Klæbo"},
    "evidence": {"entity": "athlete/johannes-hosflot-klaebo"},
}
MEDAL = {"Gold": POD.Gold, "Silver": POD.Silver, "Bronze": POD.Bronze}


def timed(function, repeat: int) -> tuple[float, object]:
    """Median wall time (s) of ``repeat`` calls, and the last result."""
    times, result = [], None
    for _ in range(repeat):
        start = time.perf_counter()
        result = function()
        times.append(time.perf_counter() - start)
    return statistics.median(times), result


def peak_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def seed_figures(repeat: int) -> None:
    seconds, dataset = timed(lambda: build(ROOT / "seeds"), repeat)
    print(f"seed graph: build {seconds * 1000:.0f} ms, {len(dataset)} triples in the union (with the ontology)")
    for query in list_queries():
        seconds, result = timed(lambda: run_query(dataset, query, SEED_PARAMS.get(query.name)), repeat)
        print(f"  query {query.name:<17} {seconds * 1000:7.1f} ms  {len(result.rows)} rows")
    for name, make in VIEWS.items():
        seconds, graph = timed(lambda: make(dataset), repeat)
        print(f"  view {name:<8} {seconds * 1000:7.1f} ms  {graph.number_of_nodes()} nodes, "
              f"{graph.number_of_edges()} edges")
        for fmt in NETWORK_FORMATS:
            seconds, text = timed(lambda: serialize_view(graph, fmt), repeat)
            print(f"    {fmt:<9} {seconds * 1000:7.1f} ms  {len(text.encode()):>9,} bytes")


def medal_dataset(data: Path, limit: int | None) -> tuple[Dataset, int]:
    """The medal rows of the results data as Podium medal triples, with the ontology.

    As in Podium's model, a team medal is one node awarded to a ``pod:Team`` with
    its members: rows of one nation with the same medal in the same event are taken
    as one team (a rare tie of two athletes of one nation becomes a team too; this
    is a load test).
    """
    dataset = Dataset(default_union=True)
    dataset.graph(GRAPH_ONTOLOGY).parse(ONTOLOGY_FILE, format="turtle")
    graph = dataset.graph(URIRef(ID_BASE + "graph/benchmark"))
    podiums: dict[tuple[str, str, str, str], list[dict[str, str]]] = {}
    rows = 0
    with gzip.open(data / "olympic_athletes.csv.gz", "rt", encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            if row["medal"] not in MEDAL:
                continue
            rows += 1
            if limit and rows > limit:
                break
            podiums.setdefault((row["games"], row["event"], row["medal"], row["noc"]), []).append(row)
    add = graph.add
    national: dict[tuple[URIRef, str], list[URIRef]] = defaultdict(list)
    for (_, _, kind, noc), members in podiums.items():
        row = members[0]
        nation = URIRef(f"{ID_BASE}nation/{noc}")
        games = URIRef(f"{ID_BASE}games/{slug(row['city_english'])}-{row['year']}")
        event = URIRef(f"{games.replace('/games/', '/event/')}-{slug(row['event'])}")
        for triple in ((nation, RDF.type, POD.Nation), (nation, POD.nocCode, Literal(noc)),
                       (nation, SKOS.prefLabel, Literal(row["team"])),
                       (games, RDF.type, POD.Games), (games, POD.year, Literal(row["year"], datatype=XSD.gYear)),
                       (games, SKOS.prefLabel, Literal(f"{row['city_english']} {row['year']}")),
                       (event, RDF.type, POD.Event), (event, SKOS.prefLabel, Literal(row["event"])),
                       (event, POD.partOfGames, games)):
            add(triple)
        athletes = []
        for member in members:
            athlete = URIRef(f"{ID_BASE}athlete/olympics-{member['id']}")
            athletes.append(athlete)
            for triple in ((athlete, RDF.type, POD.Athlete), (athlete, SKOS.prefLabel, Literal(member["name"])),
                           (athlete, POD.nameKey, Literal(fold(member["name"]))), (athlete, POD.represents, nation)):
                add(triple)
        awardee = athletes[0]
        if len(athletes) > 1:
            awardee = URIRef(f"{ID_BASE}team/{event[len(ID_BASE) + 6:]}-{noc}")
            add((awardee, RDF.type, POD.Team))
            add((awardee, SKOS.prefLabel, Literal(f"{row['team']} ({row['event']})")))
            for athlete in athletes:
                add((awardee, POD.member, athlete))
        medal = URIRef(f"{ID_BASE}medal/{event[len(ID_BASE) + 6:]}/{kind.lower()}/{awardee.rsplit('/', 1)[1]}")
        for triple in ((medal, RDF.type, POD.Medal), (medal, POD.medalType, MEDAL[kind]),
                       (medal, POD.awardedTo, awardee), (medal, POD.forNation, nation), (medal, POD.inEvent, event)):
            add(triple)
        national[(event, noc)].append(medal)
    for (event, noc), medals in national.items():  # the derived grouping Podium's import makes too
        if len(medals) > 1:
            podium = national_podium_iri(event[len(ID_BASE) + 6:], noc)
            add((podium, RDF.type, POD.NationalPodium))
            for medal in medals:
                add((podium, POD.podiumMedal, medal))
    return dataset, min(rows, limit or rows)


def oxigraph_rows(dataset: Dataset, query, params: dict[str, str] | None) -> tuple[float, int]:
    """The same query file on pyoxigraph (parameters as a VALUES block): seconds and rows."""
    import pyoxigraph

    from graph.queries import bind_params, load_query, values_clause

    store = pyoxigraph.Store()
    store.load(dataset.serialize(format="nquads").encode("utf-8"), format=pyoxigraph.RdfFormat.N_QUADS)
    query_file = load_query(query)
    text = query_file.text + "\n" + values_clause(bind_params(query_file, params))
    start = time.perf_counter()
    rows = sum(1 for _ in store.query(text, use_default_graph_as_union=True))
    return time.perf_counter() - start, rows


def data_figures(data: Path, limit: int | None, rdflib_queries: bool) -> None:
    start = time.perf_counter()
    dataset, medals = medal_dataset(data, limit)
    print(f"results data: {medals:,} medal rows -> {len(dataset):,} triples (with the ontology) "
          f"in {time.perf_counter() - start:.1f} s")
    for name, params in (("podium-sweeps", None), ("podium-teammates", None),
                         ("athlete-medals", {"athlete": "Michael Fred Phelps, II"})):
        if rdflib_queries:
            start = time.perf_counter()
            result = run_query(dataset, name, params)
            print(f"  query {name:<17} rdflib {time.perf_counter() - start:7.2f} s  {len(result.rows):,} rows")
        seconds, rows = oxigraph_rows(dataset, name, params)
        print(f"  query {name:<17} pyoxigraph {seconds:7.2f} s  {rows:,} rows")
    start = time.perf_counter()
    graph = podium_view(dataset)
    print(f"  view podium   {time.perf_counter() - start:7.1f} s  {graph.number_of_nodes():,} nodes, "
          f"{graph.number_of_edges():,} edges")
    start = time.perf_counter()
    report = network_report(dataset, top=3)
    print(f"  network report (podium view + components + degree + betweenness) "
          f"{time.perf_counter() - start:.1f} s")
    print("    " + "\n    ".join(report.splitlines()[:1] + report.splitlines()[-8:]))
    for fmt in NETWORK_FORMATS:
        start = time.perf_counter()
        text = serialize_view(graph, fmt)
        print(f"    {fmt:<9} {time.perf_counter() - start:5.1f} s  {len(text.encode()):>12,} bytes")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=Path("/work/shared/data/olympics"))
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--limit", type=int, default=5000, help="Use only the first N medal rows (0: all).")
    parser.add_argument("--no-rdflib-queries", action="store_true",
                        help="Run the data queries on pyoxigraph only (rdflib takes minutes on all rows).")
    args = parser.parse_args()
    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}")
    seed_figures(args.repeat)
    if (args.data / "olympic_athletes.csv.gz").is_file():
        data_figures(args.data, args.limit or None, not args.no_rdflib_queries)
    print(f"peak memory: {peak_mib():,.0f} MiB")


if __name__ == "__main__":
    main()
